import { describe, expect, it } from 'vitest';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { loadGazetteer } from './gazetteer-file';
import {
  HELDOUT_NEWS_PLACES,
  NEWS_2019_PLACES,
  readPlaceJudgements,
  scoreHeldoutNewsPlaces,
  scoreNews2019Places,
  scoreOtherSubjectPlaces,
} from './other-subject-places';

describe('places on pages about other subjects (tests/fixtures/toponyms/other-subjects-judged.jsonl)', () => {
  it('has every place Sidenote shows on them judged, so that no precision is published over unjudged mentions', () => {
    const scores = scoreOtherSubjectPlaces(new PlaceFinder(loadGazetteer()));
    for (const half of ['tune', 'test'] as const) {
      expect(scores[half].unjudgedNames, `judge these by the criteria in tests/fixtures/toponyms/README.md`).toEqual(
        [],
      );
      expect(scores[half].pages).toBeGreaterThan(15);
      expect(scores[half].right + scores[half].wrong).toBe(scores[half].mentions);
    }
  }, 120_000);

  it('keeps one judgement per page, name and place, each with its reason', () => {
    const judgements = [...readPlaceJudgements().values()];
    expect(judgements.length).toBeGreaterThan(100);
    for (const judgement of judgements) {
      expect(typeof judgement.right).toBe('boolean');
      expect(['tune', 'test']).toContain(judgement.half);
      expect(judgement.why.length).toBeGreaterThan(3);
    }
  });
});

// Judged sets beside the evaluation sets, precision only: every place shown is judged, each judgement with its reason.
describe.each([
  { set: 'held-out war news', file: HELDOUT_NEWS_PLACES, score: scoreHeldoutNewsPlaces, pages: { test: 37 } },
  { set: 'news of 2019', file: NEWS_2019_PLACES, score: scoreNews2019Places, pages: { tune: 60, test: 40 } },
])('places in $set', ({ file, score: scoreOf, pages }) => {
  it('has every place Sidenote shows judged, so that no precision is published over unjudged mentions', () => {
    const scores = scoreOf(new PlaceFinder(loadGazetteer()));
    for (const [half, count] of Object.entries(pages)) {
      const score = scores[half as 'tune' | 'test'];
      expect(score.unjudgedNames, `judge these by the criteria in tests/fixtures/toponyms/README.md`).toEqual([]);
      expect(score.pages).toBe(count);
      expect(score.right + score.wrong).toBe(score.mentions);
    }
    expect([...readPlaceJudgements(file).values()].every((judgement) => judgement.why.length > 3)).toBe(true);
  }, 120_000);
});

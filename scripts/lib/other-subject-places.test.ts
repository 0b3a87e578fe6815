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

describe('places in held-out war news (tests/fixtures/heldout-news/places-judged.jsonl)', () => {
  it('has every place Sidenote shows on the sample judged, so that no precision is published over unjudged mentions', () => {
    const score = scoreHeldoutNewsPlaces(new PlaceFinder(loadGazetteer())).test;
    expect(score.unjudgedNames, `judge these by the criteria in tests/fixtures/toponyms/README.md`).toEqual([]);
    expect(score.pages).toBeGreaterThan(30);
    expect(score.right + score.wrong).toBe(score.mentions);
    expect([...readPlaceJudgements(HELDOUT_NEWS_PLACES).values()].every((judgement) => judgement.why.length > 3)).toBe(
      true,
    );
  }, 120_000);
});

describe('places in news of 2019 on other subjects (tests/fixtures/news-2019/places-judged.jsonl)', () => {
  it('has every place Sidenote shows there judged, so that no precision is published over unjudged mentions', () => {
    const score = scoreNews2019Places(new PlaceFinder(loadGazetteer())).test;
    expect(score.unjudgedNames, `judge these by the criteria in tests/fixtures/toponyms/README.md`).toEqual([]);
    expect(score.pages).toBe(40);
    expect(score.right + score.wrong).toBe(score.mentions);
    expect([...readPlaceJudgements(NEWS_2019_PLACES).values()].every((judgement) => judgement.why.length > 3)).toBe(
      true,
    );
  }, 120_000);
});

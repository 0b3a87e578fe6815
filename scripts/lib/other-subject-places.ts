/**
 * Place precision on real pages about other subjects than the war (tests/fixtures/other-subjects,
 * its tuning and test halves): every place mention Sidenote shows there, headline included, against
 * the judgements of tests/fixtures/toponyms/other-subjects-judged.jsonl (criteria in that folder's
 * README). A mention no judgement covers is counted apart as unjudged, never as right.
 */
import { readFileSync } from 'node:fs';
import { readPage } from '../../utils/core/analyse-page';
import type { PlaceFinder, PlaceMention } from '../../utils/core/places/find-places';
import { otherSubjectSplit, pageArticle } from './related-eval';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;

interface PlaceJudgement {
  page: string;
  half: 'tune' | 'test';
  surface: string;
  placeId: string;
  right: boolean;
  why: string;
}

export interface JudgedPlacesScore {
  pages: number;
  mentions: number;
  right: number;
  wrong: number;
  unjudged: number;
  /** Right over judged mentions. */
  precision: number | null;
  /** "page: surface → place id" of each judged-wrong and each unjudged name, once. */
  wrongNames: string[];
  unjudgedNames: string[];
}

const judgementKey = (page: string, surface: string, placeId: string) => `${page}\n${surface}\n${placeId}`;

export function readPlaceJudgements(): Map<string, PlaceJudgement> {
  const judgements = readFileSync(`${FIXTURES}toponyms/other-subjects-judged.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PlaceJudgement);
  return new Map(
    judgements.map((judgement) => [judgementKey(judgement.page, judgement.surface, judgement.placeId), judgement]),
  );
}

/** Each page's place mentions as the extension reads the page: its headline and its text. */
export function otherSubjectMentions(
  finder: PlaceFinder,
): { page: string; half: 'tune' | 'test'; mentions: PlaceMention[] }[] {
  const split = otherSubjectSplit();
  return (['tune', 'test'] as const).flatMap((half) =>
    split[half].flatMap((page) => {
      const article = pageArticle(`${FIXTURES}other-subjects/${page}/source.html`);
      if (!article) return [];
      const reading = readPage(article, finder);
      return [{ page, half, mentions: [...reading.headlineMentions, ...reading.mentions] }];
    }),
  );
}

export function scoreOtherSubjectPlaces(finder: PlaceFinder): Record<'tune' | 'test', JudgedPlacesScore> {
  const judgements = readPlaceJudgements();
  const empty = (): JudgedPlacesScore => ({
    pages: 0,
    mentions: 0,
    right: 0,
    wrong: 0,
    unjudged: 0,
    precision: null,
    wrongNames: [],
    unjudgedNames: [],
  });
  const scores = { tune: empty(), test: empty() };
  for (const { page, half, mentions } of otherSubjectMentions(finder)) {
    const score = scores[half];
    score.pages++;
    for (const mention of mentions) {
      score.mentions++;
      const judgement = judgements.get(judgementKey(page, mention.surface, mention.placeId));
      const name = `${page}: ${mention.surface} → ${mention.placeId}`;
      if (!judgement) {
        score.unjudged++;
        if (!score.unjudgedNames.includes(name)) score.unjudgedNames.push(name);
      } else if (judgement.right) score.right++;
      else {
        score.wrong++;
        if (!score.wrongNames.includes(name)) score.wrongNames.push(name);
      }
    }
  }
  for (const score of Object.values(scores))
    score.precision = score.right + score.wrong ? score.right / (score.right + score.wrong) : null;
  return scores;
}

/**
 * Place precision on real pages where the evaluation sets do not look, every place mention Sidenote
 * shows there (headline included) against judgements made by the criteria of
 * tests/fixtures/toponyms/README.md: pages about other subjects than the war (the real pages of
 * ../shared/data/pages, tuning, and tests/fixtures/other-subjects, its tuning and test halves;
 * toponyms/other-subjects-judged.jsonl)
 * held-out war news (heldout-news/places-judged.jsonl), never tuned on, and news of 2019 on other
 * subjects (news-2019/places-judged.jsonl), whose test half is never tuned on. A mention no judgement covers is counted
 * apart as unjudged, never as right.
 */
import { readFileSync } from 'node:fs';
import { readPage } from '../../utils/core/analyse-page';
import type { PlaceFinder, PlaceMention } from '../../utils/core/places/find-places';
import type { ArticleInput } from '../../utils/core/types';
import { heldoutSplit, news2019Pages, otherSubjectPages, readHeldoutArticles } from './related-eval';

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

/** Where each judged set of places shown on real pages keeps its judgements. */
export const OTHER_SUBJECT_PLACES = `${FIXTURES}toponyms/other-subjects-judged.jsonl`;
export const HELDOUT_NEWS_PLACES = `${FIXTURES}heldout-news/places-judged.jsonl`;
export const NEWS_2019_PLACES = `${FIXTURES}news-2019/places-judged.jsonl`;

export function readPlaceJudgements(file = OTHER_SUBJECT_PLACES): Map<string, PlaceJudgement> {
  const judgements = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PlaceJudgement);
  return new Map(
    judgements.map((judgement) => [judgementKey(judgement.page, judgement.surface, judgement.placeId), judgement]),
  );
}

/** A page's place mentions as the extension shows them: its headline's and its text's. */
type ShownPlaces = { page: string; half: 'tune' | 'test'; mentions: PlaceMention[] };

function shownPlaces(page: string, half: 'tune' | 'test', article: ArticleInput, finder: PlaceFinder): ShownPlaces {
  const reading = readPage(article, finder);
  return { page, half, mentions: [...reading.headlineMentions, ...reading.mentions] };
}

/** The pages on other subjects, by half, each with the places Sidenote shows on it. */
export function otherSubjectMentions(finder: PlaceFinder): ShownPlaces[] {
  return otherSubjectPages().map(({ name, half, article }) => shownPlaces(name, half, article, finder));
}

/**
 * The held-out war news (tests/fixtures/heldout-news), every third page of its test half: where a
 * reader of war news sees Sidenote's places on news no place rule was tuned on.
 */
export function heldoutNewsMentions(finder: PlaceFinder): ShownPlaces[] {
  const articles = new Map(readHeldoutArticles().map((article) => [article.id, article]));
  return heldoutSplit()
    .test.filter((_, index) => index % 3 === 0)
    .map((page) => {
      const { text, date } = articles.get(page)!;
      return shownPlaces(page, 'test', { text, publishedTime: date ?? null }, finder);
    });
}

/** News of 2019 on other subjects (tests/fixtures/news-2019), by half: the test half is never tuned on. */
export function news2019Mentions(finder: PlaceFinder): ShownPlaces[] {
  return news2019Pages().map(({ name, half, article }) => shownPlaces(name, half, article, finder));
}

export const scoreNews2019Places = (finder: PlaceFinder) =>
  scoreJudgedPlaces(news2019Mentions(finder), readPlaceJudgements(NEWS_2019_PLACES));

export const scoreOtherSubjectPlaces = (finder: PlaceFinder) =>
  scoreJudgedPlaces(otherSubjectMentions(finder), readPlaceJudgements());

export const scoreHeldoutNewsPlaces = (finder: PlaceFinder) =>
  scoreJudgedPlaces(heldoutNewsMentions(finder), readPlaceJudgements(HELDOUT_NEWS_PLACES));

/** Each mention shown against the judgements of its page, name and place, by half. */
function scoreJudgedPlaces(
  pages: ShownPlaces[],
  judgements: ReadonlyMap<string, PlaceJudgement>,
): Record<'tune' | 'test', JudgedPlacesScore> {
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
  for (const { page, half, mentions } of pages) {
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

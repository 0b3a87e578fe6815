/**
 * Whether a corpus article is coverage of the page's story, not only of its war. Two reports of
 * one story hold much of each other's key terms (each way: a long article that mentions the page's
 * subject in passing holds the page's terms, not the other way round) and appear within days of
 * each other. Chosen on judged pairs of the tuning data (docs/judging-related.md); looser rules,
 * or other signals (names or rare places both write, figures on one quantity), fell
 * well below nine in ten. Every dated pair judged one story was within two months, most within two
 * weeks. An undated corpus article (the bundled seeds have no dates) is weighed by its terms alone.
 * An undated page against a dated article is not linked at all: with the dates hidden, the tuning
 * pages' judged pairs showed terms alone cannot tell a report of the page's story from one on its
 * subject at another time (a quarter's share: 3 right of 11 on the dev set's tuning pages).
 */
import { keyTerms, termCounts } from './key-terms';
import { contentTerms, nameTerms, words } from './text';

export interface StoryLink {
  /** Share of the page's key-term weight the article holds (the ranking's coverage), and of the article's the page holds. */
  coverage: number;
  reverseCoverage: number;
  /** Days between the two; null when either date is unknown. */
  days: number | null;
}

/**
 * Both ways, this share of the key-term weight at least, for two reports of one story, which
 * appeared at most SAME_STORY_DAYS apart. Chosen on dated news (every judged pair is dated): a
 * quarter let through reports sharing a leader or a theme on another occasion (19 of 23 right on
 * the tuning pairs), three tenths 13 of 14. Undated pairs, on which nothing was judged, keep the
 * quarter they were first given (the bundled seeds are undated). A week, not two: in a corpus of
 * the same weeks as the page (the two outlets' set), reports eight days apart shared a theme (a food
 * crisis) rather than a story, and every right pair on the tuning pages was within five days.
 */
export const SAME_STORY_COVERAGE = 0.3;
export const SAME_STORY_COVERAGE_UNDATED = 0.25;
export const SAME_STORY_DAYS = 7;
const storyShare = (days: number | null) => (days === null ? SAME_STORY_COVERAGE_UNDATED : SAME_STORY_COVERAGE);
const DAY = 86_400_000;

/** Days between two dates as the corpus and pages give them; null when either is unknown. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  const apart = Math.abs(Date.parse(a ?? '') - Date.parse(b ?? '')) / DAY;
  return Number.isNaN(apart) ? null : apart;
}

/** Whether a page's or an article's date can be read. */
export const isDated = (date: string | null | undefined) => !Number.isNaN(Date.parse(date ?? ''));

/** The page has no date and the article has one: terms alone would link it (see above), so nothing does. */
export const pageDateMissing = (pageDate: string | null | undefined, articleDate: string | null | undefined) =>
  !isDated(pageDate) && isDated(articleDate);

/** What can be known before reading the article: enough of the page's terms, and close enough in time. */
export function mayBeSameStory(
  coverage: number,
  pageDate: string | null | undefined,
  articleDate: string | null | undefined,
): boolean {
  if (pageDateMissing(pageDate, articleDate)) return false;
  const days = daysApart(pageDate, articleDate);
  return coverage >= storyShare(days) && (days === null || days <= SAME_STORY_DAYS);
}

/** Articles that hold enough of an undated page's terms to be weighed, were the page dated. */
export const withheldForPageDate = (
  hits: readonly { coverage: number; article: { date?: string | null } }[],
  pageDate: string | null | undefined,
) => hits.filter((hit) => pageDateMissing(pageDate, hit.article.date) && hit.coverage >= SAME_STORY_COVERAGE).length;

/** Share of an article's own key-term weight (tf-idf against the corpus, names doubled) that the page's terms hold. */
export function reverseCoverage(
  articleText: string,
  pageTerms: ReadonlySet<string>,
  documentFrequency: (term: string) => number,
  documentCount: number,
): number {
  const tokens = words(articleText);
  const terms = contentTerms(articleText, tokens);
  let total = 0;
  let shared = 0;
  for (const { term, weight } of keyTerms(
    termCounts(terms),
    documentFrequency,
    documentCount,
    nameTerms(articleText, tokens),
  )) {
    total += weight;
    if (pageTerms.has(term)) shared += weight;
  }
  return total ? shared / total : 0;
}

/** For an article mayBeSameStory let through, once its own terms are weighed. */
export function isSameStory({ coverage, reverseCoverage, days }: StoryLink): boolean {
  return Math.min(coverage, reverseCoverage) >= storyShare(days) && (days === null || days <= SAME_STORY_DAYS);
}

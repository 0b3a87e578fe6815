/**
 * Whether a corpus article is coverage of the page's story, not only of its war. Two reports of
 * one story hold much of each other's key terms (each way: a long article that mentions the page's
 * subject in passing holds the page's terms, not the other way round) and appear within days of
 * each other. Chosen on judged pairs of the tuning data (docs/judging-related.md): of the pairs that
 * share a quarter of their key-term weight both ways within two weeks, 12 of 13 were one story;
 * looser rules, or other signals (names or rare places both write, figures on one quantity), fell
 * well below nine in ten. Without a date on either side only the terms speak (the bundled seeds have
 * none); every dated pair judged one story was within two months, most within two weeks.
 */
import { keyTerms, termCounts, type WeightedTerm } from './key-terms';
import { contentTerms, nameTerms, words, type Token } from './text';

/** What the story check needs of one side, page or article: its terms, its key terms, its date. */
export interface StorySide {
  terms: ReadonlySet<string>;
  keyTerms: readonly WeightedTerm[];
  /** Milliseconds since 1970, or NaN when unknown. */
  time: number;
}

export interface StoryLink {
  /** Share of the page's key-term weight the article holds, and of the article's the page holds. */
  coverage: number;
  reverseCoverage: number;
  /** Days between the two; null when either date is unknown. */
  days: number | null;
}

/** Both ways, this share of the key-term weight at least, for two reports of one story... */
export const SAME_STORY_COVERAGE = 0.25;
/** ... which appeared at most this many days apart, when both are dated. */
export const SAME_STORY_DAYS = 14;
const DAY = 86_400_000;

/** One side of the check: its content terms and its key terms against the corpus. */
export function storySide(text: string, time: number, documentFrequency: (term: string) => number, documentCount: number, tokens: readonly Token[] = words(text)): StorySide {
  const terms = contentTerms(text, tokens);
  return { terms: new Set(terms), keyTerms: keyTerms(termCounts(terms), documentFrequency, documentCount, nameTerms(text, tokens)), time };
}

function weightIn(keys: readonly WeightedTerm[], terms: ReadonlySet<string>): number {
  let total = 0;
  let shared = 0;
  for (const { term, weight } of keys) {
    total += weight;
    if (terms.has(term)) shared += weight;
  }
  return total ? shared / total : 0;
}

export function storyLink(page: StorySide, article: StorySide): StoryLink {
  const apart = Math.abs(page.time - article.time) / DAY;
  return { coverage: weightIn(page.keyTerms, article.terms), reverseCoverage: weightIn(article.keyTerms, page.terms), days: Number.isNaN(apart) ? null : apart };
}

export function isSameStory({ coverage, reverseCoverage, days }: StoryLink): boolean {
  return Math.min(coverage, reverseCoverage) >= SAME_STORY_COVERAGE && (days === null || days <= SAME_STORY_DAYS);
}

/**
 * What the core hands out: a page's annotation and its consistency notes, as the background sends
 * them to the page's sidebar and cards and the CLI prints them. Plain data only: all of it crosses
 * message boundaries.
 */
import type { TextRange, PlaceKind, Claim } from './types';

export interface ArticleSummary {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Characters of extracted text. */
  length: number;
  words: number;
}

export interface Snippet {
  text: string;
  /** Where the matched terms sit inside `text`. */
  marks: TextRange[];
  /** True when `text` was cut out of a longer passage. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

/** A corpus article as the reader sees it listed. */
export interface RelatedCopy {
  id: string;
  /** The article's own title, or its first sentence when it has none (then `titleIsFallback`). */
  title: string;
  titleIsFallback: boolean;
  source: string | null;
  date: string | null;
  url: string | null;
}

export interface RelatedArticle extends RelatedCopy {
  /** BM25 relevance of the article to the page's key terms (with the date-closeness boost). */
  score: number;
  /** Share (0-1) of the page's key-term weight that this article matches. */
  coverage: number;
  /** Share (0-1) of this article's key-term weight that the page holds: with `coverage`, why it is the same story. */
  reverseCoverage: number;
  /** Days between the article and the page, when both are dated. */
  daysApart: number | null;
  matchedTerms: string[];
  /** Places that are rare in the corpus and that both the page and this article mention, rarest first. */
  sharedPlaces: { id: string; name: string }[];
  /** The page's figures this article gives a figure on too (the same measure of the same place), as the page writes them. */
  sharedFigures: { text: string; places: string[] }[];
  snippet: Snippet;
  /** The same story elsewhere in the corpus (a wire story in several outlets), grouped under this one. */
  copies: RelatedCopy[];
}

/** A place as the reader is told about it. */
export interface PlaceSummary {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO country code and name; null for places above countries (continents, seas). */
  country: string | null;
  countryName: string | null;
  /** First-level region (state, province, oblast) the place lies in, by name. */
  region: string | null;
  lat: number;
  lon: number;
  /** Inhabitants, or null when unknown or meaningless (rivers, seas). */
  population: number | null;
}

/**
 * One place name in the article: where it is in the extracted text, which place it is, and enough
 * of its surroundings (up to 32 characters each side) to find it again in the live page.
 */
export interface PlaceMentionInfo
  extends TextRange, Pick<PlaceSummary, 'id' | 'name' | 'kind' | 'country' | 'lat' | 'lon'> {
  surface: string;
  prefix: string;
  suffix: string;
  /** A mention in the headline: its offsets are in the article's title, not its text. */
  inHeadline?: true;
}

/** A corpus article that mentions a place, with the sentence that does. */
export interface PlaceCoverage extends RelatedCopy {
  snippet: Snippet;
  mentions: number;
}

export interface PlaceInArticle extends PlaceSummary {
  /** The spellings this article uses for it ("Kostiantynivka", "Konstantinovka"). */
  variants: string[];
  mentions: number;
  /** How many corpus articles mention it, and the first few of them. */
  corpusArticles: number;
  corpus: PlaceCoverage[];
}

export interface Timings {
  [stage: string]: number;
}

export interface Annotation {
  article: ArticleSummary;
  related: RelatedArticle[];
  /**
   * Corpus articles left out of related coverage because the page gives no date and they do: they
   * hold enough of its key terms, but without its date Sidenote cannot tell a report of its story
   * from one on its subject at another time.
   */
  relatedWithheldForDate?: number;
  /** A corpus article that is this very page (same text), shown apart from related coverage. */
  sameArticle: { id: string; title: string; titleIsFallback: boolean } | null;
  corpus: { name: string; articles: number };
  /** Each place name in the article, in text order. */
  places: PlaceMentionInfo[];
  /** The article's distinct places, most mentioned first, with what the corpus says of them. */
  placeDetails: PlaceInArticle[];
  timings: Timings;
}

/** Where a note's evidence comes from: a corpus article, the gazetteer, or the page itself. */
export interface Evidence {
  /** The corpus article's id; "gazetteer" or "page" otherwise. */
  id: string;
  origin: 'corpus' | 'gazetteer' | 'page';
  title: string;
  source: string | null;
  /** The article's date, or what the figure is dated as of. */
  date: string | null;
  quote: string;
  /** Where the figure sits in `quote`. */
  marks: TextRange[];
  /** The figure as the evidence states it, and whether it agrees with the page's. */
  figure: string;
  agrees: boolean;
  /** True when it differs and is given as of another date than the page's figure: a change over time. */
  datesDiffer?: boolean;
  /** For a corpus article: where the figure sits in its text. */
  at?: TextRange;
}

export type Verdict = 'agrees' | 'differs' | 'only-here';

export interface ConsistencyNote {
  verdict: Verdict;
  /** What the page's figure was checked against. */
  check: 'corpus' | 'distance' | 'direction' | 'population' | 'conversion' | 'age' | 'anniversary';
  claim: Claim;
  /** The page's sentence holding the figure, and where the figure is in it. */
  sentence: string;
  figureInSentence: TextRange;
  evidence: Evidence[];
  message: string;
  /** True when the figures compared are given as of different dates: a change over time, not a contradiction. */
  datesDiffer: boolean;
  /**
   * Why the page's figure and the corpus's were taken for one quantity, for the reader to judge:
   * what is measured, of what or whom, and what kind of figure ("troops massed · held by Russia ·
   * a level"). Corpus notes only.
   */
  basis?: string;
}

export interface SourcingProfile {
  /** People and bodies quoted by name, with how often. */
  named: { name: string; count: number }[];
  /** Sentences that quote someone unnamed ("speaking on condition of anonymity"), with the phrase that says so. */
  anonymous: { sentence: TextRange; phrase: string }[];
  /** Outlets, agencies and documents the article cites. */
  cited: string[];
}

export interface Consistency {
  /** How much of the article was read for figures, of how much: a very long page is checked only in part. */
  checkedCharacters: number;
  articleCharacters: number;
  claims: Claim[];
  notes: ConsistencyNote[];
  sourcing: SourcingProfile;
  timings: Timings;
}

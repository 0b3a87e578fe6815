/** Shapes shared by the core, the browser glue and the CLI. Plain data only: everything here crosses message boundaries. */

/** One article of a reference corpus, as stored. Only `text` is required: unknown metadata stays unknown. */
export interface CorpusArticle {
  id: string;
  text: string;
  title?: string;
  source?: string;
  url?: string;
  /** ISO 8601 date (YYYY-MM-DD or a full timestamp), as given by the source. */
  date?: string;
  byline?: string;
}

/** What the page (or the CLI's input file) gives the core after extraction. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  url?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

export interface ArticleSummary {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Characters of extracted text. */
  length: number;
  words: number;
}

/** A half-open [start, end) range of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
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
  matchedTerms: string[];
  /** Places that are rare in the corpus and that both the page and this article mention, rarest first. */
  sharedPlaces: { id: string; name: string }[];
  snippet: Snippet;
  /** The same story elsewhere in the corpus (a wire story in several outlets), grouped under this one. */
  copies: RelatedCopy[];
}

export type PlaceKind = 'continent' | 'country' | 'region' | 'district' | 'area' | 'city' | 'town' | 'village' | 'river' | 'sea';

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
export interface PlaceMentionInfo extends TextRange, Pick<PlaceSummary, 'id' | 'name' | 'kind' | 'country' | 'lat' | 'lon'> {
  surface: string;
  prefix: string;
  suffix: string;
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
  /** A corpus article that is this very page (same text), shown apart from related coverage. */
  sameArticle: { id: string; title: string; titleIsFallback: boolean } | null;
  corpus: { name: string; articles: number };
  /** Each place name in the article, in text order. */
  places: PlaceMentionInfo[];
  /** The article's distinct places, most mentioned first, with what the corpus says of them. */
  placeDetails: PlaceInArticle[];
  timings: Timings;
}

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
  /** A corpus article that is this very page (same text), shown apart from related coverage. */
  sameArticle: { id: string; title: string; titleIsFallback: boolean } | null;
  corpus: { name: string; articles: number };
  /** Each place name in the article, in text order. */
  places: PlaceMentionInfo[];
  /** The article's distinct places, most mentioned first, with what the corpus says of them. */
  placeDetails: PlaceInArticle[];
  timings: Timings;
}

export type ClaimKind =
  | 'percent'
  | 'distance'
  | 'area'
  | 'weight'
  | 'volume'
  | 'speed'
  | 'information'
  | 'angle'
  | 'temperature'
  | 'money'
  | 'count'
  | 'duration'
  | 'age'
  | 'date'
  | 'number';

/** How a qualifier bends a figure: "about 70%" is near 70, "more than 30" at least 30, "up to 5" at most 5. */
export type ClaimBound = 'exact' | 'about' | 'at-least' | 'at-most';

/** What a figure is about: the places it concerns and the words around it that say what was measured. */
export interface ClaimSubject {
  /** `within`: the region a city is named after and may stand for ("Donetsk" the city for the Donetsk region), else null. */
  places: { id: string; name: string; within: string | null }[];
  terms: string[];
}

/**
 * What kind of figure it is: a level ("15% of its gas"), a change ("cut by 15%"), a rate ("1,000 a
 * day"), a plan or possibility ("could send", "up to"), a forecast, a running total ("since the
 * invasion", "so far") or a part of a total ("including £660m").
 */
export type FigureNature = 'level' | 'change' | 'rate' | 'plan' | 'forecast' | 'cumulative' | 'part';

/** What a figure measures, read from its clause: two figures are compared only when their frames say they measure one quantity. */
export interface FigureFrame {
  /** The thing measured, as a family key: "troops" for troops, soldiers and servicemen; "aid"; "wheat"; "range". */
  measure: string;
  /** Words that set it apart, as family keys: "military" aid is not "humanitarian" aid. */
  modifiers: string[];
  /** The event counted, as a family key ("killed", "massed", "fled"), when the clause names one. */
  event: string | null;
  /** Who holds or does it, as country codes or bodies ("RU", "US", "EU"), when the clause names them. */
  holders: string[];
  /** Whom or where it goes to ("aid to Ukraine and Israel"), as country codes, when the clause names them. */
  recipients: string[];
  /**
   * The place it is a measure of, when it is one: "70% of Donetsk", "the region, home to 4 million
   * people". The place's id, and the region it may stand for (a city named like its region).
   */
  of: string[];
  nature: FigureNature;
  /** For a rate, its period: "day", "week", "month", "year". */
  period: string | null;
  /** For a running total, what it runs from: "invasion" or a year. */
  since: string | null;
}

/** A figure the article states, with what it measures and what it is about. */
export interface Claim extends TextRange {
  /** The figure as written, qualifier and unit included ("approximately 70%"). */
  text: string;
  kind: ClaimKind;
  /** The number as stated, scale words applied ($14.4 billion → 14400000000); for a range, its low end. */
  value: number;
  /** The high end of a range ("between 5 and 10 km"), else null. */
  high: number | null;
  /** The unit as stated: "km", "mi", "%", "USD", or for a count the thing counted ("troops"). Null for a bare number. */
  unit: string | null;
  qualifier: string | null;
  bound: ClaimBound;
  sentence: TextRange;
  subject: ClaimSubject;
  /** The date the figure is given as of, YYYY, YYYY-MM or YYYY-MM-DD: a date in its sentence, else the article's date. */
  asOf: string | null;
  /** What it measures, when its clause says so clearly enough to compare it with other figures; else null. */
  frame: FigureFrame | null;
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

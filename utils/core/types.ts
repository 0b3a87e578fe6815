/** The core's own shapes: what it reads (articles, corpus records) and the figures it finds. Plain data only. */

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

/** A half-open [start, end) range of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

export type PlaceKind =
  'continent' | 'country' | 'region' | 'district' | 'area' | 'city' | 'town' | 'village' | 'river' | 'sea' | 'hamlet';

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

/**
 * How a qualifier bends a figure: "about 70%" is near 70, "more than 30" at least 30, "up to 5" at
 * most 5; "well over 100,000" clearly more than 100,000 (more than "about 100,000" allows), "well
 * under 50" clearly less.
 */
export type ClaimBound = 'exact' | 'about' | 'at-least' | 'at-most' | 'well-over' | 'well-under';

/** What a figure is about: the places it concerns and the words around it that say what was measured. */
export interface ClaimSubject {
  /**
   * `within`: the region a city is named after and may stand for ("Donetsk" the city for the Donetsk
   * region), else null. `broad`: a place in no region and no country's own (a sea, a river, a
   * continent, an area across regions such as Donbas), which names no event's site.
   */
  places: { id: string; name: string; within: string | null; broad?: true }[];
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
  /** Who says it is so ("Ukraine claimed", "according to the Pentagon"), as country codes, when the sentence names them. */
  claimants: string[];
  /**
   * The place it is a measure of, when it is one: "70% of Donetsk", "the region, home to 4 million
   * people". The place's id, and the region it may stand for (a city named like its region); or a
   * whole it is a share of ("w:" keys, claims/frame-of.ts); and, for troops, where they stand
   * (claims/troop-whereabouts.ts): the sides of the border ("b:"), the country they stand in ("in:")
   * and the country of troops their sentence tells apart ("x:"), which are not what they measure
   * (`wholesOf` leaves them out).
   */
  of: string[];
  nature: FigureNature;
  /** For a rate, its period: "day", "week", "month", "year". */
  period: string | null;
  /** For a running total, what it runs from: "invasion" or a year. */
  since: string | null;
  /** Told as new on the article's day ("a new $700m package", "another 10,000 troops"). */
  fresh: boolean;
  /**
   * Told of as lately done ("the US recently announced", "the recent $40 billion package", "$800m
   * in new military aid", "a new package of $800m"): what it
   * tells of happened within a few weeks before the article's day.
   */
  recent: boolean;
  /**
   * Told of the time before an event its sentence names ("the 150,000 troops he amassed in the
   * lead-up to the invasion", "before the war"): of some day before that event, which its date does
   * not give.
   */
  earlier: boolean;
  /**
   * The day its sentence says it happened or was told ("on Wednesday", "on 13 April", "yesterday"),
   * YYYY-MM-DD, read by the article's date: the sentence's date nearest the figure, when that is a
   * day; else null. A weekday dates only this, not `asOf`: the windows in which two reports are one
   * event count the days between the reports.
   */
  day: string | null;
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

/**
 * What the archive stores of an article besides its fields, read once with the core as it arrives:
 * its terms (the index's: the title's and the text's content terms) as a tsvector, its places and its
 * figures about places (readArticle, the slow part), and the month it is filed under.
 */
import { readArticle, readWords, type ArticleReading, type ArticleWords } from '../../utils/core/corpus-index';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import { contentTerms } from '../../utils/core/text';
import type { Claim, CorpusArticle } from '../../utils/core/types';
import type { CheckedArticle } from './check-records';

/** What reading an article gives the archive: all of it computed where the article is read, in any thread. */
export interface ArchiveReading {
  /** First day of its month, YYYY-MM-01, or null (no date, or one outside FIRST_YEAR-LAST_YEAR). */
  month: string | null;
  /** The terms the index counts (the title's then the text's) as a tsvector literal. */
  tsvector: string;
  /** How many terms the index counts, repeats included. */
  termCount: number;
  /** Each of those terms once: what the archive's term counts grow by. */
  distinctTerms: string[];
  reading: ArticleReading;
  /** What the candidates' index reads of its words: stored, so that answers do not read the text again. */
  words: ArticleWords;
}

export interface ArchivedArticle extends CheckedArticle, ArchiveReading {}

/** Months outside these years are filed with the undated articles rather than given partitions of their own. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function monthOf(date: string | undefined): string | null {
  if (date === undefined) return null;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return null;
  const day = new Date(time);
  const year = day.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return `${year}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

export function readForArchive(checked: CheckedArticle, finder: PlaceFinder): ArchivedArticle {
  return { ...checked, ...archiveReading(checked.article, finder) };
}

export function archiveReading(article: CorpusArticle, finder: PlaceFinder): ArchiveReading {
  const bodyTerms = contentTerms(article.text);
  const terms = article.title ? [...contentTerms(article.title), ...bodyTerms] : bodyTerms;
  return {
    month: monthOf(article.date),
    tsvector: tsvectorOf(terms),
    termCount: terms.length,
    distinctTerms: [...new Set(terms)],
    reading: readArticle(article, finder),
    words: readWords(article, bodyTerms),
  };
}

/** A MinHash signature as stored: its unsigned integers, little-endian. */
export function signatureBytes(signature: Uint32Array): Buffer {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((value, at) => bytes.writeUInt32LE(value, at * 4));
  return bytes;
}

export function signatureOf(bytes: Buffer): Uint32Array {
  return Uint32Array.from({ length: bytes.length / 4 }, (_, at) => bytes.readUInt32LE(at * 4));
}

/**
 * An article's figures as stored: those the index compares (with a frame), in the core's Claim
 * shape, so that an answer parses them as they are. Only the fields the index reads are kept.
 */
export function figuresJson(claims: readonly Claim[]): string {
  const stored = claims.flatMap((claim): Claim[] => {
    const { frame, sentence, subject } = claim;
    if (!frame) return [];
    return [
      {
        text: claim.text,
        start: claim.start,
        end: claim.end,
        kind: claim.kind,
        value: claim.value,
        high: claim.high,
        unit: claim.unit,
        qualifier: claim.qualifier,
        bound: claim.bound,
        sentence: { start: sentence.start, end: sentence.end },
        subject: { places: subject.places, terms: subject.terms },
        asOf: claim.asOf,
        frame: {
          measure: frame.measure,
          modifiers: frame.modifiers,
          event: frame.event,
          holders: frame.holders,
          recipients: frame.recipients,
          of: frame.of,
          nature: frame.nature,
          period: frame.period,
          since: frame.since,
        },
      },
    ];
  });
  return JSON.stringify(stored);
}

/** PostgreSQL keeps positions up to this, and this many positions a lexeme: enough to rank candidates by. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_TERM = 256;

/** A term as a tsvector or tsquery lexeme: quoted, so the core's terms are taken as they are, never re-parsed. */
export const lexeme = (term: string) => `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * Term counts as stored: a tsvector literal of each term once with its count as its only position
 * (`'donetsk':3 'region':1`), from which PostgreSQL picks a page's terms in C. Null when a count is
 * past the last position: that article's text is read instead.
 */
export function termCountsVector(counts: ReadonlyMap<string, number>): string | null {
  const parts: string[] = [];
  for (const [term, count] of counts) {
    if (count > MAX_POSITION) return null;
    parts.push(`${lexeme(term)}:${count}`);
  }
  return parts.join(' ');
}

const QUOTE = 39;
const BACKSLASH = 92;

/**
 * The counts in PostgreSQL's text of such a tsvector, as ts_filter gives it back with the weight
 * setweight marked it by (`'donetsk':3A 'it''s':1A`): quotes are doubled, backslashes escaped. Read
 * by hand: a regular expression took as long as parsing the rows.
 */
export function termCountsOf(vector: string): Map<string, number> {
  const counts = new Map<string, number>();
  let at = 0;
  while (at < vector.length) {
    let term = '';
    let from = ++at;
    for (let code = vector.charCodeAt(at); at < vector.length; code = vector.charCodeAt(at)) {
      if (code === QUOTE) {
        if (vector.charCodeAt(at + 1) !== QUOTE) break;
        term += vector.slice(from, at + 1);
        from = at += 2;
      } else if (code === BACKSLASH) {
        term += vector.slice(from, at);
        from = at + 1;
        at += 2;
      } else at++;
    }
    term += vector.slice(from, at);
    let count = 0;
    for (at += 2; vector.charCodeAt(at) >= 48 && vector.charCodeAt(at) <= 57; at++)
      count = count * 10 + vector.charCodeAt(at) - 48;
    counts.set(term, count);
    const next = vector.indexOf(' ', at);
    if (next < 0) break;
    at = next + 1;
  }
  return counts;
}

/**
 * The terms as a tsvector literal (`'donetsk':3,17 'region':4`), cast by PostgreSQL from a
 * parameter. Built from the core's terms rather than PostgreSQL's English parser, so that what the
 * archive searches is exactly what the core ranks.
 */
export function tsvectorOf(terms: readonly string[]): string {
  const positions = new Map<string, number[]>();
  terms.forEach((term, index) => {
    // Terms past the last position all sit on it, as PostgreSQL would put them: still found, counted once.
    const position = Math.min(index + 1, MAX_POSITION);
    const list = positions.get(term);
    if (!list) positions.set(term, [position]);
    else if (list.length < MAX_POSITIONS_PER_TERM && list[list.length - 1] !== position) list.push(position);
  });
  return [...positions].map(([term, list]) => `${lexeme(term)}:${list.join(',')}`).join(' ');
}

/**
 * What the archive stores of an article besides its fields, read once with the core as it arrives:
 * its terms (the index's: the title's and the text's content terms) as a tsvector, its places and its
 * figures about places (readArticle, the slow part), and the month it is filed under.
 */
import { hash } from 'node:crypto';
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
  /**
   * What the candidates' index reads of its words, stored so that answers do not read the text
   * again: its lead, its signature, and its term counts packed (packTermCounts).
   */
  words: Omit<ArticleWords, 'counts' | 'length'> & { packedCounts: Uint8Array };
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
    words: storedWords(readWords(article, bodyTerms)),
  };
}

const storedWords = ({ lead, signature, counts }: ArticleWords): ArchiveReading['words'] => ({
  lead,
  signature,
  packedCounts: packTermCounts(counts),
});

/** A MinHash signature as stored: its unsigned integers, little-endian. */
export function signatureBytes(signature: Uint32Array): Buffer {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((value, at) => bytes.writeUInt32LE(value, at * 4));
  return bytes;
}

export function signatureOf(bytes: Buffer): Uint32Array {
  return Uint32Array.from({ length: bytes.length / 4 }, (_, at) => bytes.readUInt32LE(at * 4));
}

/** Bytes a term takes in packed counts: 8 of its hash, 4 of its count. */
export const TERM_ENTRY_BYTES = 12;

const termHash = (term: string) => hash('md5', term, 'hex');

/**
 * Term counts as stored: for each term, the first 8 bytes of its MD5 (of its UTF-8) then its count
 * (4 bytes, big-endian), 12 bytes a term. An answer reads them for some 370 candidates of about 190
 * terms each, and needs only the counts of the page's terms: as JSON, turning 70,000 strings a page
 * into objects took Node some 18 ms of an answer's 130 ms of processor time; these are matched by
 * number alone.
 * PostgreSQL computes the same bytes
 * (`decode(substr(md5(convert_to(term, 'UTF8')), 1, 16), 'hex') || int4send(count)`),
 * which is how the migration to it packed the counts already stored. A term of a candidate taken for
 * one of the page's (64 bits of MD5 alike: some 500 page terms against 70,000 candidates' terms an
 * answer) is to be expected about once in 10^11 answers.
 */
export function packTermCounts(counts: ReadonlyMap<string, number>): Uint8Array {
  // A plain Uint8Array, not a Buffer: it is what reaches the storing thread from a reading thread either way.
  const packed = new Uint8Array(counts.size * TERM_ENTRY_BYTES);
  const view = new DataView(packed.buffer);
  let at = 0;
  for (const [term, count] of counts) {
    packed.set(Buffer.from(termHash(term).slice(0, 16), 'hex'), at);
    view.setUint32(at + 8, count);
    at += TERM_ENTRY_BYTES;
  }
  return packed;
}

const readUint32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

/**
 * The page's terms by their stored hash, for matching packed counts: an open-addressed table on the
 * hash's first 4 bytes, since nearly every term of a candidate is not the page's and must be passed
 * over in a few nanoseconds (a Map lookup each was 6 ms an answer).
 */
export class PageTermHashes {
  private readonly mask: number;
  /** Per slot: 1 + the index of the term it holds, or 0 when empty. */
  private readonly slots: Int32Array;
  private readonly highs: number[] = [];
  private readonly lows: number[] = [];
  private readonly terms: string[] = [];

  constructor(terms: Iterable<string>) {
    const unique = [...new Set(terms)];
    let size = 16;
    while (size < unique.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    for (const term of unique) {
      const hex = termHash(term);
      const high = Number.parseInt(hex.slice(0, 8), 16);
      this.highs.push(high);
      this.lows.push(Number.parseInt(hex.slice(8, 16), 16));
      this.terms.push(term);
      let slot = high & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.terms.length;
    }
  }

  /** The counts, in `packed`, of the page's terms. */
  countsIn(packed: Uint8Array): Map<string, number> {
    const kept = new Map<string, number>();
    for (let at = 0; at + TERM_ENTRY_BYTES <= packed.length; at += TERM_ENTRY_BYTES) {
      const high = readUint32(packed, at);
      for (let slot = high & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
        const index = this.slots[slot]! - 1;
        if (this.highs[index] === high && this.lows[index] === readUint32(packed, at + 4)) {
          kept.set(this.terms[index]!, readUint32(packed, at + 8));
          break;
        }
      }
    }
    return kept;
  }
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
          claimants: frame.claimants,
          of: frame.of,
          nature: frame.nature,
          period: frame.period,
          since: frame.since,
          fresh: frame.fresh,
          recent: frame.recent,
          earlier: frame.earlier,
          day: frame.day,
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

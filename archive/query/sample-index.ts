/**
 * The candidates as the core's index: their fields, their words, places and figures as read at
 * ingest (no text, gazetteer or figure reading here), ranked by the whole archive's counts. Built per
 * answer and dropped after it: the server keeps nothing between requests. Texts are fetched only for
 * the few articles an answer quotes.
 */
import type pg from 'pg';
import { CorpusIndex, type ArticleReading, type ArticleWords } from '../../utils/core/corpus-index';
import type { TextStore } from '../../utils/core/text-store';
import type { Claim, CorpusArticle, FigureFrame } from '../../utils/core/types';
import { PageTermHashes, signatureOf } from '../ingest/read-for-archive';
import type { ArchiveStatistics } from './archive-statistics';
import { articlesBySeq } from './by-seq';

interface ArticleRow {
  seq: string;
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
  byline: string | null;
  /** Only for articles stored without their words (before they were kept): read again here. */
  text: string | null;
  lead: string | null;
  signature: Buffer | null;
  term_hashes: Buffer | null;
  term_count: number;
  // Arrays come as JSON, which parses far faster than PostgreSQL's array text.
  place_ids: string[];
  place_counts: number[];
  place_first_starts: number[];
  place_first_ends: number[];
  /** Its figures, stored in the core's shape as it was when they were stored. */
  figures: StoredClaim[];
}

/** The article as the corpus file gave it: fields it did not have stay absent, as in a local corpus. */
function articleOf(row: ArticleRow): CorpusArticle {
  const article: CorpusArticle = { id: row.id, text: row.text ?? '' };
  for (const field of ['title', 'source', 'url', 'date', 'byline'] as const) {
    const value = row[field];
    if (value !== null) article[field] = value;
  }
  return article;
}

function wordsOf(row: ArticleRow, pageTerms: PageTermHashes): ArticleWords | undefined {
  if (row.lead === null || row.signature === null || row.term_hashes === null) return undefined;
  return {
    lead: row.lead,
    signature: signatureOf(row.signature),
    counts: pageTerms.countsIn(row.term_hashes),
    length: row.term_count,
  };
}

/** Texts from the articles table, asked by id within the answer's snapshot; each read once. */
class ArchiveTexts implements TextStore {
  private readonly read = new Map<string, string>();

  constructor(
    private readonly client: pg.ClientBase,
    private readonly seqOf: ReadonlyMap<string, string>,
  ) {}

  async get(ids: readonly string[]): Promise<Map<string, string>> {
    const missing = [...new Set(ids)].filter((id) => this.seqOf.has(id) && !this.read.has(id));
    if (missing.length > 0) {
      const rows = await articlesBySeq<{ id: string; text: string }>(
        this.client,
        'seq, id, text',
        missing.map((id) => this.seqOf.get(id)!),
      );
      for (const row of rows) this.read.set(row.id, row.text);
    }
    return new Map(ids.flatMap((id) => (this.read.has(id) ? [[id, this.read.get(id)!] as const] : [])));
  }
}

/**
 * `pageTerms`: the page's terms (its title's and its text's), the only ones the index is asked about;
 * `statistics` holds the archive's counts of them.
 */
/**
 * A figure as an earlier ingest stored it: before frames recorded who says so (`claimants`) or the
 * day their sentence names (`day`).
 */
type StoredClaim = Omit<Claim, 'frame'> & {
  frame:
    | (Omit<FigureFrame, 'claimants' | 'day' | 'earlier'> & Partial<Pick<FigureFrame, 'claimants' | 'day' | 'earlier'>>)
    | null;
};
// Copied only when it lacks them: an answer reads hundreds of candidates' figures.
const asClaim = (stored: StoredClaim): Claim =>
  !stored.frame || (stored.frame.claimants && stored.frame.day !== undefined && stored.frame.earlier !== undefined)
    ? (stored as Claim)
    : {
        ...stored,
        frame: {
          ...stored.frame,
          claimants: stored.frame.claimants ?? [],
          day: stored.frame.day ?? null,
          earlier: stored.frame.earlier ?? false,
        },
      };

export async function loadSample(
  client: pg.ClientBase,
  seqs: readonly string[],
  statistics: ArchiveStatistics,
  name: string,
  pageTerms: ReadonlySet<string>,
): Promise<{ index: CorpusIndex; texts: TextStore }> {
  const articles = {
    rows: await articlesBySeq<ArticleRow>(
      client,
      `seq, id, title, source, url, date, byline, lead, signature, term_hashes, term_count,
       CASE WHEN term_hashes IS NULL THEN text END AS text,
       to_json(place_ids) AS place_ids, to_json(place_counts) AS place_counts,
       to_json(place_first_starts) AS place_first_starts, to_json(place_first_ends) AS place_first_ends, figures`,
      seqs,
    ),
  };
  const readings = new Map<string, ArticleReading>(
    articles.rows.map((row) => [
      row.id,
      {
        places: row.place_ids.map((placeId, at) => ({
          placeId,
          count: row.place_counts[at]!,
          first: { start: row.place_first_starts[at]!, end: row.place_first_ends[at]! },
        })),
        claims: row.figures.map(asClaim),
      },
    ]),
  );
  const hashes = new PageTermHashes(pageTerms);
  const words = new Map(articles.rows.map((row) => [row.id, wordsOf(row, hashes)]));
  const index = CorpusIndex.build({ name, articles: articles.rows.map(articleOf) }, undefined, {
    readings: (article) => readings.get(article.id)!,
    words: (article) => words.get(article.id),
    statistics,
  });
  return { index, texts: new ArchiveTexts(client, new Map(articles.rows.map((row) => [row.id, row.seq]))) };
}

/**
 * The candidates as the core's index: their fields and texts from the articles table, their places
 * and figures as read at ingest (no gazetteer or figure reading here), ranked by the whole archive's
 * counts. Built per answer and dropped after it: the server keeps nothing between requests.
 */
import type pg from 'pg';
import { CorpusIndex, type ArticleReading } from '../../utils/core/corpus-index';
import { MemoryTextStore } from '../../utils/core/text-store';
import type { Claim, ClaimBound, ClaimKind, CorpusArticle, FigureNature } from '../../utils/core/types';
import type { ArchiveStatistics } from './archive-statistics';

interface ArticleRow {
  seq: string;
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
  byline: string | null;
  text: string;
  place_ids: string[];
  place_counts: number[];
  place_first_starts: number[];
  place_first_ends: number[];
}

interface FigureRow {
  article_seq: string;
  text: string;
  kind: ClaimKind;
  value: number;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
  bound: ClaimBound;
  as_of: string | null;
  start_at: number;
  end_at: number;
  sentence_start: number;
  sentence_end: number;
  subject_places: Claim['subject']['places'];
  subject_terms: string[];
  measure: string;
  event: string | null;
  nature: FigureNature;
  period: string | null;
  since: string | null;
  holders: string[];
  modifiers: string[];
  recipients: string[];
  of_places: string[];
}

/** The article as the corpus file gave it: fields it did not have stay absent, as in a local corpus. */
function articleOf(row: ArticleRow): CorpusArticle {
  const article: CorpusArticle = { id: row.id, text: row.text };
  for (const field of ['title', 'source', 'url', 'date', 'byline'] as const) {
    const value = row[field];
    if (value !== null) article[field] = value;
  }
  return article;
}

function claimOf(row: FigureRow): Claim {
  return {
    text: row.text,
    start: row.start_at,
    end: row.end_at,
    kind: row.kind,
    value: row.value,
    high: row.high,
    unit: row.unit,
    qualifier: row.qualifier,
    bound: row.bound,
    sentence: { start: row.sentence_start, end: row.sentence_end },
    subject: { places: row.subject_places, terms: row.subject_terms },
    asOf: row.as_of,
    frame: {
      measure: row.measure,
      modifiers: row.modifiers,
      event: row.event,
      holders: row.holders,
      recipients: row.recipients,
      of: row.of_places,
      nature: row.nature,
      period: row.period,
      since: row.since,
    },
  };
}

export async function loadSample(
  client: pg.ClientBase,
  seqs: readonly string[],
  statistics: ArchiveStatistics,
  name: string,
): Promise<{ index: CorpusIndex; texts: MemoryTextStore }> {
  const articles = await client.query<ArticleRow>(
    `SELECT seq, id, title, source, url, date, byline, text, place_ids, place_counts, place_first_starts, place_first_ends
     FROM articles WHERE seq = ANY($1::bigint[]) ORDER BY seq`,
    [seqs],
  );
  const figures = await client.query<FigureRow>(
    'SELECT * FROM figures WHERE article_seq = ANY($1::bigint[]) ORDER BY article_seq, position',
    [seqs],
  );
  const readings = new Map<string, ArticleReading>(
    articles.rows.map((row) => [
      row.id,
      {
        places: row.place_ids.map((placeId, at) => ({
          placeId,
          count: row.place_counts[at]!,
          first: { start: row.place_first_starts[at]!, end: row.place_first_ends[at]! },
        })),
        claims: [],
      },
    ]),
  );
  const idOf = new Map(articles.rows.map((row) => [row.seq, row.id]));
  for (const figure of figures.rows) readings.get(idOf.get(figure.article_seq)!)!.claims.push(claimOf(figure));
  const corpus = articles.rows.map(articleOf);
  const index = CorpusIndex.build({ name, articles: corpus }, undefined, {
    readings: (article) => readings.get(article.id)!,
    statistics,
  });
  return { index, texts: new MemoryTextStore(corpus) };
}

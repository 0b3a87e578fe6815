/**
 * One batch of read articles into the archive, all or nothing: an ingest killed mid-batch leaves
 * nothing of that batch, and its rerun stores it whole. Articles whose id the archive holds are
 * skipped (that is how a rerun adds nothing twice); one whose text the archive holds under another
 * id is refused, as the options page refuses a text twice. The archive's counts (articles, terms,
 * places) grow in the same transaction, by the articles actually stored, so they never drift.
 */
import type pg from 'pg';
import { writeTransaction } from '../db/database';
import { insertRows } from '../db/insert-rows';
import type { Claim } from '../../utils/core/types';
import type { Rejection } from './check-records';
import { figuresJson, signatureBytes, type ArchivedArticle } from './read-for-archive';

export interface BatchOutcome {
  stored: number;
  alreadyStored: number;
  rejections: Rejection[];
}

const CASTS: Record<string, string | undefined> = {
  terms: 'tsvector',
  month: 'date',
  figures: 'json',
};
const ARTICLE_COLUMNS = [
  'seq',
  'month',
  'id',
  'title',
  'source',
  'url',
  'date',
  'byline',
  'text',
  'terms',
  'term_count',
  'place_ids',
  'place_counts',
  'place_first_starts',
  'place_first_ends',
  'lead',
  'signature',
  'term_hashes',
  'figures',
].map((name) => ({ name, cast: CASTS[name] }));

/** The keys an index's claim postings would file a figure under: its kind and measure, about each of its places or any. */
export function figureKeys(claim: Claim): string[] {
  if (!claim.frame) return [];
  const prefix = `${claim.kind}:${claim.frame.measure}:`;
  const keys = new Set([`${prefix}*`]);
  for (const place of claim.subject.places) {
    keys.add(prefix + place.id);
    if (place.within) keys.add(prefix + place.within);
  }
  return [...keys];
}

/** Adds `by` to each key's count; keys in order, so that two ingests lock rows in one order and never deadlock. */
async function addCounts(client: pg.ClientBase, table: string, key: string, counts: Map<string, number>) {
  if (counts.size === 0) return;
  const keys = [...counts.keys()].sort();
  await client.query(
    `INSERT INTO ${table} (${key}, articles) SELECT * FROM unnest($1::text[], $2::integer[]) ORDER BY 1
     ON CONFLICT (${key}) DO UPDATE SET articles = ${table}.articles + EXCLUDED.articles`,
    [keys, keys.map((one) => counts.get(one)!)],
  );
}

export function storeBatch(pool: pg.Pool, batch: readonly ArchivedArticle[]): Promise<BatchOutcome> {
  return writeTransaction(pool, async (client) => {
    const outcome: BatchOutcome = { stored: 0, alreadyStored: 0, rejections: [] };
    if (batch.length === 0) return outcome;
    const registered = await client.query<{ id: string; seq: string }>(
      `INSERT INTO article_keys (id, text_hash, month)
       SELECT id, text_hash, month FROM unnest($1::text[], $2::bytea[], $3::date[]) WITH ORDINALITY AS b(id, text_hash, month, n)
       ORDER BY n
       ON CONFLICT DO NOTHING
       RETURNING id, seq`,
      [batch.map((one) => one.article.id), batch.map((one) => one.textHash), batch.map((one) => one.month)],
    );
    const seqs = new Map(registered.rows.map((row) => [row.id, row.seq]));
    const fresh = batch.filter((one) => seqs.has(one.article.id));
    await explainSkipped(
      client,
      batch.filter((one) => !seqs.has(one.article.id)),
      outcome,
    );
    if (fresh.length === 0) return outcome;

    await insertRows(
      client,
      'articles',
      ARTICLE_COLUMNS,
      fresh.map(({ article, month, tsvector, termCount, reading, words }) => [
        seqs.get(article.id),
        month,
        article.id,
        article.title ?? null,
        article.source ?? null,
        article.url ?? null,
        article.date ?? null,
        article.byline ?? null,
        article.text,
        tsvector,
        termCount,
        reading.places.map((place) => place.placeId),
        reading.places.map((place) => place.count),
        reading.places.map((place) => place.first.start),
        reading.places.map((place) => place.first.end),
        words.lead,
        signatureBytes(words.signature),
        words.packedCounts,
        figuresJson(reading.claims),
      ]),
    );
    const postings = fresh.flatMap(({ article, reading }) =>
      [...new Set(reading.claims.flatMap(figureKeys))].map((key) => [key, seqs.get(article.id)]),
    );
    await insertRows(client, 'figure_postings', [{ name: 'key' }, { name: 'article_seq' }], postings);
    const mentions = fresh.flatMap(({ article, reading }) =>
      reading.places.map((place) => [place.placeId, seqs.get(article.id), place.count, article.date ?? '']),
    );
    await insertRows(
      client,
      'article_places',
      ['place_id', 'article_seq', 'mentions', 'date_key'].map((name) => ({ name })),
      mentions,
    );

    const termCounts = new Map<string, number>();
    const placeCounts = new Map<string, number>();
    for (const { distinctTerms, reading } of fresh) {
      for (const term of distinctTerms) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      for (const { placeId } of reading.places) placeCounts.set(placeId, (placeCounts.get(placeId) ?? 0) + 1);
    }
    await addCounts(client, 'term_frequencies', 'term', termCounts);
    await addCounts(client, 'place_frequencies', 'place_id', placeCounts);
    await client.query('UPDATE archive_totals SET articles = articles + $1, terms = terms + $2', [
      fresh.length,
      fresh.reduce((sum, one) => sum + one.termCount, 0),
    ]);
    outcome.stored = fresh.length;
    return outcome;
  });
}

/** Of the articles not registered: those whose id the archive holds were stored before; the others repeat a stored text. */
async function explainSkipped(client: pg.ClientBase, skipped: readonly ArchivedArticle[], outcome: BatchOutcome) {
  if (skipped.length === 0) return;
  const { rows } = await client.query<{ id: string }>('SELECT id FROM article_keys WHERE id = ANY($1::text[])', [
    skipped.map((one) => one.article.id),
  ]);
  const held = new Set(rows.map((row) => row.id));
  const twins = await client.query<{ id: string; text_hash: Buffer }>(
    'SELECT id, text_hash FROM article_keys WHERE text_hash = ANY($1::bytea[])',
    [skipped.filter((one) => !held.has(one.article.id)).map((one) => one.textHash)],
  );
  const twinOf = new Map(twins.rows.map((row) => [row.text_hash.toString('base64'), row.id]));
  for (const one of skipped) {
    if (held.has(one.article.id)) outcome.alreadyStored++;
    else {
      const twin = twinOf.get(one.textHash.toString('base64')) ?? 'another';
      outcome.rejections.push({
        where: one.where,
        reason: `duplicate of archived article "${twin.slice(0, 60)}" (same text)`,
      });
    }
  }
}

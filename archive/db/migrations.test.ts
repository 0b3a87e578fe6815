import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { madeUpArticles } from '../../tests/support/archive-articles';
import { hasPostgres } from '../../tests/support/postgres';
import { annotate } from '../../utils/core/annotate';
import { checkConsistency } from '../../utils/core/check-consistency';
import { CorpusIndex, readWords } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { MemoryTextStore } from '../../utils/core/text-store';
import type { Claim, CorpusArticle } from '../../utils/core/types';
import { freePort, LocalCluster, postgresBinaries } from '../cluster/local-cluster';
import { Partitions } from '../ingest/partitions';
import { archiveReading, figuresJson, signatureBytes } from '../ingest/read-for-archive';
import { figureKeys } from '../ingest/store-batch';
import { ArchiveAnswers } from '../query/answer';
import { createPool } from './database';
import { insertRows } from './insert-rows';
import { migrate, migrations } from './migrate';

const ready = hasPostgres('the archive’s migrations of an archive stored with an earlier schema');

/** The last version before figures were kept on their articles: what archives made until then hold. */
const EARLIER = 3;

const column = (name: string, cast?: string) => ({ name, cast });

/** A figure's row in the figures table, as the ingest wrote it until figures were kept with their article. */
const EARLIER_FIGURE_COLUMNS = [
  ...['article_seq', 'position', 'text', 'kind', 'value', 'high', 'unit', 'qualifier', 'bound', 'as_of'],
  ...['start_at', 'end_at', 'sentence_start', 'sentence_end', 'subject_places', 'subject_terms', 'measure'],
  ...['event', 'nature', 'period', 'since', 'holders', 'modifiers', 'recipients', 'of_places'],
].map((name) => column(name, name === 'subject_places' ? 'jsonb' : undefined));

function earlierFigureRow(seq: string, position: number, claim: Claim): unknown[] {
  const frame = claim.frame!;
  return [
    ...[seq, position, claim.text, claim.kind, claim.value, claim.high, claim.unit, claim.qualifier, claim.bound],
    ...[claim.asOf, claim.start, claim.end, claim.sentence.start, claim.sentence.end],
    ...[JSON.stringify(claim.subject.places), claim.subject.terms, frame.measure, frame.event, frame.nature],
    ...[frame.period, frame.since, frame.holders, frame.modifiers, frame.recipients, frame.of],
  ];
}

/** Term counts as the ingest stored them until they were packed: `[[term, ...], [count, ...]]`. */
function termCountsJson(article: CorpusArticle): string {
  const { counts } = readWords(article);
  return JSON.stringify([[...counts.keys()], [...counts.values()]]);
}

/** Articles stored as the archive stored them at EARLIER: each figure a row of the figures table. */
async function storeAsEarlier(pool: pg.Pool, articles: readonly CorpusArticle[], finder: PlaceFinder) {
  const read = articles.map((article) => ({ article, ...archiveReading(article, finder) }));
  await new Partitions().ensure(
    pool,
    read.map((one) => one.month),
  );
  const client = await pool.connect();
  try {
    const terms = new Map<string, number>();
    const places = new Map<string, number>();
    for (const { article, month, tsvector, termCount, distinctTerms, reading, words } of read) {
      const textHash = createHash('sha256').update(article.text).digest();
      const { rows } = await client.query<{ seq: string }>(
        'INSERT INTO article_keys (id, text_hash, month) VALUES ($1, $2, $3) RETURNING seq',
        [article.id, textHash, month],
      );
      const seq = rows[0]!.seq;
      await insertRows(
        client,
        'articles',
        [
          ...['seq', 'month', 'id', 'title', 'source', 'url', 'date', 'byline', 'text'].map((name) => column(name)),
          column('terms', 'tsvector'),
          ...[
            'term_count',
            'place_ids',
            'place_counts',
            'place_first_starts',
            'place_first_ends',
            'lead',
            'signature',
          ].map((name) => column(name)),
          column('term_counts', 'json'),
        ],
        [
          [
            seq,
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
            termCountsJson(article),
          ],
        ],
      );
      await insertRows(
        client,
        'figures',
        EARLIER_FIGURE_COLUMNS,
        reading.claims.flatMap((claim, position) => (claim.frame ? [earlierFigureRow(seq, position, claim)] : [])),
      );
      await insertRows(
        client,
        'figure_postings',
        [column('key'), column('article_seq')],
        [...new Set(reading.claims.flatMap(figureKeys))].map((key) => [key, seq]),
      );
      await insertRows(
        client,
        'article_places',
        ['place_id', 'article_seq', 'mentions', 'date_key'].map((name) => column(name)),
        reading.places.map((place) => [place.placeId, seq, place.count, article.date ?? '']),
      );
      for (const term of distinctTerms) terms.set(term, (terms.get(term) ?? 0) + 1);
      for (const { placeId } of reading.places) places.set(placeId, (places.get(placeId) ?? 0) + 1);
    }
    await client.query('INSERT INTO term_frequencies SELECT * FROM unnest($1::text[], $2::integer[])', [
      [...terms.keys()],
      [...terms.values()],
    ]);
    await client.query('INSERT INTO place_frequencies SELECT * FROM unnest($1::text[], $2::integer[])', [
      [...places.keys()],
      [...places.values()],
    ]);
    await client.query('UPDATE archive_totals SET articles = $1, terms = $2', [
      read.length,
      read.reduce((sum, one) => sum + one.termCount, 0),
    ]);
  } finally {
    client.release();
  }
  return read;
}

/**
 * An archive made before a migration holds rows in the earlier form: migrating converts them, and
 * it then answers exactly as an archive made since, and as the local corpus.
 */
describe.skipIf(!ready)('an archive stored with an earlier schema, migrated', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sidenote-pg-'));
  let cluster: LocalCluster;
  let pool: pg.Pool;
  const finder = new PlaceFinder(loadGazetteer());
  const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
  // Terms outside ASCII, whose hashes the migration must take of their UTF-8; an article with no terms.
  const unusual: CorpusArticle[] = [
    {
      id: 'not-in-latin-letters',
      date: '2023-05-02',
      text: 'Шахтарі Донецька вийшли на роботу. Στην Αθήνα η Straße blieb gesperrt, naïve café.',
    },
    { id: 'no-terms', date: '2023-05-03', text: '— 12, 34 —' },
  ];
  const corpus = { name: 'seeds and more', articles: [...seeds.articles, ...madeUpArticles(20), ...unusual] };
  /** Stored before its words were kept: its counts stay absent, and answers read its text. */
  const withoutWords = seeds.articles[1]!.id;
  const local = CorpusIndex.build(corpus, finder);
  const texts = new MemoryTextStore(corpus.articles);
  let read: Awaited<ReturnType<typeof storeAsEarlier>>;
  let applied: number[];

  beforeAll(async () => {
    cluster = new LocalCluster(folder, await freePort(), postgresBinaries()!);
    await cluster.init({ throwaway: true });
    await cluster.start();
    await cluster.createDatabase('archive');
    pool = createPool(cluster.connection('archive'));
    expect(await migrate(pool, EARLIER)).toEqual([1, 2, 3]);
    read = await storeAsEarlier(pool, corpus.articles, finder);
    await pool.query('UPDATE articles SET lead = NULL, signature = NULL, term_counts = NULL WHERE id = $1', [
      withoutWords,
    ]);
    applied = await migrate(pool);
  }, 60_000);
  afterAll(async () => {
    await pool?.end().catch(() => undefined);
    await cluster?.stop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies every later migration, once', async () => {
    const later = migrations()
      .map((migration) => migration.version)
      .filter((version) => version > EARLIER);
    expect(later.length).toBeGreaterThan(0);
    expect(applied).toEqual(later);
    expect(await migrate(pool)).toEqual([]);
  });

  it('keeps each article’s figures, as one JSON value in the form an ingest now stores, less what frames read since', async () => {
    const { rows } = await pool.query<{ id: string; figures: Claim[] }>('SELECT id, figures FROM articles');
    expect(read.some(({ reading }) => reading.claims.length > 1)).toBe(true);
    // The figures table had no column for a figure told as new or as lately done, for who says it is
    // so, for the day its sentence names, nor for a time before the war: such rows read as not new,
    // said by no one, of no day and of their article's time until re-imported.
    const withoutFresh = (claims: Claim[]) =>
      claims.map(({ frame, ...claim }) => {
        if (!frame) return { ...claim, frame };
        const {
          fresh: _fresh,
          recent: _recent,
          claimants: _claimants,
          day: _day,
          earlier: _beforeTheWar,
          ...kept
        } = frame;
        return { ...claim, frame: kept };
      });
    for (const { article, reading } of read)
      expect(rows.find((one) => one.id === article.id)!.figures).toEqual(
        withoutFresh(JSON.parse(figuresJson(reading.claims)) as Claim[]),
      );
    const { rows: tables } = await pool.query("SELECT to_regclass('figures') AS figures");
    expect(tables).toEqual([{ figures: null }]);
  });

  it('packs each article’s term counts, stored as JSON, as an ingest now packs them', async () => {
    const { rows } = await pool.query<{ id: string; term_hashes: Buffer | null }>(
      'SELECT id, term_hashes FROM articles',
    );
    expect(rows).toHaveLength(read.length);
    for (const { article, words } of read) {
      const stored = rows.find((one) => one.id === article.id)!.term_hashes;
      if (article.id === withoutWords) expect(stored).toBeNull();
      else expect(new Uint8Array(stored!)).toEqual(new Uint8Array(words.packedCounts));
    }
    expect(read.find(({ article }) => article.id === 'no-terms')!.words.packedCounts).toHaveLength(0);
    const { rows: columns } = await pool.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'term_counts'",
    );
    expect(columns).toEqual([]);
  });

  it('packs terms by their UTF-8 in a database of another encoding too', async () => {
    const admin = new pg.Client(cluster.connection('postgres'));
    await admin.connect();
    await admin.query("CREATE DATABASE cyrillic ENCODING 'WIN1251' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
    await admin.end();
    const other = createPool(cluster.connection('cyrillic'));
    try {
      await migrate(other, EARLIER);
      const article = { id: 'cyrillic', date: '2023-05-02', text: 'Шахтарі Донецька вийшли на роботу в понеділок.' };
      const [stored] = await storeAsEarlier(other, [article], finder);
      await migrate(other);
      const { rows } = await other.query<{ term_hashes: Buffer }>('SELECT term_hashes FROM articles');
      expect(stored!.words.packedCounts.length).toBeGreaterThan(0);
      expect(new Uint8Array(rows[0]!.term_hashes)).toEqual(new Uint8Array(stored!.words.packedCounts));
    } finally {
      await other.end();
    }
  });

  const withoutTimings = <T extends { timings: unknown }>({ timings: _timings, ...rest }: T) => rest;

  it.each(seeds.articles.map((article) => [article.id.slice(0, 3), article] as const))(
    'answers for seed %s as the local corpus does',
    async (_id, article) => {
      const answers = new ArchiveAnswers(pool, finder, corpus.name);
      const page = { text: article.text, title: article.title ?? null, publishedTime: article.date ?? null };
      const annotation = await answers.annotate(page);
      expect(annotation.related.length + (annotation.sameArticle ? 1 : 0)).toBeGreaterThan(0);
      expect(withoutTimings(annotation)).toEqual(withoutTimings(await annotate(page, local, texts, finder)));
      const consistency = await answers.checkFigures(page);
      expect(withoutTimings(consistency)).toEqual(withoutTimings(await checkConsistency(page, local, texts, finder)));
    },
  );
});

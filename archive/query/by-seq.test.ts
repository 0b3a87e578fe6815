import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { asJsonLines, madeUpArticles } from '../../tests/support/archive-articles';
import { hasPostgres, startTestArchive, type TestArchive } from '../../tests/support/postgres';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { ingest } from '../ingest/ingest';
import { readLines } from '../ingest/read-lines';
import { articlesBySeq } from './by-seq';

const ready = hasPostgres('the archive’s reading of articles by seq');

describe.skipIf(!ready)('articles read by seq, month by month', () => {
  let archive: TestArchive;
  // Twelve months, and one article in seven undated (kept in the undated partition).
  const articles = madeUpArticles(21);

  beforeAll(async () => {
    archive = await startTestArchive();
    const lines = readLines(Readable.from([asJsonLines(articles)]), 1_000_000);
    await ingest(archive.pool, lines, { name: 'made-up.jsonl', finder: new PlaceFinder(loadGazetteer()) });
  }, 60_000);
  afterAll(() => archive?.stop());

  it('gives every article asked for, dated or not, once and in seq order, and nothing for an unknown seq', async () => {
    const { rows } = await archive.pool.query<{ seq: string; id: string }>('SELECT seq, id FROM articles');
    expect(rows.some((row) => articles.find((article) => article.id === row.id)?.date === undefined)).toBe(true);
    const asked = [...rows.map((row) => row.seq)].reverse();
    const client = await archive.pool.connect();
    try {
      const found = await articlesBySeq<{ seq: string; id: string }>(client, 'seq, id', [...asked, '999999']);
      expect(found.map((row) => row.seq)).toEqual([...asked].sort((a, b) => Number(a) - Number(b)));
      expect(new Set(found.map((row) => row.id))).toEqual(new Set(rows.map((row) => row.id)));
      expect(await articlesBySeq(client, 'seq, id', [])).toEqual([]);
      expect(await articlesBySeq(client, 'seq, id', ['999999'])).toEqual([]);
    } finally {
      client.release();
    }
  });
});

import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { asJsonLines, madeUpArticles } from '../../tests/support/archive-articles';
import { archiveState, hasPostgres, startTestArchive, type TestArchive } from '../../tests/support/postgres';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { IngestRefused } from './check-records';
import { ingest } from './ingest';
import { readLines } from './read-lines';

const ready = hasPostgres('the archive’s ingest tests');

describe.skipIf(!ready)('an ingest into the archive', () => {
  let archive: TestArchive;
  const finder = new PlaceFinder(loadGazetteer());
  beforeAll(async () => {
    archive = await startTestArchive();
  }, 60_000);
  afterAll(() => archive?.stop());

  const run = (content: string, name = 'feed.jsonl') =>
    ingest(archive.pool, readLines(Readable.from([content]), 100_000), { name, finder, batchSize: 10 });
  const storedIds = async () =>
    (await archive.pool.query<{ id: string }>('SELECT id FROM articles ORDER BY seq')).rows.map((row) => row.id);

  const good = madeUpArticles(25);
  const long = good[0]!.text;
  // Good records with bad ones among them, the duplicates in later batches than what they repeat.
  const lines = [
    ...good.slice(0, 12).map((article) => JSON.stringify(article)),
    'not json {',
    JSON.stringify({ id: 'short', text: 'Too short to be an article.' }),
    JSON.stringify({ id: 'bad-date', text: long.replace('Tuesday', 'Monday'), date: 'yesterday' }),
    JSON.stringify({ id: 'made-up-3', text: long.replace('Tuesday', 'Friday') }),
    JSON.stringify({ id: 'copy-of-5', text: `  ${good[5]!.text.toUpperCase()}  ` }),
    JSON.stringify({ text: long.replace('Tuesday', 'Sunday') }),
    ...good.slice(12).map((article) => JSON.stringify(article)),
  ].join('\n');

  it('stores every good record once, names each bad one by its line, and stores none of them', async () => {
    const summary = await run(lines);
    expect(summary).toMatchObject({ lines: 31, stored: 26, alreadyStored: 0, rejected: 5 });
    expect(summary.rejections.map(({ where, reason }) => `${where}: ${reason}`)).toEqual([
      'line 13: not JSON',
      'line 14: text too short (27 characters; at least 200)',
      'line 15: bad date "yesterday"',
      'line 16: duplicate id "made-up-3" (of feed.jsonl line 4)',
      'line 17: duplicate of feed.jsonl line 6 (same text)',
    ]);
    const ids = await storedIds();
    expect(ids).toHaveLength(26);
    for (const refused of ['short', 'bad-date', 'copy-of-5']) expect(ids).not.toContain(refused);
    // Named as the options page names a record without an id: the file, then its place among the records
    // (line 13 is not a record).
    expect(ids).toContain('feed-17');
    expect(await archiveState(archive.pool)).toEqual({
      articles: 26,
      distinctIds: 26,
      counted: { articles: 26, termsOff: 0 },
      termCountsOff: 0,
      placeCountsOff: 0,
    });
  });

  it('adds nothing when the same lines come again, and only what is new when more follow', async () => {
    const again = await run(lines);
    expect(again).toMatchObject({ stored: 0, alreadyStored: 26, rejected: 5 });
    const more = await run(asJsonLines(madeUpArticles(35)));
    expect(more).toMatchObject({ stored: 10, alreadyStored: 25, rejected: 0 });
    const state = await archiveState(archive.pool);
    expect(state).toMatchObject({ articles: 36, distinctIds: 36, termCountsOff: 0, placeCountsOff: 0 });
    expect(state.counted).toEqual({ articles: 36, termsOff: 0 });
  });

  it('refuses a text the archive holds under another id, in a later ingest too', async () => {
    const summary = await run(asJsonLines([{ id: 'copy-of-7', text: good[7]!.text }]), 'later.jsonl');
    expect(summary.rejections).toEqual([
      { where: 'line 1', reason: 'duplicate of archived article "made-up-7" (same text)' },
    ]);
    expect(await storedIds()).not.toContain('copy-of-7');
  });

  it('files articles in monthly partitions, the undated apart, and keeps the places and figures the core read', async () => {
    const { rows } = await archive.pool.query<{ partition: string; articles: string }>(
      `SELECT tableoid::regclass::text AS partition, count(*) AS articles FROM articles GROUP BY 1 ORDER BY 1`,
    );
    const byPartition = Object.fromEntries(rows.map((row) => [row.partition, Number(row.articles)]));
    const expected: Record<string, number> = {};
    for (const article of [...madeUpArticles(35), { date: undefined }]) {
      const partition = article.date
        ? `articles_y${article.date.slice(0, 4)}m${article.date.slice(5, 7)}`
        : 'articles_undated';
      expected[partition] = (expected[partition] ?? 0) + 1;
    }
    expect(byPartition).toEqual(expected);
    const kharkiv = await archive.pool.query(
      `SELECT a.id, f.figure ->> 'kind' AS kind, (f.figure ->> 'value')::float8 AS value
       FROM articles a CROSS JOIN json_array_elements(a.figures) WITH ORDINALITY AS f(figure, position)
       WHERE a.id = 'made-up-0' AND '706483' = ANY (a.place_ids) ORDER BY f.position`,
    );
    expect(kharkiv.rows).toEqual([
      { id: 'made-up-0', kind: 'count', value: 200 },
      { id: 'made-up-0', kind: 'percent', value: 10 },
    ]);
  });

  it('refuses a stream whose records have no field that holds the text, storing nothing', async () => {
    const before = await archiveState(archive.pool);
    await expect(run(asJsonLines([{ headline: 'Kharkiv', story_text: long }]), 'odd.jsonl')).rejects.toThrow(
      IngestRefused,
    );
    expect(await archiveState(archive.pool)).toEqual(before);
  });
});

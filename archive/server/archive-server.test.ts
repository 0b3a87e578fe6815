import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { asJsonLines, madeUpArticles } from '../../tests/support/archive-articles';
import { archiveState, hasPostgres, startTestArchive, type TestArchive } from '../../tests/support/postgres';
import { annotate } from '../../utils/core/annotate';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { MemoryTextStore } from '../../utils/core/text-store';
import { DEFAULT_LIMITS } from '../config';
import { listen } from './listen';
import { addReader, revokeReader } from './readers';

const ready = hasPostgres('the archive server’s tests');

describe.skipIf(!ready)('the archive server', () => {
  let archive: TestArchive;
  let address: string;
  let closers: (() => Promise<void>)[] = [];
  const tokens = { reader: '', ingest: '', revoked: '' };
  const logged: string[] = [];
  const finder = new PlaceFinder(loadGazetteer());
  const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
  const limits = { ...DEFAULT_LIMITS, maxRequestBytes: 256 * 1024, maxIngestBytes: 64 * 1024 };
  const page = { text: seeds.articles[2]!.text, title: seeds.articles[2]!.title ?? null };

  const start = async (serverLimits = limits) => {
    const server = await listen(
      { pool: archive.pool, finder, name: 'seeds', limits: serverLimits, log: (line) => logged.push(line) },
      { host: '127.0.0.1', port: 0 },
    );
    closers.push(server.close);
    return server.address;
  };

  beforeAll(async () => {
    archive = await startTestArchive();
    tokens.reader = await addReader(archive.pool, 'reader');
    tokens.ingest = await addReader(archive.pool, 'librarian', { mayIngest: true });
    tokens.revoked = await addReader(archive.pool, 'former');
    await revokeReader(archive.pool, 'former');
    address = await start();
  }, 60_000);
  afterAll(async () => {
    for (const close of closers) await close();
    closers = [];
    await archive?.stop();
  });

  const send = (path: string, body: string, { token = tokens.reader, type = 'application/json', at = address } = {}) =>
    fetch(`${at}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const ingestLines = (content: string, token = tokens.ingest) =>
    send('/v1/articles?name=feed', content, { token, type: 'application/x-ndjson' });

  it('adds articles streamed as JSON Lines, naming each line it refuses and storing none of those', async () => {
    const lines = `${asJsonLines(seeds.articles)}{"id": "short", "text": "Too short."}\n{"id": "broken"\n`;
    const response = await ingestLines(lines);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      stored: 5,
      rejected: 2,
      rejections: [
        { where: 'line 6', reason: 'text too short (10 characters; at least 200)' },
        { where: 'line 7', reason: 'not JSON' },
      ],
    });
    expect(await archiveState(archive.pool)).toMatchObject({ articles: 5, termCountsOff: 0, placeCountsOff: 0 });
  });

  it('answers POST /v1/annotate and /v1/figures with the background’s reply shapes, as the local corpus would', async () => {
    const response = await send('/v1/annotate', JSON.stringify({ article: page }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const { ok, annotation } = await response.json();
    const index = CorpusIndex.build(seeds, finder);
    const local = await annotate(page, index, new MemoryTextStore(seeds.articles), finder);
    const { timings: _timings, ...expected } = JSON.parse(JSON.stringify(local));
    const { timings, ...received } = annotation;
    expect(ok).toBe(true);
    expect(received).toEqual(expected);
    expect(timings.archive).toBeGreaterThan(0);
    const figures = await send('/v1/figures', JSON.stringify({ article: page }));
    const body = await figures.json();
    expect(body).toMatchObject({ ok: true, consistency: { checkedCharacters: page.text.length } });
    expect(body.consistency.notes.length).toBeGreaterThan(0);
    const health = await fetch(`${address}/v1/health`);
    expect(await health.json()).toEqual({ ok: true, articles: 5 });
  });

  const refusals: [string, () => Promise<Response>, number, RegExp][] = [
    ['no token', () => send('/v1/annotate', JSON.stringify({ article: page }), { token: '' }), 401, /reader token/],
    ['an unknown token', () => send('/v1/annotate', '{}', { token: `snt_${'A'.repeat(43)}` }), 401, /not a reader/],
    ['a revoked token', () => send('/v1/annotate', '{}', { token: tokens.revoked }), 401, /revoked/],
    ['malformed JSON', () => send('/v1/annotate', '{"article": {"text": '), 400, /not valid JSON/],
    ['an article without text', () => send('/v1/figures', '{"article": {"title": "x"}}'), 400, /^article\.text: /],
    ['text/plain', () => send('/v1/annotate', 'Kharkiv', { type: 'text/plain' }), 415, /application\/json/],
    [
      'an oversized body',
      () => send('/v1/annotate', JSON.stringify({ article: { text: 'x'.repeat(300_000) } })),
      413,
      /over 0\.3 MiB/,
    ],
    ['an unknown route', () => send('/v1/translate', '{}'), 404, /no such route/],
    ['GET on /v1/annotate', () => fetch(`${address}/v1/annotate`), 405, /takes POST/],
    [
      'an ingest with a reader’s token',
      () => ingestLines(asJsonLines(madeUpArticles(3)), tokens.reader),
      403,
      /not add/,
    ],
    ['an ingest without a token', () => ingestLines(asJsonLines(madeUpArticles(3)), ''), 401, /reader token/],
    ['an oversized ingest', () => ingestLines(asJsonLines(madeUpArticles(200))), 413, /over 0\.1 MiB/],
    [
      'an ingest as JSON',
      () => send('/v1/articles', asJsonLines(madeUpArticles(3)), { token: tokens.ingest }),
      415,
      /x-ndjson/,
    ],
    ['an ingest without a text field', () => ingestLines('{"id": "x", "story_text": "Kharkiv"}\n'), 400, /no field/],
  ];

  it.each(refusals)(
    'refuses %s clearly, with its status and a JSON error, storing nothing',
    async (_what, request, status, message) => {
      const before = await archiveState(archive.pool);
      const response = await request();
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body).toEqual({ ok: false, error: expect.stringMatching(message) });
      if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await archiveState(archive.pool)).toEqual(before);
    },
  );

  it('limits each reader’s rate, telling them when to ask again', async () => {
    const tight = await start({ ...limits, readerBurst: 2, readerPerSecond: 0.01 });
    const statuses = [];
    for (let request = 0; request < 3; request++) {
      const response = await send('/v1/figures', JSON.stringify({ article: { text: 'A short page about Kharkiv.' } }), {
        at: tight,
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('logs one line a request, and never the page', () => {
    expect(logged.length).toBeGreaterThan(refusals.length);
    for (const line of logged) {
      expect(line).toMatch(/^(GET|POST) \/v1\/[a-z]+ \d{3} \d+ms \S+$/);
      expect(line).not.toMatch(/Kharkiv|Donetsk|Bakhmut/);
    }
  });
});

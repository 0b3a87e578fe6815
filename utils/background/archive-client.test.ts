import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { gazetteerBytes } from '../../scripts/lib/gazetteer-file';
import { CorpusService } from './corpus-service';
import { CorpusIndex } from '../core/corpus-index';
import { MemoryTextStore } from '../core/text-store';
import { ArchiveClient } from './archive-client';

/**
 * The client against archives that answer well and badly. The archive here is a small server of the
 * test's own that plays each part (a real archive is driven end to end in tests/e2e/archive.spec.ts):
 * what matters is what Sidenote does with what comes back.
 */
const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
const corpus = new CorpusService(
  async () => ({
    key: 'seeds',
    source: {
      loadIndex: async () => CorpusIndex.build({ name: 'seeds', articles: seeds.articles }).toBytes(),
      texts: new MemoryTextStore(seeds.articles),
    },
  }),
  async () => gazetteerBytes(),
);
const page = { text: seeds.articles[1]!.text, title: 'A page' };

type Reply = (request: IncomingMessage, body: string, response: ServerResponse) => void;
let reply: Reply = () => undefined;
const seen: { path: string; authorization: string | undefined; cookie: string | undefined; body: string }[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        cookie: request.headers.cookie,
        body,
      });
      reply(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (timeoutMs?: number) =>
  new ArchiveClient({ origin, host: new URL(origin).host, token: 'snt_reader-token-for-tests' }, timeoutMs);
const json =
  (status: number, value: unknown): Reply =>
  (_request, _body, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(value));
  };

describe('ArchiveClient', () => {
  it('sends the article with the reader’s token to the archive’s API and takes the annotation and notes it returns', async () => {
    const annotation = await corpus.annotate(page);
    const consistency = await corpus.checkFigures(page);
    reply = (request, _body, response) =>
      json(200, request.url === '/v1/annotate' ? { ok: true, annotation } : { ok: true, consistency })(
        request,
        _body,
        response,
      );
    seen.length = 0;
    expect(await client().annotate(page)).toEqual(annotation);
    expect(await client().checkFigures(page)).toEqual(consistency);
    expect(seen.map(({ path }) => path)).toEqual(['/v1/annotate', '/v1/figures']);
    expect(seen[0]!.authorization).toBe('Bearer snt_reader-token-for-tests');
    expect(seen[0]!.cookie).toBeUndefined();
    expect(JSON.parse(seen[0]!.body)).toEqual({ article: page });
  });

  it('reads the figures of an archive that stored them before frames told what is new as not new', async () => {
    const consistency = await corpus.checkFigures(page);
    const framed = consistency.claims.filter((claim) => claim.frame);
    expect(framed.length).toBeGreaterThan(0);
    const earlier = {
      ...consistency,
      claims: consistency.claims.map((claim) => {
        if (!claim.frame) return claim;
        const { fresh: _fresh, ...frame } = claim.frame;
        return { ...claim, frame };
      }),
    };
    reply = json(200, { ok: true, consistency: earlier });
    const read = await client().checkFigures(page);
    expect(read.claims.filter((claim) => claim.frame).map((claim) => claim.frame!.fresh)).toEqual(
      framed.map(() => false),
    );
  });

  it('drops what the archive adds and refuses what would not render as the sidebar expects', async () => {
    const annotation = await corpus.annotate(page);
    reply = json(200, {
      ok: true,
      annotation: { ...annotation, injected: '<script>', corpus: { name: 'x', articles: 1 } },
    });
    const read = await client().annotate(page);
    expect(read).not.toHaveProperty('injected');
    for (const bad of [
      { ok: true, annotation: { ...annotation, related: 'not a list' } },
      { ok: true, annotation: { ...annotation, places: [{ surface: 1 }] } },
      { ok: true, annotation: { ...annotation, article: { ...annotation.article, title: 'x'.repeat(50_000) } } },
      { ok: true },
      'a string',
    ]) {
      reply = json(200, bad);
      await expect(client().annotate(page)).rejects.toThrow(/sent an answer Sidenote cannot read/);
    }
    reply = (_request, _body, response) => response.end('{"ok": tru');
    await expect(client().annotate(page)).rejects.toThrow(/cannot read/);
  });

  it('says clearly when the archive refuses, fails, answers too slowly or sends too much', async () => {
    reply = json(401, { error: 'This reader token has been revoked.' });
    await expect(client().annotate(page)).rejects.toThrow(
      /refused the request \(HTTP 401\): This reader token has been revoked/,
    );
    reply = json(503, { error: 'The archive’s database is not answering.' });
    await expect(client().checkFigures(page)).rejects.toThrow(/HTTP 503/);
    reply = json(200, { ok: false, error: 'no article text' });
    await expect(client().annotate(page)).rejects.toThrow(/could not annotate this page: no article text/);
    reply = () => undefined; // never answers
    await expect(client(300).annotate(page)).rejects.toThrow(/did not answer within 0.3 seconds/);
    reply = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"ok":true,"annotation":"${'x'.repeat(8_000_001)}"}`);
    };
    await expect(client().annotate(page)).rejects.toThrow(/too long an answer/);
    reply = (_request, _body, response) => {
      response.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      response.end();
    };
    await expect(client().annotate(page)).rejects.toThrow(/could not be reached/);
  });

  it('says the archive cannot be reached when nothing listens at its address', async () => {
    const gone = new ArchiveClient({
      origin: 'http://127.0.0.1:9',
      host: '127.0.0.1:9',
      token: 'snt_reader-token-for-tests',
    });
    await expect(gone.annotate(page)).rejects.toThrow(/The shared archive at 127.0.0.1:9 could not be reached/);
  });
});

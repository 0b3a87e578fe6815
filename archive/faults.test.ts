import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../scripts/lib/corpus-folder';
import { loadGazetteer } from '../scripts/lib/gazetteer-file';
import { asJsonLines, madeUpArticles } from '../tests/support/archive-articles';
import { archiveState, hasPostgres, startTestArchive, type TestArchive } from '../tests/support/postgres';
import { PlaceFinder } from '../utils/core/places/find-places';
import { ingest } from './ingest/ingest';
import { readLines } from './ingest/read-lines';
import { listen } from './server/listen';
import { addReader } from './server/readers';

const ready = hasPostgres('the archive’s fault tests');
/** Child processes start slowly on a busy machine, where the whole unit suite runs beside these. */
const FAULT_TIMEOUT_MS = 120_000;
const ROOT = new URL('../', import.meta.url).pathname;

/** A command-line tool of the archive in a process of its own, on the test's database, its output gathered. */
function tool(script: string, args: string[], environment: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', `archive/cli/${script}`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

async function until<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeout = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!ready)('the archive when things fail', () => {
  let archive: TestArchive;
  let folder: string;
  const running: ChildProcess[] = [];
  const finder = new PlaceFinder(loadGazetteer());
  const stored = async () =>
    Number((await archive.pool.query('SELECT articles FROM archive_totals')).rows[0].articles as string);

  beforeAll(async () => {
    archive = await startTestArchive();
    folder = mkdtempSync(join(tmpdir(), 'sidenote-faults-'));
    const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
    await ingest(archive.pool, readLines(Readable.from([asJsonLines(seeds.articles)]), 1_000_000), {
      name: 'seeds',
      finder,
    });
  }, 60_000);
  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
    await archive?.stop();
  });

  it(
    'loses nothing and stores nothing twice when archive:import is killed and run again',
    async () => {
      const file = join(folder, 'feed.jsonl');
      writeFileSync(file, asJsonLines(madeUpArticles(400)));
      const before = await stored();
      const first = tool('import.ts', [file, '--batch-size', '5'], archive.environment);
      running.push(first.child);
      await until(() => (/batch 4 stored/.test(first.output.text) ? true : undefined), 'four batches');
      first.child.kill('SIGKILL');
      await first.exited;
      const partly = (await stored()) - before;
      // Killed between batches or in one: only whole batches are there.
      expect(partly).toBeGreaterThanOrEqual(20);
      expect(partly).toBeLessThan(400);
      expect(partly % 5).toBe(0);

      const again = tool('import.ts', [file, '--batch-size', '50'], archive.environment);
      expect(await again.exited).toBe(0);
      expect(again.output.text).toContain(`${400 - partly} articles stored, ${partly} already stored, 0 rejected`);
      expect(await archiveState(archive.pool)).toEqual({
        articles: before + 400,
        distinctIds: before + 400,
        counted: { articles: before + 400, termsOff: 0 },
        termCountsOff: 0,
        placeCountsOff: 0,
      });
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'loses nothing and stores nothing twice when the server is killed during an ingest and it is sent again',
    async () => {
      const ingester = await addReader(archive.pool, 'feed', { mayIngest: true });
      const body = asJsonLines(madeUpArticles(400, 1000));
      const serve = () => {
        const server = tool('serve.ts', [], {
          ...archive.environment,
          SIDENOTE_ARCHIVE_PORT: '0',
          SIDENOTE_ARCHIVE_BATCH_SIZE: '5',
        });
        running.push(server.child);
        return server;
      };
      const send = (address: string) =>
        fetch(`${address}/v1/articles?name=feed`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ingester}`, 'content-type': 'application/x-ndjson' },
          body,
        });
      const addressOf = (server: ReturnType<typeof serve>) =>
        until(() => /listening on (http:\S+)/.exec(server.output.text)?.[1], 'the server to listen');

      const before = await stored();
      const first = serve();
      const cut = send(await addressOf(first)).catch((error: unknown) => error);
      await until(async () => ((await stored()) >= before + 20 ? true : undefined), 'four batches');
      first.child.kill('SIGKILL');
      await first.exited;
      expect(await cut).toBeInstanceOf(Error);
      const partly = (await stored()) - before;
      expect(partly).toBeLessThan(400);
      expect(partly % 5).toBe(0);

      const second = serve();
      const response = await send(await addressOf(second));
      expect(await response.json()).toMatchObject({
        ok: true,
        stored: 400 - partly,
        alreadyStored: partly,
        rejected: 0,
      });
      second.child.kill('SIGTERM');
      const state = await archiveState(archive.pool);
      expect(state).toMatchObject({
        articles: before + 400,
        distinctIds: before + 400,
        termCountsOff: 0,
        placeCountsOff: 0,
      });
      expect(state.counted).toEqual({ articles: before + 400, termsOff: 0 });
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'fails requests clearly while PostgreSQL restarts, and answers again after, without a restart of its own',
    async () => {
      const token = await addReader(archive.pool, 'reader');
      const { address, close } = await listen(
        { pool: archive.pool, finder, name: 'archive', log: () => undefined },
        { host: '127.0.0.1', port: 0 },
      );
      const page = JSON.stringify({
        article: { text: readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles[2]!.text },
      });
      const seen: { status: number; body: { ok: boolean; error?: string }; retry: string | null }[] = [];
      let keepAsking = true;
      const ask = async () => {
        while (keepAsking) {
          const response = await fetch(`${address}/v1/annotate`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: page,
          });
          seen.push({
            status: response.status,
            body: await response.json(),
            retry: response.headers.get('retry-after'),
          });
        }
      };
      const askers = [ask(), ask()];
      try {
        await until(() => (seen.some((answer) => answer.status === 200) ? true : undefined), 'a first answer');
        await archive.cluster.stop();
        await until(() => (seen.some((answer) => answer.status === 503) ? true : undefined), 'a refusal');
        await archive.cluster.start();
        const refused = seen.length;
        await until(
          () => (seen.slice(refused).some((answer) => answer.status === 200) ? true : undefined),
          'answers again',
        );
      } finally {
        keepAsking = false;
        await Promise.all(askers);
        await close();
      }
      expect(new Set(seen.map((answer) => answer.status))).toEqual(new Set([200, 503]));
      for (const answer of seen.filter(({ status }) => status === 503)) {
        expect(answer.body).toEqual({ ok: false, error: expect.stringMatching(/database is out of reach/) });
        expect(answer.retry).toBe('5');
      }
      expect(seen.at(-1)!.status).toBe(200);
    },
    FAULT_TIMEOUT_MS,
  );
});

import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPostgres, startTestArchive, type TestArchive } from '../../tests/support/postgres';
import { DEFAULT_LIMITS } from '../config';
import { limitsPerProcess, serverProcesses } from './processes';
import { addReader } from './readers';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Each worker loads the gazetteer; on a busy machine, with the rest of the suite beside it, that is slow. */
const TIMEOUT_MS = 120_000;

describe('how many processes serve, and their share of the limits', () => {
  it('reads SIDENOTE_ARCHIVE_PROCESSES, one a core when unset', () => {
    expect(serverProcesses({ SIDENOTE_ARCHIVE_PROCESSES: '3' })).toBe(3);
    expect(serverProcesses({})).toBeGreaterThanOrEqual(1);
    expect(() => serverProcesses({ SIDENOTE_ARCHIVE_PROCESSES: '0' })).toThrow(/at least 1/);
    expect(() => serverProcesses({ SIDENOTE_ARCHIVE_PROCESSES: 'two' })).toThrow(/whole number/);
  });

  it('gives each process its share, so together they let through what one would', () => {
    const halves = limitsPerProcess(DEFAULT_LIMITS, 2);
    expect(halves.readerBurst * 2).toBe(DEFAULT_LIMITS.readerBurst);
    expect(halves.addressPerSecond * 2).toBe(DEFAULT_LIMITS.addressPerSecond);
    expect(halves.maxRequestBytes).toBe(DEFAULT_LIMITS.maxRequestBytes);
    expect(limitsPerProcess(DEFAULT_LIMITS, 1)).toEqual(DEFAULT_LIMITS);
  });
});

describe.skipIf(!hasPostgres('the archive in several processes'))('the archive in several processes', () => {
  let archive: TestArchive;
  let server: ChildProcess;
  let output = '';
  let token: string;

  async function until<T>(check: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${output.slice(-500)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const workers = () => [...output.matchAll(/worker (\d+) listening/g)].map((match) => Number(match[1]));
  // A connection of its own each (no keep-alive): one kept open to the killed worker would be cut with it.
  const annotate = (address: string) =>
    new Promise<{ status: number }>((resolve, reject) => {
      const body = JSON.stringify({
        article: { text: 'Officials in Kharkiv said the city centre was hit. '.repeat(8) },
      });
      const sent = request(
        `${address}/v1/annotate`,
        {
          method: 'POST',
          agent: false,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });

  beforeAll(async () => {
    archive = await startTestArchive();
    token = await addReader(archive.pool, 'reader');
    server = spawn(process.execPath, ['--import', 'tsx', 'archive/cli/serve.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...archive.environment, SIDENOTE_ARCHIVE_PORT: '0', SIDENOTE_ARCHIVE_PROCESSES: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  }, TIMEOUT_MS);

  afterAll(async () => {
    if (server.exitCode === null) server.kill('SIGKILL');
    await archive?.stop();
  });

  it(
    'answers from each worker, survives one killed, and stops them all on SIGTERM',
    async () => {
      const address = await until(() => /listening on (http:\S+)/.exec(output)?.[1], 'the server to listen');
      const [first, second] = await until(() => (workers().length >= 2 ? workers() : undefined), 'two workers');
      // Connections are handed out in turn: four answers reach both workers.
      for (let i = 0; i < 4; i++) expect((await annotate(address)).status).toBe(200);

      process.kill(first!, 'SIGKILL');
      // Once the primary knows (a connection handed to the worker as it died is lost with it), the
      // other worker answers, and the primary starts a third in the killed one's place.
      await until(
        () => (output.includes(`worker ${first} exited (SIGKILL)`) ? true : undefined),
        'the primary to see it',
      );
      for (let i = 0; i < 4; i++) expect((await annotate(address)).status).toBe(200);
      const third = await until(() => workers().find((pid) => pid !== first && pid !== second), 'a new worker');
      for (let i = 0; i < 4; i++) expect((await annotate(address)).status).toBe(200);

      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      // Every worker is gone with the primary: none is left holding the port or the database.
      for (const pid of [second!, third])
        await until(() => {
          try {
            process.kill(pid, 0);
            return undefined;
          } catch {
            return true;
          }
        }, `worker ${pid} to stop`);
    },
    TIMEOUT_MS * 2,
  );
});

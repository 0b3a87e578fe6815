/**
 * The shared archive under load, end to end on this machine:
 *   npm run archive:bench -- --articles N --clients C [--requests R]
 * A private PostgreSQL cluster in a temporary folder, the archive server as its own process (as
 * `archive:serve` runs it), N synthetic articles ingested through POST /v1/articles as a newsroom
 * would send them, then R annotation requests from C concurrent clients. Prints one JSON line and
 * appends a line to scripts/bench/RESULTS.md. The cluster, the server and the folder are removed
 * at the end, on failure and on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { freePort, LocalCluster, postgresBinaries } from '../../archive/cluster/local-cluster';
import { createPool } from '../../archive/db/database';
import { migrate } from '../../archive/db/migrate';
import { addReader } from '../../archive/server/readers';
import {
  megabytes,
  parseBenchArguments,
  resultsLine,
  summariseAnnotations,
  type AnnotationOutcome,
  type ArchiveBenchResult,
} from './archive-bench-report';
import { SyntheticCorpus } from './synthetic-corpus';

/** Requests of the one-client baseline before the concurrent ones (the same pages, so the same work). */
const SERIAL_REQUESTS = 20;
const SERVE = fileURLToPath(new URL('../../archive/cli/serve.ts', import.meta.url));
/**
 * The clients all come from 127.0.0.1 with one token, so the per-address and per-reader rate limits
 * (20 and 1 requests a second) would answer most requests with a 429: they are raised, since this
 * measures what the server can answer, not the limits' policy.
 */
const UNLIMITED = {
  SIDENOTE_ARCHIVE_READER_BURST: '1000000',
  SIDENOTE_ARCHIVE_READER_PER_SECOND: '1000000',
  SIDENOTE_ARCHIVE_ADDRESS_BURST: '1000000',
  SIDENOTE_ARCHIVE_ADDRESS_PER_SECOND: '1000000',
};

const cleanups: (() => Promise<unknown> | void)[] = [];
let cleaning: Promise<void> | null = null;
/** Undoes what was started, newest first; each step runs even when one before it failed. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
  })();
  return cleaning;
}
/** Set on Ctrl-C: whatever the run measures after it is the cleanup, not the archive, and is not reported. */
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    interrupted = true;
    void cleanUp().finally(() => process.exit(130));
  });

/** Starts `archive:serve` on the cluster; resolves with its address once it listens. */
function startServer(environment: Record<string, string>): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
    env: { ...process.env, ...environment, ...UNLIMITED, SIDENOTE_ARCHIVE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(
    () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  );
  return new Promise((resolve, reject) => {
    let seen = '';
    let listening = false;
    // Its one log line a request is read and dropped; only the first line, the address, matters.
    child.stdout!.on('data', (chunk: Buffer) => {
      if (listening) return;
      seen += chunk.toString();
      const address = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
      if (address) {
        listening = true;
        resolve({ child, address });
      }
    });
    child.once('exit', (code) => reject(new Error(`the archive server exited (${code}) before it listened`)));
  });
}

/** One POST /v1/articles of the given lines, streamed as they are made; resolves with the server's summary. */
function postArticles(address: string, token: string, lines: Iterable<string>) {
  return new Promise<{ stored: number; alreadyStored: number; rejected: number }>((resolve, reject) => {
    const sent = request(
      `${address}/v1/articles?name=bench`,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(JSON.parse(body))
            : reject(new Error(`ingest answered ${response.statusCode}: ${body.slice(0, 300)}`)),
        );
      },
    );
    sent.on('error', reject);
    Readable.from(lines).pipe(sent);
  });
}

function* articleLines(corpus: SyntheticCorpus, from: number, to: number) {
  for (let i = from; i < to; i++) yield `${JSON.stringify(corpus.article(i))}\n`;
}

/** R requests shared by C clients, each sending its next one as soon as the last is answered. */
async function annotateUnderLoad(address: string, token: string, pages: object[], clients: number) {
  const outcomes: AnnotationOutcome[] = [];
  let next = 0;
  async function client() {
    while (next < pages.length) {
      const body = JSON.stringify({ article: pages[next++] });
      const started = performance.now();
      try {
        const response = await fetch(`${address}/v1/annotate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        });
        const answer = (await response.json().catch(() => null)) as {
          annotation?: { timings?: { archive?: number } };
        } | null;
        outcomes.push({
          status: response.status,
          ms: performance.now() - started,
          archiveMs: answer?.annotation?.timings?.archive,
        });
      } catch {
        outcomes.push({ status: 0, ms: performance.now() - started });
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  return outcomes;
}

/** Bytes of a partitioned table or index, all its partitions together. */
async function partitionedBytes(pool: pg.Pool, relation: string, total = false): Promise<number> {
  const size = total ? 'pg_total_relation_size' : 'pg_relation_size';
  const { rows } = await pool.query<{ bytes: string }>(
    `SELECT coalesce(sum(${size}(relid)), 0) AS bytes FROM pg_partition_tree($1::regclass)`,
    [relation],
  );
  return Number(rows[0]!.bytes);
}

/**
 * The highest resident memory the server has had (Linux), in MB, its worker processes' added (each
 * its own peak, so an upper bound of their sum); NaN where /proc does not say.
 */
function peakRssMB(pid: number | undefined): number {
  try {
    const peak = (of: string) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${of}/status`, 'utf8'))?.[1]);
    const workers = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
    const kilobytes = [String(pid), ...workers].reduce((sum, one) => sum + peak(one), 0);
    return kilobytes ? megabytes(kilobytes * 1024) : NaN;
  } catch {
    return NaN;
  }
}

async function main(): Promise<void> {
  const settings = parseBenchArguments(process.argv.slice(2));
  const binaries = postgresBinaries();
  if (!binaries) throw new Error('PostgreSQL is not installed (scripts/setup.sh installs it)');
  const folder = mkdtempSync(join(tmpdir(), 'sidenote-bench-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const cluster = new LocalCluster(folder, await freePort(), binaries);
  // Durable settings, as archive:up's cluster: fsync off would flatter the ingest.
  await cluster.init();
  await cluster.start();
  cleanups.push(() => cluster.stop());
  await cluster.createDatabase('archive');
  const connection = cluster.connection('archive');
  const pool = createPool(connection);
  cleanups.push(() => pool.end());
  await migrate(pool);
  const ingestToken = await addReader(pool, 'bench newsroom', { mayIngest: true });
  const readerToken = await addReader(pool, 'bench reader');
  const { child, address } = await startServer({
    PGHOST: connection.host,
    PGPORT: String(connection.port),
    PGUSER: connection.user,
    PGDATABASE: connection.database,
  });

  const corpus = new SyntheticCorpus(settings.articles);
  let stored = 0;
  let rejected = 0;
  const ingestStarted = performance.now();
  for (let from = 0; from < settings.articles; from += settings.ingestChunk) {
    const to = Math.min(settings.articles, from + settings.ingestChunk);
    const summary = await postArticles(address, ingestToken, articleLines(corpus, from, to));
    stored += summary.stored;
    rejected += summary.rejected;
    const seconds = (performance.now() - ingestStarted) / 1000;
    console.error(`ingested ${to} lines: ${stored} stored, ${rejected} refused, ${Math.round(to / seconds)} lines/s`);
  }
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;

  // Pages the archive does not hold: the same generator past the stored articles (one in forty a copy of a stored one).
  const pages = Array.from({ length: settings.requests }, (_, k) => {
    const article = corpus.article(settings.articles + k);
    return { text: article.text, siteName: article.source, publishedTime: article.date, url: null, title: null };
  });
  // The baseline, in the same run: one client alone, so each answer's own time, without waiting behind others.
  const alone = summariseAnnotations(await annotateUnderLoad(address, readerToken, pages.slice(0, SERIAL_REQUESTS), 1));
  const outcomes = await annotateUnderLoad(address, readerToken, pages, settings.clients);
  const annotations = summariseAnnotations(outcomes);
  if (annotations.errors > 0) console.error(`annotation statuses: ${JSON.stringify(annotations.statuses)}`);

  const one = async (sql: string) => (await pool.query<{ value: string }>(sql)).rows[0]!.value;
  const result: ArchiveBenchResult = {
    engine: `postgresql-${(await one("SELECT current_setting('server_version') AS value")).split(/[. ]/)[0]}`,
    articles: settings.articles,
    stored,
    rejected,
    clients: settings.clients,
    requests: settings.requests,
    ingestSeconds: Math.round(ingestSeconds * 10) / 10,
    ingestPerSecond: Math.round(stored / ingestSeconds),
    annotateP50Ms: annotations.annotateP50Ms,
    annotateP95Ms: annotations.annotateP95Ms,
    errors: annotations.errors + alone.errors,
    archiveP50Ms: annotations.archiveP50Ms,
    oneClientP50Ms: alone.annotateP50Ms,
    oneClientP95Ms: alone.annotateP95Ms,
    databaseMB: megabytes(Number(await one('SELECT pg_database_size(current_database()) AS value'))),
    articlesTableMB: megabytes(await partitionedBytes(pool, 'articles', true)),
    termsIndexMB: megabytes(await partitionedBytes(pool, 'articles_terms')),
    placesIndexMB: megabytes(await partitionedBytes(pool, 'articles_places')),
    serverPeakRssMB: peakRssMB(child.pid),
  };
  if (interrupted) return;
  console.log(JSON.stringify(result));
  const date = new Date().toISOString().slice(0, 10);
  appendFileSync(new URL('./RESULTS.md', import.meta.url), `\n${resultsLine(result, date, process.version)}\n`);
}

try {
  await main();
} catch (error) {
  console.error(`archive:bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

/**
 * Where one archive answer's time goes, on this machine:
 *   npx tsx scripts/bench/profile-archive.ts --folder DIR [--articles N] [--pages P] [--rounds R] [--profile FILE]
 * Keeps a PostgreSQL cluster in DIR (made and filled with N synthetic articles on the first run, as
 * archive:bench fills its own, and reused after), then answers P pages past them one after another,
 * in this process: R rounds unprofiled, which give each answer's wall time and processor time (Node's
 * and PostgreSQL's), then one round with a CPU profile of the answers alone (not of the ingest).
 * Prints each part's share: the core's steps by function, and the time spent waiting on PostgreSQL.
 */
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { Session } from 'node:inspector/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { LocalCluster, freePort, postgresBinaries } from '../../archive/cluster/local-cluster';
import { createPool } from '../../archive/db/database';
import { migrate } from '../../archive/db/migrate';
import { ingest } from '../../archive/ingest/ingest';
import { readLines } from '../../archive/ingest/read-lines';
import { readerFor } from '../../archive/ingest/reading-pool';
import { ArchiveAnswers } from '../../archive/query/answer';
import { loadGazetteer } from '../lib/gazetteer-file';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { SyntheticCorpus } from './synthetic-corpus';
import { inclusiveShares, type CpuProfile } from './profile-shares';
import { clusterProcessorMs, nodeProcessorMs } from './archive-processor-time';

const { values } = parseArgs({
  options: {
    folder: { type: 'string' },
    articles: { type: 'string', default: '10000' },
    pages: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '1' },
    profile: { type: 'string' },
  },
});
if (!values.folder) throw new Error('--folder DIR: where the cluster is kept between runs');
const articles = Number(values.articles);
const pages = Number(values.pages);
const rounds = Number(values.rounds);

const binaries = postgresBinaries();
if (!binaries) throw new Error('PostgreSQL is not installed');
const cluster = new LocalCluster(
  values.folder,
  LocalCluster.configuredPort(values.folder) ?? (await freePort()),
  binaries,
);
await cluster.init();
if (!(await cluster.isRunning())) await cluster.start();
await cluster.createDatabase('archive');
const pool = createPool(cluster.connection('archive'));
const finder = new PlaceFinder(loadGazetteer());
const corpus = new SyntheticCorpus(articles);
try {
  await migrate(pool);
  const { rows } = await pool.query<{ articles: string }>('SELECT articles FROM archive_totals');
  if (Number(rows[0]?.articles ?? 0) === 0) {
    const reader = readerFor(finder);
    const lines = Array.from({ length: articles }, (_, i) => `${JSON.stringify(corpus.article(i))}\n`);
    const summary = await ingest(pool, readLines(Readable.from(lines), 4_000_000), { name: 'bench', finder, reader });
    await reader.close();
    await pool.query('VACUUM ANALYZE');
    console.error(`stored ${summary.stored} articles`);
  }
  const answers = new ArchiveAnswers(pool, finder, 'profile');
  const inputs = Array.from({ length: pages }, (_, k) => {
    const article = corpus.article(articles + k);
    return { text: article.text, siteName: article.source, publishedTime: article.date, url: null, title: null };
  });
  // Warm: the first answers compile the core and fill PostgreSQL's buffers.
  for (const input of inputs.slice(0, 5)) await answers.annotate(input);
  // Unprofiled: the profiler's sampling would add to Node's processor time.
  for (let round = 1; round <= rounds; round++) {
    const begun = {
      wall: performance.now(),
      node: nodeProcessorMs(),
      postgres: clusterProcessorMs(cluster.dataFolder),
    };
    for (const input of inputs) await answers.annotate(input);
    const [wall, node, postgres] = [
      performance.now() - begun.wall,
      nodeProcessorMs() - begun.node,
      clusterProcessorMs(cluster.dataFolder) - begun.postgres,
    ].map((ms) => (ms / pages).toFixed(1));
    console.log(
      `round ${round}: ${wall} ms an answer; processor time an answer ${node} ms Node, ${postgres} ms PostgreSQL`,
    );
  }
  // Each statement's time, from sending it to its rows parsed, by its first words.
  const queries = new Map<string, { ms: number; rows: number }>();
  const query = pg.Client.prototype.query as (...args: unknown[]) => Promise<{ rows?: unknown[] }>;
  (pg.Client.prototype as { query: unknown }).query = async function (this: pg.Client, ...args: unknown[]) {
    const sql = String(typeof args[0] === 'string' ? args[0] : '')
      .replace(/\s+/g, ' ')
      .slice(0, 70);
    const begun = performance.now();
    const result = await query.apply(this, args);
    const entry = queries.get(sql) ?? { ms: 0, rows: 0 };
    entry.ms += performance.now() - begun;
    entry.rows += result?.rows?.length ?? 0;
    queries.set(sql, entry);
    return result;
  };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const started = performance.now();
  const parts = new Map<string, number>();
  for (const input of inputs) {
    const annotation = await answers.annotate(input);
    for (const [part, ms] of Object.entries(annotation.timings ?? {}))
      parts.set(part, (parts.get(part) ?? 0) + (ms ?? 0));
  }
  const wall = performance.now() - started;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  if (values.profile) writeFileSync(values.profile, JSON.stringify(profile));
  console.log(`${pages} answers, ${(wall / pages).toFixed(1)} ms an answer`);
  console.log(
    'timings an answer:',
    Object.fromEntries([...parts].map(([part, ms]) => [part, +(ms / pages).toFixed(1)])),
  );
  for (const [sql, { ms, rows }] of [...queries].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `${(ms / pages).toFixed(1).padStart(6)} ms ${String(Math.round(rows / pages)).padStart(6)} rows  ${sql}`,
    );
  for (const { name, ms, share } of inclusiveShares(profile, wall))
    console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${(ms / pages).toFixed(1).padStart(6)} ms  ${name}`);
} finally {
  await pool.end();
  await cluster.stop();
}

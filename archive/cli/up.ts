/**
 * A local archive for a person to try: a PostgreSQL cluster in `.archive/` (made on first use, kept
 * after), its database migrated, the bundled seed articles imported while it is empty, a fresh
 * reader token, and the server. Prints the address and the token; Ctrl-C stops the server and the
 * cluster.
 *   npm run archive:up
 */
import { Readable } from 'node:stream';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { freePort, LocalCluster, postgresBinaries } from '../cluster/local-cluster';
import { serverConfig } from '../config';
import { ingest } from '../ingest/ingest';
import { readLines } from '../ingest/read-lines';
import { addReader } from '../server/readers';
import { listen } from '../server/listen';
import { fail, LOCAL_DATABASE, LOCAL_FOLDER, localCluster, openArchive } from './local-archive';

async function startCluster(): Promise<LocalCluster> {
  const binaries = postgresBinaries();
  if (!binaries) throw new Error('PostgreSQL is not installed: run bash scripts/setup.sh (Debian’s postgresql)');
  const cluster = localCluster() ?? new LocalCluster(LOCAL_FOLDER, await freePort(), binaries);
  await cluster.init();
  if (!(await cluster.isRunning())) await cluster.start();
  await cluster.createDatabase(LOCAL_DATABASE);
  return cluster;
}

async function main(): Promise<void> {
  if (process.env.PGHOST)
    throw new Error('PGHOST is set: archive:up runs its own cluster; use archive:serve for another');
  const config = serverConfig();
  console.error(`archive:up: PostgreSQL in ${LOCAL_FOLDER}`);
  const cluster = await startCluster();
  try {
    await serve(cluster, config);
  } catch (error) {
    // What failed after PostgreSQL started leaves it stopped, as Ctrl-C would.
    await cluster.stop().catch(() => undefined);
    throw error;
  }
}

async function serve(cluster: LocalCluster, config: ReturnType<typeof serverConfig>): Promise<void> {
  const pool = await openArchive((error) => console.error(`archive:up: lost a database connection (${error.message})`));
  const finder = new PlaceFinder(loadGazetteer());

  const { rows } = await pool.query<{ articles: string }>('SELECT articles FROM archive_totals');
  if (Number(rows[0]?.articles ?? 0) === 0) {
    const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
    const lines = readLines(Readable.from(seeds.articles.map((article) => `${JSON.stringify(article)}\n`)), Infinity);
    const { stored } = await ingest(pool, lines, { name: 'seeds', finder });
    console.error(`archive:up: the archive was empty; imported the ${stored} bundled seed articles`);
  }
  const made = new Date().toISOString().slice(0, 19).replace('T', ' ').replaceAll(':', '.');
  const token = await addReader(pool, `archive-up ${made}`, { mayIngest: true });
  const { address, close } = await listen({ pool, finder, name: config.name, limits: config.limits }, config);
  console.log(`The archive answers at ${address}`);
  console.log(`A reader token (it may also add articles): ${token}`);
  console.log(`Try: curl -s -H 'Authorization: Bearer ${token}' -H 'Content-Type: application/json' \\`);
  console.log(
    `       --data '{"article":{"text":"Russian forces shelled Bakhmut in the Donetsk region."}}' ${address}/v1/annotate`,
  );
  console.log('Ctrl-C stops the server and PostgreSQL; the archive stays in .archive/ for next time.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void close()
      .then(() => pool.end())
      .then(() => cluster.stop())
      .catch((error: unknown) => fail('archive:up', error));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main().catch((error: unknown) => fail('archive:up', error));

/**
 * Runs the archive server on the database the environment names (archive/config.ts):
 *   npm run archive:serve
 * Prints "listening on http://HOST:PORT" once it answers; stops cleanly on SIGINT or SIGTERM. It
 * serves in one process a core (SIDENOTE_ARCHIVE_PROCESSES), each a whole server on the same port
 * (archive/server/processes.ts).
 */
import cluster from 'node:cluster';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { serverConfig } from '../config';
import { readerFor } from '../ingest/reading-pool';
import { listen } from '../server/listen';
import { limitsPerProcess, reportListening, runPrimary, serverProcesses } from '../server/processes';
import { fail, openArchive } from './local-archive';

async function serve(processes: number): Promise<void> {
  const config = serverConfig();
  const pool = await openArchive((error) => console.error(`archive: lost a database connection (${error.message})`));
  const finder = new PlaceFinder(loadGazetteer());
  const batchSize = process.env.SIDENOTE_ARCHIVE_BATCH_SIZE
    ? Number(process.env.SIDENOTE_ARCHIVE_BATCH_SIZE)
    : undefined;
  const reader = readerFor(finder);
  const limits = limitsPerProcess(config.limits, processes);
  const { address, close } = await listen({ pool, finder, name: config.name, limits, batchSize, reader }, config);
  if (cluster.isWorker) reportListening(address);
  else console.log(`listening on ${address}`);
  let stopping = false;
  const stop = () => {
    // Ctrl-C reaches a worker twice: from the terminal, and from the primary stopping it.
    if (stopping) return;
    stopping = true;
    void close()
      .then(() => Promise.all([reader.close(), pool.end()]))
      // A worker's channel to the primary would keep it alive.
      .finally(() => cluster.isWorker && process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(): Promise<void> {
  const processes = serverProcesses();
  if (processes > 1 && cluster.isPrimary) {
    // Checked here, once, so that a bad setting is one message rather than one a worker.
    serverConfig();
    await runPrimary(processes, (address) => console.log(`listening on ${address}`));
    return;
  }
  await serve(processes);
}

await main().catch((error: unknown) => fail('archive:serve', error));

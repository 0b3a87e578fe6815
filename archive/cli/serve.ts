/**
 * Runs the archive server on the database the environment names (archive/config.ts):
 *   npm run archive:serve
 * Prints "listening on http://HOST:PORT" once it answers; stops cleanly on SIGINT or SIGTERM.
 */
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { serverConfig } from '../config';
import { readerFor } from '../ingest/reading-pool';
import { listen } from '../server/listen';
import { fail, openArchive } from './local-archive';

async function main(): Promise<void> {
  const config = serverConfig();
  const pool = await openArchive((error) => console.error(`archive: lost a database connection (${error.message})`));
  const finder = new PlaceFinder(loadGazetteer());
  const batchSize = process.env.SIDENOTE_ARCHIVE_BATCH_SIZE
    ? Number(process.env.SIDENOTE_ARCHIVE_BATCH_SIZE)
    : undefined;
  const reader = readerFor(finder);
  const { address, close } = await listen(
    { pool, finder, name: config.name, limits: config.limits, batchSize, reader },
    config,
  );
  console.log(`listening on ${address}`);
  const stop = () => void close().then(() => Promise.all([reader.close(), pool.end()]));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main().catch((error: unknown) => fail('archive:serve', error));

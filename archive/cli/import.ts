/**
 * Imports a JSON Lines file into the archive, batch by batch (archive/ingest/ingest.ts):
 *   npm run archive:import -- FILE [--batch-size N] [--name NAME]
 * FILE may be "-" for stdin. Interrupted, it is simply run again: articles stored before are skipped.
 * Exits 1 when some records were rejected (each is listed with its line); the others are stored.
 */
import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { DEFAULT_LIMITS } from '../config';
import { DEFAULT_BATCH_SIZE, ingest } from '../ingest/ingest';
import { readLines } from '../ingest/read-lines';
import { readerFor } from '../ingest/reading-pool';
import { fail, openArchive } from './local-archive';

const USAGE = 'usage: npm run archive:import -- FILE [--batch-size N] [--name NAME]';
const SHOWN_REJECTIONS = 50;

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'batch-size': { type: 'string' }, name: { type: 'string' } },
    });
  } catch (error) {
    fail('archive:import', `${(error as Error).message}; ${USAGE}`, 2);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) fail('archive:import', USAGE, 2);
  const batchSize = Number(parsed.values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    fail('archive:import', `--batch-size takes a whole number; ${USAGE}`, 2);
  if (file !== '-' && !existsSync(file)) fail('archive:import', `no such file: ${file}`);

  const pool = await openArchive((error) => console.error(`archive:import: lost a connection (${error.message})`));
  const finder = new PlaceFinder(loadGazetteer());
  const reader = readerFor(finder);
  try {
    const source = file === '-' ? process.stdin : createReadStream(file);
    const summary = await ingest(pool, readLines(source, DEFAULT_LIMITS.maxLineCharacters), {
      name: parsed.values.name ?? (file === '-' ? 'stdin' : basename(file)),
      finder,
      reader,
      batchSize,
      onBatch: (progress) =>
        console.error(
          `batch ${progress.batches} stored (up to line ${progress.lines}): ${progress.stored} stored, ${progress.alreadyStored} already stored, ${progress.rejected} rejected`,
        ),
    });
    for (const rejection of summary.rejections.slice(0, SHOWN_REJECTIONS))
      console.log(`${rejection.where}: ${rejection.reason}`);
    if (summary.rejected > SHOWN_REJECTIONS)
      console.log(`... and ${summary.rejected - SHOWN_REJECTIONS} more rejected`);
    console.log(
      `${summary.lines} lines: ${summary.stored} articles stored, ${summary.alreadyStored} already stored, ${summary.rejected} rejected`,
    );
    process.exitCode = summary.rejected > 0 ? 1 : 0;
  } finally {
    await Promise.all([reader.close(), pool.end()]);
  }
}

await main().catch((error: unknown) => fail('archive:import', error));

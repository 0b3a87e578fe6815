/**
 * An ingest: JSON Lines in, articles stored batch by batch. Each batch is checked (check-records.ts),
 * read with the core (read-for-archive.ts, on reading threads: reading-pool.ts) and stored in one
 * transaction (store-batch.ts), so an ingest stopped at any point has stored whole batches only, and
 * running it again over the same lines stores the rest, each article once. Bad records are left out
 * one by one and reported by line, as the options page leaves them out of an import; the good ones
 * are stored.
 *
 * Batches are stored one at a time and in order, but the next batch is read while one is stored, so
 * the reading threads and PostgreSQL work at once.
 */
import type pg from 'pg';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import { RecordChecker, type Rejection } from './check-records';
import { Partitions } from './partitions';
import type { ArchivedArticle } from './read-for-archive';
import { InThreadReader, type ArticleReader } from './reading-pool';
import type { Line } from './read-lines';
import { storeBatch } from './store-batch';

export interface IngestSettings {
  /** Names the ingest, as a file name does (id-less records are named after it). */
  name: string;
  finder: PlaceFinder;
  /** Who reads the articles with the core: the finder on this thread unless given (readerFor). */
  reader?: ArticleReader;
  /** Records a batch: a transaction each. */
  batchSize?: number;
  /** Called after each batch is stored (committed). */
  onBatch?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  batches: number;
  lines: number;
  stored: number;
  alreadyStored: number;
  rejected: number;
}

export interface IngestSummary extends IngestProgress {
  /** The first REJECTIONS_KEPT rejections, by line; `rejected` counts them all. */
  rejections: Rejection[];
}

/**
 * A batch's articles share one update of the term counts, whose terms overlap: at 200 a batch that
 * update took PostgreSQL nearly as long as storing the articles, at 1,000 about a quarter as long an
 * article. The cost is a few megabytes of memory, and up to 1,000 articles read again after an ingest
 * is cut short.
 */
export const DEFAULT_BATCH_SIZE = 1_000;
const REJECTIONS_KEPT = 1_000;

export async function ingest(
  pool: pg.Pool,
  lines: AsyncIterable<Line>,
  settings: IngestSettings,
): Promise<IngestSummary> {
  const batchSize = Math.max(1, settings.batchSize ?? DEFAULT_BATCH_SIZE);
  const checker = new RecordChecker(settings.name);
  const partitions = new Partitions();
  const summary: IngestSummary = { batches: 0, lines: 0, stored: 0, alreadyStored: 0, rejected: 0, rejections: [] };
  const reject = (rejections: readonly Rejection[]) => {
    summary.rejected += rejections.length;
    summary.rejections.push(...rejections.slice(0, REJECTIONS_KEPT - summary.rejections.length));
  };

  const reader = settings.reader ?? new InThreadReader(settings.finder);

  const store = async (lastLine: number, rejections: readonly Rejection[], reading: Promise<ArchivedArticle[]>) => {
    reject(rejections);
    const read = await reading;
    await partitions.ensure(
      pool,
      read.map((one) => one.month),
    );
    const outcome = await storeBatch(pool, read);
    reject(outcome.rejections);
    summary.stored += outcome.stored;
    summary.alreadyStored += outcome.alreadyStored;
    summary.batches++;
    summary.lines = lastLine;
    summary.rejections.sort((a, b) => lineOf(a) - lineOf(b));
    const { rejections: _kept, ...progress } = summary;
    settings.onBatch?.(progress);
  };

  // The batch being stored, while the next one is read (set by flush, so typed here, not narrowed).
  let storing = null as Promise<void> | null;
  const flush = async (batch: Line[]) => {
    const { articles, rejections } = checker.check(batch);
    const reading = reader.read(articles);
    // Its failure is met when this batch's turn to be stored comes, or not at all if an earlier one failed.
    reading.catch(() => undefined);
    if (storing) await storing;
    storing = store(batch[batch.length - 1]!.number, rejections, reading);
    storing.catch(() => undefined);
  };

  let linesRead = 0;
  try {
    let batch: Line[] = [];
    let records = 0;
    for await (const line of lines) {
      linesRead = line.number;
      batch.push(line);
      if (line.text?.trim()) records++;
      if (records >= batchSize) {
        await flush(batch);
        batch = [];
        records = 0;
      }
    }
    if (batch.length > 0) await flush(batch);
    if (storing) await storing;
    summary.lines = linesRead;
  } catch (error) {
    // A stream cut short still has its last batch stored (or failed) before the ingest answers, so
    // what it reports as stored is what is stored.
    await storing?.catch(() => undefined);
    throw error;
  }
  return summary;
}

const lineOf = (rejection: Rejection) => Number(/\d+/.exec(rejection.where)?.[0] ?? 0);

/**
 * An ingest: JSON Lines in, articles stored batch by batch. Each batch is checked (check-records.ts),
 * read with the core (read-for-archive.ts) and stored in one transaction (store-batch.ts), so an
 * ingest stopped at any point has stored whole batches only, and running it again over the same
 * lines stores the rest, each article once. Bad records are left out one by one and reported by line,
 * as the options page leaves them out of an import; the good ones are stored.
 */
import type pg from 'pg';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import { RecordChecker, type Rejection } from './check-records';
import { Partitions } from './partitions';
import { readForArchive } from './read-for-archive';
import type { Line } from './read-lines';
import { storeBatch } from './store-batch';

export interface IngestSettings {
  /** Names the ingest, as a file name does (id-less records are named after it). */
  name: string;
  finder: PlaceFinder;
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

export const DEFAULT_BATCH_SIZE = 200;
const REJECTIONS_KEPT = 1_000;

/** Reading an article with the core takes milliseconds: a server ingesting yields between them, so it keeps answering. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

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

  const flush = async (batch: Line[]) => {
    const { articles, rejections } = checker.check(batch);
    reject(rejections);
    const read = [];
    for (const article of articles) {
      read.push(readForArchive(article, settings.finder));
      await yieldToOthers();
    }
    await partitions.ensure(
      pool,
      read.map((one) => one.month),
    );
    const outcome = await storeBatch(pool, read);
    reject(outcome.rejections);
    summary.stored += outcome.stored;
    summary.alreadyStored += outcome.alreadyStored;
    summary.batches++;
    summary.rejections.sort((a, b) => lineOf(a) - lineOf(b));
    const { rejections: _kept, ...progress } = summary;
    settings.onBatch?.(progress);
  };

  let batch: Line[] = [];
  let records = 0;
  for await (const line of lines) {
    summary.lines = line.number;
    batch.push(line);
    if (line.text?.trim()) records++;
    if (records >= batchSize) {
      await flush(batch);
      batch = [];
      records = 0;
    }
  }
  if (batch.length > 0) await flush(batch);
  return summary;
}

const lineOf = (rejection: Rejection) => Number(/\d+/.exec(rejection.where)?.[0] ?? 0);

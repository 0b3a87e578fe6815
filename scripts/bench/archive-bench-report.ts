/**
 * The shared archive benchmark's arguments and its summary (./bench-archive.ts), apart from the run
 * itself so that both can be tested without PostgreSQL.
 */
import { parseArgs } from 'node:util';
import { percentile } from './stats';

export const USAGE = 'usage: npm run archive:bench -- --articles N --clients C [--requests R] [--ingest-chunk L]';

export interface ArchiveBenchSettings {
  articles: number;
  clients: number;
  /** Annotation requests in all, shared by the clients. */
  requests: number;
  /** Lines a POST /v1/articles carries: a newsroom sends a large backlog in parts, each well under the body limit. */
  ingestChunk: number;
}

export function parseBenchArguments(args: string[]): ArchiveBenchSettings {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string' },
      clients: { type: 'string' },
      requests: { type: 'string', default: '200' },
      'ingest-chunk': { type: 'string', default: '10000' },
    },
  });
  const whole = (name: string, raw: string | undefined) => {
    const value = Number(raw);
    if (raw === undefined || !Number.isInteger(value) || value < 1)
      throw new Error(`--${name} takes a whole number of at least 1; ${USAGE}`);
    return value;
  };
  return {
    articles: whole('articles', values.articles),
    clients: whole('clients', values.clients),
    requests: whole('requests', values.requests),
    ingestChunk: whole('ingest-chunk', values['ingest-chunk']),
  };
}

export interface AnnotationOutcome {
  /** The HTTP status, or 0 when the request failed without one. */
  status: number;
  ms: number;
  /** What the server reports it spent in PostgreSQL and building the candidates' index (`timings.archive`). */
  archiveMs?: number;
}

/** p50 and p95 of the answered requests, and the errors: any status but 2xx, or no answer at all. */
export function summariseAnnotations(outcomes: readonly AnnotationOutcome[]) {
  const answered = outcomes.filter((outcome) => outcome.status >= 200 && outcome.status < 300);
  const statuses: Record<string, number> = {};
  for (const { status } of outcomes) statuses[status || 'failed'] = (statuses[status || 'failed'] ?? 0) + 1;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    annotateP50Ms: round(
      percentile(
        answered.map((outcome) => outcome.ms),
        50,
      ),
    ),
    annotateP95Ms: round(
      percentile(
        answered.map((outcome) => outcome.ms),
        95,
      ),
    ),
    archiveP50Ms: round(
      percentile(
        answered.flatMap((outcome) => outcome.archiveMs ?? []),
        50,
      ),
    ),
    errors: outcomes.length - answered.length,
    statuses,
  };
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
export { megabytes };

export interface ArchiveBenchResult {
  engine: string;
  articles: number;
  stored: number;
  rejected: number;
  clients: number;
  requests: number;
  ingestSeconds: number;
  ingestPerSecond: number;
  annotateP50Ms: number;
  annotateP95Ms: number;
  errors: number;
  /** The server's own time in PostgreSQL and building the candidates' index, p50 under load. */
  archiveP50Ms: number;
  /** The same pages from one client alone: the baseline the concurrent figures compare with. */
  oneClientP50Ms: number;
  oneClientP95Ms: number;
  databaseMB: number;
  articlesTableMB: number;
  termsIndexMB: number;
  placesIndexMB: number;
  serverPeakRssMB: number;
}

/** The line RESULTS.md gets, as the other benchmarks append theirs. */
export function resultsLine(result: ArchiveBenchResult, date: string, node: string): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return [
    `Shared archive on ${result.engine}, ${n(result.articles)} synthetic articles ingested over HTTP, ${result.clients} clients (\`npm run archive:bench\`, ${date}, Node ${node}):`,
    `- ingest ${n(result.ingestPerSecond)} articles/s (${n(result.stored)} stored, ${n(result.rejected)} refused as copies, in ${result.ingestSeconds} s);` +
      ` annotate p50 ${result.annotateP50Ms} ms, p95 ${result.annotateP95Ms} ms over ${n(result.requests)} requests, ${result.errors} errors (one client alone: p50 ${result.oneClientP50Ms} ms, p95 ${result.oneClientP95Ms} ms; in PostgreSQL and the candidates' index, p50 ${result.archiveP50Ms} ms);` +
      ` database ${result.databaseMB} MB (articles ${result.articlesTableMB} MB, terms index ${result.termsIndexMB} MB, places index ${result.placesIndexMB} MB); server peak RSS ${result.serverPeakRssMB} MB.`,
  ].join('\n');
}

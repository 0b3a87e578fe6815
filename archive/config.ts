/**
 * The archive server's settings, from the environment: where it listens, what it calls its corpus,
 * and its limits. PostgreSQL is reached through the usual PG* variables (PGHOST, PGPORT, PGUSER,
 * PGDATABASE, PGPASSWORD), or the local cluster `npm run archive:up` made when none is set.
 */
import { availableParallelism } from 'node:os';
import { MAX_ARTICLE_CHARACTERS } from '../utils/shared/limits';

export interface ServerLimits {
  /** Largest body of an annotate or figures request: an article of MAX_ARTICLE_CHARACTERS, written as JSON. */
  maxRequestBytes: number;
  /** Largest body of one ingest request; a larger file is sent in parts, or imported with archive:import. */
  maxIngestBytes: number;
  /** Longest line of an ingest: an article of the longest text the importer takes, escaped, with its fields. */
  maxLineCharacters: number;
  /** Answers a reader may ask for at once, and then each second. */
  readerBurst: number;
  readerPerSecond: number;
  /** Requests of any kind from one address, authenticated or not, at once and then each second. */
  addressBurst: number;
  addressPerSecond: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  // 2,000,000 characters are up to 6 MB of UTF-8; the rest of the request is small.
  maxRequestBytes: Math.max(8 * 1024 * 1024, MAX_ARTICLE_CHARACTERS * 4),
  maxIngestBytes: 1024 * 1024 * 1024,
  maxLineCharacters: 4_000_000,
  readerBurst: 30,
  readerPerSecond: 1,
  addressBurst: 120,
  addressPerSecond: 20,
};

const LIMIT_VARIABLES: Record<keyof ServerLimits, string> = {
  maxRequestBytes: 'SIDENOTE_ARCHIVE_MAX_REQUEST_BYTES',
  maxIngestBytes: 'SIDENOTE_ARCHIVE_MAX_INGEST_BYTES',
  maxLineCharacters: 'SIDENOTE_ARCHIVE_MAX_LINE_CHARACTERS',
  readerBurst: 'SIDENOTE_ARCHIVE_READER_BURST',
  readerPerSecond: 'SIDENOTE_ARCHIVE_READER_PER_SECOND',
  addressBurst: 'SIDENOTE_ARCHIVE_ADDRESS_BURST',
  addressPerSecond: 'SIDENOTE_ARCHIVE_ADDRESS_PER_SECOND',
};

export interface ServerConfig {
  host: string;
  port: number;
  name: string;
  limits: ServerLimits;
}

function positive(environment: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = environment[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${variable} must be a positive number`);
  return value;
}

export function serverConfig(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as [keyof ServerLimits, string][])
    limits[key] = positive(environment, variable, DEFAULT_LIMITS[key]);
  const port = environment.SIDENOTE_ARCHIVE_PORT ? Number(environment.SIDENOTE_ARCHIVE_PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error('SIDENOTE_ARCHIVE_PORT must be a port number');
  return {
    host: environment.SIDENOTE_ARCHIVE_HOST || '127.0.0.1',
    port,
    name: environment.SIDENOTE_ARCHIVE_NAME || 'Sidenote archive',
    limits,
  };
}

/** A count of threads or processes the environment may set: one a core when it does not. */
export function countPerCore(environment: NodeJS.ProcessEnv, name: string, minimum: number, rule: string): number {
  const setting = environment[name];
  if (setting === undefined || setting === '') return availableParallelism();
  const count = Number(setting);
  if (!Number.isInteger(count) || count < minimum) throw new Error(`${name} takes ${rule}`);
  return count;
}

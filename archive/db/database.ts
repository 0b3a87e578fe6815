/**
 * The connection pool, and how a request or an ingest uses it: a read-only snapshot for an answer
 * (every count and candidate from one moment, however many ingests commit meanwhile), one
 * transaction for each ingested batch.
 */
import pg from 'pg';

export interface DatabaseSettings {
  host?: string;
  port?: number;
  user?: string;
  database?: string;
  password?: string;
  /** Connections at most; each request holds one while it reads. */
  max?: number;
}

/** Longest a statement may run: a stuck query fails the request instead of holding its connection. */
const STATEMENT_TIMEOUT_MS = 30_000;
/** Longest a request waits for a connection, or for PostgreSQL to accept one, before failing with 503. */
const CONNECT_TIMEOUT_MS = 3_000;

/**
 * A pool that survives PostgreSQL going away: connections that break are dropped (the error is
 * reported, not thrown), and the next request opens new ones. Settings left out come from the usual
 * PG* environment variables.
 */
export function createPool(settings: DatabaseSettings = {}, onIdleError?: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({
    ...settings,
    max: settings.max ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  pool.on('error', (error) => onIdleError?.(error));
  // A connection PostgreSQL cuts while a request holds it (a restart between two of its queries)
  // reports the cut on the client, where the pool does not listen: unheard, it would end the process.
  // The request learns of it from its next query, which fails.
  pool.on('connect', (client) => client.on('error', (error) => onIdleError?.(error)));
  return pool;
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
// SQLSTATEs of a server going away or not yet there: shutting down, crashed, starting up; class 08 is the connection's own.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Whether an error means PostgreSQL cannot be reached now (a 503 to retry), not that the request was wrong. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08'))
  )
    return true;
  // node-postgres's own words for a connection cut or never made.
  return /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/.test(
    error.message.slice(0, 80),
  );
}

async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = isUnavailable(error);
    if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    // A connection that failed is not handed to the next request.
    client.release(broken);
  }
}

/** Reads from one snapshot of the archive. */
export const readSnapshot = <T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>) =>
  inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);

/** Writes all or nothing. */
export const writeTransaction = <T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>) =>
  inTransaction(pool, 'BEGIN', work);

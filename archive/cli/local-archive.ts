/**
 * Where the command-line tools find PostgreSQL: the PG* environment variables when PGHOST is set,
 * else the local cluster `npm run archive:up` keeps in `.archive/` at the repository's root.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { LocalCluster, postgresBinaries } from '../cluster/local-cluster';
import { createPool, type DatabaseSettings } from '../db/database';
import { migrate } from '../db/migrate';

export const LOCAL_FOLDER = fileURLToPath(new URL('../../.archive/', import.meta.url)).replace(/\/$/, '');
export const LOCAL_DATABASE = 'archive';

export function localCluster(): LocalCluster | null {
  const port = LocalCluster.configuredPort(LOCAL_FOLDER);
  const binaries = postgresBinaries();
  return port !== null && binaries ? new LocalCluster(LOCAL_FOLDER, port, binaries) : null;
}

export function databaseSettings(): DatabaseSettings {
  if (process.env.PGHOST) return {};
  const local = localCluster();
  if (local && existsSync(local.dataFolder)) return local.connection(LOCAL_DATABASE);
  throw new Error('no archive database: set PGHOST (and PGPORT, PGUSER, PGDATABASE), or run npm run archive:up first');
}

/** A pool on the archive's database, its schema brought up to date. */
export async function openArchive(onIdleError?: (error: Error) => void): Promise<pg.Pool> {
  const pool = createPool(databaseSettings(), onIdleError);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return pool;
}

/** One line on stderr and a non-zero exit, as the other command-line tools fail. */
export function fail(tool: string, error: unknown, code = 1): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${tool}: ${message.split('\n')[0]}`);
  process.exit(code);
}

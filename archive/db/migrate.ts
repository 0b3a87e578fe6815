/**
 * Schema migrations, versioned in the repository: `archive/db/migrations/NNN-name.sql`, applied in
 * order, each once, all those missing in one transaction. An advisory lock lets several servers and
 * imports start at once: one migrates, the others wait and find nothing left to do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

const MIGRATIONS_FOLDER = new URL('./migrations/', import.meta.url);
/** Any fixed number: the lock only has to be the same for every migrator of the database. */
const MIGRATION_LOCK = 7_401_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(MIGRATIONS_FOLDER)
    .flatMap((file) => {
      const match = /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(file);
      return match
        ? [{ version: Number(match[1]), name: match[2]!, sql: readFileSync(new URL(file, MIGRATIONS_FOLDER), 'utf8') }]
        : [];
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies what the database lacks; returns the versions applied. `through` stops at a version: a
 * test makes an archive of an earlier schema with it, to see it migrated.
 */
export async function migrate(pool: pg.Pool, through = Infinity): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // A migration may rewrite every article (minutes for a large archive), and a server starting
    // meanwhile waits for it on the lock: the limit on one statement is for requests, not for these.
    await client.query('SET LOCAL statement_timeout = 0');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const missing = migrations().filter((migration) => !applied.has(migration.version) && migration.version <= through);
    for (const migration of missing) {
      // The repository's own SQL, several statements: sent as one simple query.
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
    return missing.map((migration) => migration.version);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

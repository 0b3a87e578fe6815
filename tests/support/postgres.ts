import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { freePort, LocalCluster, postgresBinaries } from '../../archive/cluster/local-cluster';
import { createPool } from '../../archive/db/database';
import { migrate } from '../../archive/db/migrate';

/**
 * The archive's tests run on a real PostgreSQL: a private cluster each test file starts in a
 * temporary folder and stops after it. Without PostgreSQL's binaries they are skipped, one line
 * saying so; where CI requires them (SIDENOTE_REQUIRE_POSTGRES=1, set by .ci/run), their absence
 * fails the run instead.
 */
export function hasPostgres(what: string): boolean {
  if (postgresBinaries()) return true;
  if (process.env.SIDENOTE_REQUIRE_POSTGRES === '1')
    throw new Error(`PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb), and CI runs ${what} on it`);
  console.warn(`skipped, no PostgreSQL installed (scripts/setup.sh installs it): ${what}`);
  return false;
}

export interface TestArchive {
  cluster: LocalCluster;
  pool: pg.Pool;
  /** The settings a child process gets to reach the same database (PG* variables). */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

/** A fresh cluster with one migrated database, for one test file. */
export async function startTestArchive(): Promise<TestArchive> {
  const folder = mkdtempSync(join(tmpdir(), 'sidenote-pg-'));
  const cluster = new LocalCluster(folder, await freePort(), postgresBinaries()!);
  await cluster.init({ throwaway: true });
  await cluster.start();
  await cluster.createDatabase('archive');
  const connection = cluster.connection('archive');
  const pool = createPool(connection);
  await migrate(pool);
  return {
    cluster,
    pool,
    environment: {
      PGHOST: connection.host,
      PGPORT: String(connection.port),
      PGUSER: connection.user,
      PGDATABASE: connection.database,
    },
    async stop() {
      await pool.end().catch(() => undefined);
      await cluster.stop().catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface ArchiveState {
  articles: number;
  distinctIds: number;
  /** What archive_totals says: its article count, and how far its term count is from the stored articles' (0). */
  counted: { articles: number; termsOff: number };
  /** Terms and places whose kept count is not the count of the stored articles holding them. */
  termCountsOff: number;
  placeCountsOff: number;
}

/** What must hold of an archive whatever happened to its ingests: each article once, its counts those of its articles. */
export async function archiveState(pool: pg.Pool): Promise<ArchiveState> {
  const one = async (sql: string) => Number(Object.values((await pool.query(sql)).rows[0] as object)[0]);
  const totals = (await pool.query<{ articles: string; terms: string }>('SELECT articles, terms FROM archive_totals'))
    .rows[0]!;
  return {
    articles: await one('SELECT count(*) FROM articles'),
    distinctIds: await one('SELECT count(DISTINCT id) FROM articles'),
    counted: {
      articles: Number(totals.articles),
      termsOff: Number(totals.terms) - (await one('SELECT coalesce(sum(term_count), 0) FROM articles')),
    },
    termCountsOff: await one(
      `SELECT count(*) FROM term_frequencies t FULL JOIN ts_stat('SELECT terms FROM articles') s ON s.word = t.term
       WHERE t.articles IS DISTINCT FROM s.ndoc`,
    ),
    placeCountsOff: await one(
      `SELECT count(*) FROM place_frequencies p
       FULL JOIN (SELECT place_id, count(*) AS n FROM article_places GROUP BY place_id) a USING (place_id)
       WHERE p.articles IS DISTINCT FROM a.n`,
    ),
  };
}

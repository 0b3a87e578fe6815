/**
 * Articles are filed in monthly partitions, made as the first article of a month arrives. A month's
 * table is made on its own and then attached: attaching locks the articles table only against
 * other schema changes, so answers keep being read meanwhile, where creating the partition in place
 * would make every reader wait. An advisory lock keeps two ingests from making the same month.
 */
import type pg from 'pg';

const PARTITION_LOCK = 7_401_002;
const MONTH = /^(\d{4})-(\d{2})-01$/;

/** The partition's name, from the month alone (digits only: nothing of an article's text reaches the SQL). */
export function partitionName(month: string): string {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month: ${month.slice(0, 20)}`);
  return `articles_y${match[1]}m${match[2]}`;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
}

export class Partitions {
  /** Months known to have their partition: asked of PostgreSQL once each. */
  private readonly known = new Set<string>();

  async ensure(pool: pg.Pool, months: Iterable<string | null>): Promise<void> {
    const wanted = [...new Set(months)].filter((month): month is string => month !== null && !this.known.has(month));
    if (wanted.length === 0) return;
    const client = await pool.connect();
    let failed = false;
    try {
      await client.query('BEGIN');
      await client.query("SET LOCAL lock_timeout = '10s'");
      await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      for (const month of wanted.sort()) {
        const name = partitionName(month);
        const { rows } = await client.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [name]);
        if (rows[0]?.found === null) {
          // DDL takes no parameters: the name and bounds are built from the month's digits, checked above.
          const to = nextMonth(month);
          await client.query(`CREATE TABLE ${name} (LIKE articles INCLUDING DEFAULTS)`);
          // The check matches the bounds, so attaching needs no scan.
          await client.query(
            `ALTER TABLE ${name} ADD CONSTRAINT ${name}_month CHECK (month IS NOT NULL AND month >= DATE '${month}' AND month < DATE '${to}')`,
          );
          await client.query(`ALTER TABLE articles ATTACH PARTITION ${name} FOR VALUES FROM ('${month}') TO ('${to}')`);
        }
      }
      await client.query('COMMIT');
      for (const month of wanted) this.known.add(month);
    } catch (error) {
      failed = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release(failed);
    }
  }
}

/**
 * Many rows in one INSERT, every value a parameter: `VALUES ($1, $2::tsvector), ($3, $4::tsvector)`.
 * Only the placeholders and the casts, which come from the code, are written into the SQL.
 */
import type pg from 'pg';

/** PostgreSQL takes at most 65,535 parameters a statement. */
const MAX_PARAMETERS = 65_535;

export interface Column {
  name: string;
  /** A cast applied to the parameter, from the code: "tsvector", "jsonb". */
  cast?: string;
}

export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
  suffix = '',
): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const names = columns.map((column) => column.name).join(', ');
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column, index) => {
        values.push(row[index]);
        return `$${values.length}${column.cast ? `::${column.cast}` : ''}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')} ${suffix}`, values);
  }
}

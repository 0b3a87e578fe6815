/**
 * Rows of the articles table by seq, each read from its own month's partition. Asked for a list of
 * seqs at once, PostgreSQL looks each up in every month's index (it cannot know their months): at
 * 100,000 articles in 37 partitions, 600 candidates cost some 44,000 index pages and most of the
 * query's time. The months come from article_keys (one index), then one branch a month.
 */
import type pg from 'pg';

/** `columns`: a constant list from the code, which must include seq (the rows come in its order). */
export async function articlesBySeq<Row extends pg.QueryResultRow>(
  client: pg.ClientBase,
  columns: string,
  seqs: readonly string[],
): Promise<Row[]> {
  if (seqs.length === 0) return [];
  const months = await client.query<{ month: string | null; seqs: string[] }>(
    'SELECT month::text AS month, array_agg(seq) AS seqs FROM article_keys WHERE seq = ANY($1::bigint[]) GROUP BY month',
    [seqs],
  );
  if (months.rows.length === 0) return [];
  // Only placeholders are written into the SQL; every value is a parameter.
  const parameters: unknown[] = [];
  const branches = months.rows.map(({ month, seqs: ofMonth }) => {
    parameters.push(ofMonth);
    const seqsAt = `$${parameters.length}::bigint[]`;
    if (month === null) return `SELECT ${columns} FROM articles WHERE month IS NULL AND seq = ANY(${seqsAt})`;
    parameters.push(month);
    return `SELECT ${columns} FROM articles WHERE month = $${parameters.length}::date AND seq = ANY(${seqsAt})`;
  });
  const { rows } = await client.query<Row>(`${branches.join('\nUNION ALL\n')}\nORDER BY seq`, parameters);
  return rows;
}

/**
 * The whole archive's counts, as the core's ranking asks for them (CorpusStatistics): how many
 * articles, their mean length, and how many hold a term or mention a place. The core asks for them
 * synchronously, term by term, so each answer loads first every term and place it will ask about, in
 * one query each, from the same snapshot as its candidates.
 */
import type pg from 'pg';
import type { CorpusStatistics } from '../../utils/core/corpus-index';

export class ArchiveStatistics implements CorpusStatistics {
  private readonly terms = new Map<string, number>();
  private readonly places = new Map<string, number>();

  private constructor(
    readonly articles: number,
    readonly averageLength: number,
  ) {}

  static async load(client: pg.ClientBase): Promise<ArchiveStatistics> {
    const { rows } = await client.query<{ articles: string; terms: string }>(
      'SELECT articles, terms FROM archive_totals',
    );
    const articles = Number(rows[0]?.articles ?? 0);
    const terms = Number(rows[0]?.terms ?? 0);
    // The index's own mean: total terms over articles, 0 for none.
    return new ArchiveStatistics(articles, articles ? terms / articles : 0);
  }

  /** Loads the counts of the terms not loaded yet (0 for a term no article holds). */
  async loadTerms(client: pg.ClientBase, terms: Iterable<string>): Promise<void> {
    await loadCounts(
      client,
      this.terms,
      terms,
      'SELECT term AS key, articles FROM term_frequencies WHERE term = ANY($1::text[])',
    );
  }

  async loadPlaces(client: pg.ClientBase, placeIds: Iterable<string>): Promise<void> {
    await loadCounts(
      client,
      this.places,
      placeIds,
      'SELECT place_id AS key, articles FROM place_frequencies WHERE place_id = ANY($1::text[])',
    );
  }

  documentFrequency(term: string): number {
    return known(this.terms, term, 'term');
  }

  placeFrequency(placeId: string): number {
    return known(this.places, placeId, 'place');
  }
}

async function loadCounts(client: pg.ClientBase, into: Map<string, number>, keys: Iterable<string>, sql: string) {
  const missing = [...new Set(keys)].filter((key) => !into.has(key));
  if (missing.length === 0) return;
  for (const key of missing) into.set(key, 0);
  const { rows } = await client.query<{ key: string; articles: number }>(sql, [missing]);
  for (const row of rows) into.set(row.key, row.articles);
}

/**
 * A count not loaded is a mistake in what the archive fetched, not a count of 0: answering with 0
 * would quietly rank differently from the local corpus, so it fails the request instead. The error
 * names no term: terms come from the page, and the page is not logged.
 */
function known(counts: Map<string, number>, key: string, what: string): number {
  const count = counts.get(key);
  if (count === undefined) throw new Error(`the archive did not load the count of a ${what} the core asked about`);
  return count;
}

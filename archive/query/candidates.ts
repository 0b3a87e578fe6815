/**
 * Which archived articles an answer about a page looks at: the sample the core then indexes and ranks
 * with the whole archive's counts. Each kind of candidate is there for a part of the answer:
 *   - by text: the best by full-text rank over the page's key terms (the core's own query). The core
 *     ranks related coverage by BM25 over these; ts_rank only chooses which to fetch;
 *   - by shared rare places: articles that also hold key terms and share a place the archive
 *     rarely mentions, which the core's ranking favours;
 *   - by place: for each of the page's places, the articles that mention it most (the place card's);
 *   - by figure: for each of the page's figures, the latest articles with a figure of its kind and
 *     measure about its places or any (what the consistency notes pair it with).
 * When the archive holds no more than these limits allow, the sample is every article that could
 * matter, and the answer is the local corpus's exactly (docs/archive.md says where it can differ).
 */
import type pg from 'pg';
import { isCheckable } from '../../utils/core/claims/claim-table';
import type { PageReading } from '../../utils/core/analyse-page';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { inverseDocumentFrequency } from '../../utils/core/key-terms';
import { pageKeyTerms, RARE_PLACE_IDF } from '../../utils/core/related';
import { MAX_QUERY_TERMS } from '../../utils/core/search/bm25-index';
import { lexeme } from '../ingest/read-for-archive';
import { figureKeys } from '../ingest/store-batch';
import type { ArchiveStatistics } from './archive-statistics';

export const CANDIDATE_LIMITS = {
  byText: 200,
  bySharedPlaces: 100,
  /** The card lists three articles a place; one more stands in when the page's own copy is among them. */
  byPlace: 4,
  /** Per figure key; the core weighs at most 1,000 a page figure, and shows four. */
  byFigure: 50,
  total: 800,
};

/** The page read, its title as the ranking takes it, and the archive's counts of its terms and places (loaded). */
export interface CandidateQuery {
  page: PageReading;
  title: string | null;
  statistics: ArchiveStatistics;
}

export async function findCandidates(client: pg.ClientBase, { page, title, statistics }: CandidateQuery) {
  // The key terms, weighed by the archive's counts, as rankRelated weighs them (an empty index lends its code).
  const counted = CorpusIndex.build({ name: 'archive', articles: [] }, undefined, { statistics });
  const { query } = pageKeyTerms(counted, page.text, page.words, title);
  const searchable = query.filter((term) => term.inCorpus).slice(0, MAX_QUERY_TERMS);
  const textQuery = searchable.map((term) => lexeme(term.term)).join(' | ');
  const placeIds = [...new Set([...page.headlineMentions, ...page.mentions].map((mention) => mention.placeId))];
  const rarePlaces = placeIds.filter((id) => {
    const frequency = statistics.placeFrequency(id);
    return frequency > 0 && inverseDocumentFrequency(frequency, statistics.articles) >= RARE_PLACE_IDF;
  });
  const keys = [...new Set(page.claims.filter(isCheckable).flatMap(figureKeys))];

  const ask = async (sql: string, parameters: unknown[]) =>
    (await client.query<{ seq: string }>(sql, parameters)).rows.map((row) => row.seq);
  // In order of what matters most when the total cuts: related coverage, the place cards, the notes.
  const found: string[][] = [];
  if (textQuery) {
    found.push(
      await ask(
        `SELECT seq FROM articles WHERE terms @@ $1::tsquery
         ORDER BY ts_rank(terms, $1::tsquery) DESC, seq LIMIT $2`,
        [textQuery, CANDIDATE_LIMITS.byText],
      ),
    );
    if (rarePlaces.length > 0)
      found.push(
        await ask(
          `SELECT seq FROM articles WHERE place_ids && $1::text[] AND terms @@ $2::tsquery
           ORDER BY ts_rank(terms, $2::tsquery) DESC, seq LIMIT $3`,
          [rarePlaces, textQuery, CANDIDATE_LIMITS.bySharedPlaces],
        ),
      );
  }
  found.push(
    await ask(
      `SELECT most.article_seq AS seq FROM unnest($1::text[]) AS page(place_id)
       CROSS JOIN LATERAL (
         SELECT article_seq FROM article_places WHERE article_places.place_id = page.place_id
         ORDER BY mentions DESC, date_key DESC, article_seq LIMIT $2
       ) AS most`,
      [placeIds, CANDIDATE_LIMITS.byPlace],
    ),
    await ask(
      `SELECT latest.article_seq AS seq FROM unnest($1::text[]) AS page(key)
       CROSS JOIN LATERAL (
         SELECT article_seq FROM figure_postings WHERE figure_postings.key = page.key
         ORDER BY article_seq DESC LIMIT $2
       ) AS latest`,
      [keys, CANDIDATE_LIMITS.byFigure],
    ),
  );
  const chosen = [...new Set(found.flat())].slice(0, CANDIDATE_LIMITS.total);
  // In the archive's order: the order an index of the whole archive would hold them in, which breaks ties.
  return chosen.sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}

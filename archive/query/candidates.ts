/**
 * Which archived articles an answer about a page looks at: the sample the core then indexes and ranks
 * with the whole archive's counts. Each kind of candidate is there for a part of the answer:
 *   - by text: the articles holding the page's rarest key terms (the core's own query), best first by
 *     the weight of the key terms each holds, as BM25 weighs them but for term frequency and length.
 *     The core ranks related coverage by BM25 over all the key terms; this only chooses which to
 *     fetch, reading each rare term's articles from the terms index and never a common term's;
 *   - by shared rare places: among those, the best that share a place the archive rarely mentions,
 *     which the core's ranking favours;
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
import { inverseDocumentFrequency, type WeightedTerm } from '../../utils/core/key-terms';
import { PLACE_BOOST, pageKeyTerms, RARE_PLACE_IDF } from '../../utils/core/related';
import { MAX_QUERY_TERMS } from '../../utils/core/search/bm25-index';
import { lexeme } from '../ingest/read-for-archive';
import { figureKeys } from '../ingest/store-batch';
import type { ArchiveStatistics } from './archive-statistics';

export const CANDIDATE_LIMITS = {
  byText: 200,
  /**
   * The key terms' articles read to choose those by text: the rarest terms first, while their
   * articles together are no more than this. What keeps the choice's cost apart from the archive's
   * size: a term this common weighs little in the ranking (its idf is low) and is not read.
   */
  textPostings: 5_000,
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
  const textTerms = rarestTerms(searchable, statistics);
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
  if (textTerms.length > 0) {
    found.push(await textCandidates(client, textTerms, statistics, rarePlaces));
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
  return chosen.sort(compareSeqs);
}

interface TextTerm {
  term: string;
  /** What a match adds: the key term's weight on the page times its idf in the archive, as in BM25. */
  weight: number;
}

/** The page's rarest key terms, while the articles holding them add up to no more than CANDIDATE_LIMITS.textPostings. */
export function rarestTerms(
  searchable: readonly WeightedTerm[],
  statistics: Pick<ArchiveStatistics, 'articles' | 'documentFrequency'>,
): TextTerm[] {
  const byRarity = searchable
    .map(({ term, weight }) => ({ term, weight, frequency: statistics.documentFrequency(term) }))
    .sort((a, b) => a.frequency - b.frequency || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const chosen: TextTerm[] = [];
  let postings = 0;
  for (const { term, weight, frequency } of byRarity) {
    postings += frequency;
    if (postings > CANDIDATE_LIMITS.textPostings) break;
    chosen.push({ term, weight: weight * inverseDocumentFrequency(frequency, statistics.articles) });
  }
  return chosen;
}

/**
 * Each chosen term's articles, from the terms index (no article's terms are read, none ranked by
 * ts_rank), scored by the weight of the terms each holds: the best CANDIDATE_LIMITS.byText, and the
 * best CANDIDATE_LIMITS.bySharedPlaces of those sharing a rare place, boosted by it as the core
 * boosts them. Ties go to the archive's order.
 */
async function textCandidates(
  client: pg.ClientBase,
  terms: readonly TextTerm[],
  statistics: ArchiveStatistics,
  rarePlaces: readonly string[],
): Promise<string[]> {
  const placeIdf = rarePlaces.map((id) => inverseDocumentFrequency(statistics.placeFrequency(id), statistics.articles));
  // The rare places an article shares are summed once an article, and only for those that share one:
  // summed on every posting (an article holds several of the terms), it was half the query's time.
  // Each term's articles through the terms index, one term at a time (OFFSET 0 keeps the lookups
  // apart). PostgreSQL prices testing an article's terms as cheap, which it is not (they are read
  // from TOAST), so on small partitions it would rather test every article against every term.
  await client.query('SET LOCAL enable_seqscan = off');
  const { rows } = await client.query<{ seq: string }>(
    `WITH held AS (
       SELECT matched.seq, page.weight, matched.place_ids
       FROM unnest($1::tsquery[], $2::float8[]) AS page(query, weight)
       CROSS JOIN LATERAL (SELECT seq, place_ids FROM articles WHERE terms @@ page.query OFFSET 0) AS matched
     ), summed AS (
       SELECT seq, sum(weight) AS score, min(place_ids) AS place_ids FROM held GROUP BY seq
     ), scored AS (
       SELECT seq, score, CASE WHEN place_ids && $3::text[] THEN
                (SELECT sum(rare.idf) FROM unnest($3::text[], $4::float8[]) AS rare(id, idf)
                 WHERE rare.id = ANY(place_ids)) ELSE 0 END AS shared
       FROM summed
     )
     (SELECT seq FROM scored ORDER BY score DESC, seq LIMIT $5)
     UNION
     (SELECT seq FROM scored WHERE shared > 0 ORDER BY score * (1 + $6 * shared) DESC, seq LIMIT $7)`,
    [
      terms.map(({ term }) => lexeme(term)),
      terms.map(({ weight }) => weight),
      rarePlaces,
      placeIdf,
      CANDIDATE_LIMITS.byText,
      PLACE_BOOST,
      CANDIDATE_LIMITS.bySharedPlaces,
    ],
  );
  await client.query('RESET enable_seqscan');
  return rows.map((row) => row.seq);
}

const compareSeqs = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

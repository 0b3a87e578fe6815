import { listed, type ArticleMeta } from './article-meta';
import type { CorpusIndex } from './corpus-index';
import { inverseDocumentFrequency, keyTerms, termCounts, type WeightedTerm } from './key-terms';
import type { Bm25Hit } from './search/bm25-index';
import { signature, similarity } from './search/minhash';
import { bestSnippet } from './snippet';
import { contentTerms, nameTerms, words, type Token } from './text';
import type { Claim } from './types';
import type { RelatedArticle } from './results';

/**
 * Below this share of the page's key-term weight an article is not shown: matching a few generic
 * words ("president", "forces") is not related coverage. Chosen on the seed corpus against the
 * real pages of ../shared/data/pages (README, "How related coverage is ranked").
 */
export const MIN_COVERAGE = 0.1;
/** Estimated shingle overlap above which a corpus article is the page itself, not coverage of it. */
const SAME_ARTICLE = 0.5;
/** ... and above which two corpus articles are copies of one story (a wire story in several outlets). */
const SAME_STORY = 0.6;
/** How much a result dated close to the page gains, fading over about a year. */
const DATE_BOOST = 0.25;
/**
 * A place the page and an article share counts toward relatedness when it is this rare in the
 * corpus (smoothed idf, as for terms: in a large corpus, fewer than about 40% of the articles; in a
 * corpus of a handful, any place): in 229 articles about the war, Ukraine and Russia say nothing,
 * Donetsk and Bakhmut do. Chosen with eval:related on the dev corpus (README, "How related coverage
 * is ranked").
 */
export const RARE_PLACE_IDF = 1.25;
/** Times the page must name a country, continent or sea for it to count. */
const MIN_BROAD_PLACE_MENTIONS = 2;
/** Each unit of shared rare places' idf adds this share to the score. */
export const PLACE_BOOST = 0.1;
/**
 * Each page figure an article also gives a figure on (the same measure of the same place: "70% of
 * Donetsk") adds this share to the score, up to MAX_SHARED_FIGURES of them: two stories that count
 * the same thing are about the same thing. Chosen with eval:related (README, "How related coverage
 * is ranked").
 */
const FIGURE_BOOST = 0.1;
const MAX_SHARED_FIGURES = 3;
/** Articles the index is asked for per result ranked: the floors, the page's own copies and copies of one story thin them. */
export const CANDIDATES_PER_RESULT = 4;
/** A page without any place the corpus knows must share more of its key terms to have related coverage. */
export const MIN_COVERAGE_WITHOUT_PLACES = 0.2;
const DAY = 86_400_000;

export interface PagePlace {
  id: string;
  /** A country, continent or sea: named in passing far more often than a town is. */
  broad: boolean;
}

export interface RelatedQuery {
  text: string;
  /** The text's words, when the caller has them already. */
  words?: readonly Token[];
  title?: string | null;
  publishedTime?: string | null;
  /** The places the page mentions, once per mention (with a place finder; none without). */
  places?: readonly PagePlace[];
  /** Per corpus article (by position), the page's figures it gives a figure on too. */
  sharedFigures?: ReadonlyMap<number, readonly Claim[]>;
  limit?: number;
}

interface RankedHit {
  article: ArticleMeta;
  score: number;
  coverage: number;
  matchedTerms: string[];
  /** Rare places the page and the article both mention, rarest first. */
  sharedPlaceIds: string[];
  /** The page's figures this article gives a figure on too. */
  sharedFigures: readonly Claim[];
  copies: ArticleMeta[];
}

export interface RankedRelated {
  hits: RankedHit[];
  sameArticle: ArticleMeta | null;
  weights: ReadonlyMap<string, number>;
}

/**
 * The page's key terms weighed against the corpus: the query rankRelated first sends the index
 * (the benchmark sends the same one to search libraries). The page's words are read once: for its
 * key terms (with the title's), its names and, in rankRelated, its signature.
 */
export function pageKeyTerms(
  index: CorpusIndex,
  text: string,
  pageWords: readonly Token[] = words(text),
  title?: string | null,
) {
  const bodyTerms = contentTerms(text, pageWords);
  const counts = termCounts(title ? [...contentTerms(title), ...bodyTerms] : bodyTerms);
  const names = nameTerms(text, pageWords);
  const query = keyTerms(counts, (term) => index.bm25.documentFrequency(term), index.size, names);
  return { bodyTerms, counts, names, query };
}

/** BM25 over the key terms the corpus holds, the best `limit` first; `frequency` and `size` can leave the page's own copy out. */
export function searchKeyTerms(
  index: CorpusIndex,
  terms: readonly WeightedTerm[],
  limit: number,
  frequency = (term: string) => index.bm25.documentFrequency(term),
  size = index.size,
  exclude = -1,
): Bm25Hit[] {
  return index.bm25.search(
    terms.filter(({ inCorpus }) => inCorpus),
    (term) => inverseDocumentFrequency(frequency(term), size),
    limit,
    exclude,
  );
}

/** Ranks corpus articles against a page: BM25 over the page's key terms, floor, date, copies grouped. */
export function rankRelated(
  index: CorpusIndex,
  {
    text,
    words: pageWords = words(text),
    title,
    publishedTime,
    places = [],
    sharedFigures = new Map(),
    limit = 8,
  }: RelatedQuery,
): RankedRelated {
  const keys = pageKeyTerms(index, text, pageWords, title);
  const { bodyTerms, counts, names } = keys;
  const frequency = (term: string) => index.bm25.documentFrequency(term);
  let query = keys.query;
  const candidates = limit * CANDIDATES_PER_RESULT;
  let hits = searchKeyTerms(index, query, candidates);

  // When the page is itself in the corpus, its own words would look rare only because it holds
  // them: weigh terms as if it were not there (leave-one-out), then rank the others.
  const pageSignature = signature(bodyTerms);
  const same = hits.slice(0, 3).find((hit) => similarity(pageSignature, index.signatureAt(hit.doc)) >= SAME_ARTICLE);
  if (same) {
    const own = index.bm25.documentTerms(same.doc, [...counts.keys()]);
    const leaveOut = (term: string) => frequency(term) - (own.has(term) ? 1 : 0);
    query = keyTerms(counts, leaveOut, index.size - 1, names);
    hits = searchKeyTerms(index, query, candidates, leaveOut, index.size - 1, same.doc);
  }

  const searchable = query.filter(({ inCorpus }) => inCorpus).slice(0, 32);
  const totalWeight = query.reduce((sum, { weight }) => sum + weight, 0);
  const pageTime = publishedTime ? Date.parse(publishedTime) : NaN;
  const rarePlaces = rarePlacesOf(index, places, same?.doc);
  const knowsPagePlaces =
    rarePlaces.length > 0 || places.some(({ id }) => index.places.documentFrequency(id) > (same ? 1 : 0));
  const ranked = hits
    .map((hit) => {
      const matchedTerms = searchable.filter((_, bit) => hit.matched & (1 << bit));
      const coverage = matchedTerms.reduce((sum, { weight }) => sum + weight, 0) / (totalWeight || 1);
      const articleTime = Date.parse(index.articles[hit.doc]!.date ?? '');
      const closeness =
        Number.isNaN(pageTime) || Number.isNaN(articleTime)
          ? 0
          : Math.exp(-Math.abs(pageTime - articleTime) / (365 * DAY));
      const shared = rarePlaces.filter(({ id }) => index.places.mentions(id, hit.doc));
      const placeWeight = shared.reduce((sum, { idf }) => sum + idf, 0);
      const figures = sharedFigures.get(hit.doc) ?? [];
      return {
        doc: hit.doc,
        score:
          hit.score *
          (1 + DATE_BOOST * closeness) *
          (1 + PLACE_BOOST * placeWeight) *
          (1 + FIGURE_BOOST * Math.min(figures.length, MAX_SHARED_FIGURES)),
        coverage,
        matchedTerms: matchedTerms.map(({ term }) => term),
        sharedPlaceIds: shared.map(({ id }) => id),
        sharedFigures: figures,
      };
    })
    // The relevance floor: enough of the page's key terms, and a rare place in common when the page
    // names any place the corpus knows; a page without such places must share more of its terms.
    .filter(
      (hit) =>
        hit.coverage >= MIN_COVERAGE &&
        (knowsPagePlaces ? hit.sharedPlaceIds.length > 0 : hit.coverage >= MIN_COVERAGE_WITHOUT_PLACES),
    )
    .sort((a, b) => b.score - a.score);

  const results: (RankedHit & { doc: number })[] = [];
  for (const hit of ranked) {
    // Another copy of the page itself (the same text under another id) is not coverage of it.
    if (similarity(pageSignature, index.signatureAt(hit.doc)) >= SAME_ARTICLE) continue;
    const original = results.find(
      (kept) => similarity(index.signatureAt(kept.doc), index.signatureAt(hit.doc)) >= SAME_STORY,
    );
    if (original) original.copies.push(index.articles[hit.doc]!);
    else if (results.length < limit) results.push({ ...hit, article: index.articles[hit.doc]!, copies: [] });
  }
  return {
    hits: results.map(({ doc: _doc, ...hit }) => hit),
    sameArticle: same ? index.articles[same.doc]! : null,
    weights: new Map(query.map(({ term, weight }) => [term, weight])),
  };
}

/** The page's places that are rare in the corpus, with their smoothed idf (leaving out the page's own copy). */
function rarePlacesOf(
  index: CorpusIndex,
  places: readonly PagePlace[],
  ownDoc: number | undefined,
): { id: string; idf: number }[] {
  const size = index.size - (ownDoc === undefined ? 0 : 1);
  const mentions = new Map<string, number>();
  for (const { id } of places) mentions.set(id, (mentions.get(id) ?? 0) + 1);
  const broad = new Set(places.filter((place) => place.broad).map(({ id }) => id));
  return (
    [...mentions.keys()]
      // A country named once in passing ("as in Australia") does not make two stories related; a town named once does.
      .filter((id) => !broad.has(id) || mentions.get(id)! >= MIN_BROAD_PLACE_MENTIONS)
      .map((id) => {
        const frequency =
          index.places.documentFrequency(id) - (ownDoc !== undefined && index.places.mentions(id, ownDoc) ? 1 : 0);
        return { id, frequency, idf: inverseDocumentFrequency(frequency, size) };
      })
      .filter(({ frequency, idf }) => frequency > 0 && idf >= RARE_PLACE_IDF)
      .sort((a, b) => b.idf - a.idf)
      .map(({ id, idf }) => ({ id, idf }))
  );
}

/** Turns ranked hits into what the reader sees, with snippets cut from the articles' texts. */
export function explainRelated(
  ranked: RankedRelated & { links?: ReadonlyMap<string, { reverseCoverage: number; days: number | null }> },
  texts: ReadonlyMap<string, string>,
  placeName: (id: string) => string | undefined = () => undefined,
): RelatedArticle[] {
  return ranked.hits.map(({ article, score, coverage, matchedTerms, sharedPlaceIds, sharedFigures, copies }) => {
    const link = ranked.links?.get(article.id);
    return {
      ...listed(article),
      score: Math.round(score * 100) / 100,
      coverage: Math.round(coverage * 1000) / 1000,
      reverseCoverage: Math.round((link?.reverseCoverage ?? 0) * 1000) / 1000,
      daysApart: link?.days === undefined || link.days === null ? null : Math.round(link.days),
      matchedTerms,
      // Donetsk the city and Donetsk the region are two places and one name to the reader.
      sharedPlaces: uniqueBy(
        sharedPlaceIds.flatMap((id) => {
          const name = placeName(id);
          return name ? [{ id, name }] : [];
        }),
        (place) => place.name,
      ),
      sharedFigures: sharedFigures.map((claim) => ({
        text: claim.text,
        places: claim.subject.places.map((place) => place.name),
      })),
      snippet: bestSnippet(texts.get(article.id) ?? article.lead, ranked.weights),
      copies: copies.map(listed),
    };
  });
}

/** An article as a list shows it: a result, or a copy under one. */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

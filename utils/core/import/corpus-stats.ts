/**
 * What the library shows of a corpus: how many articles, from when to when, from which sources,
 * and which places it covers most (from the index's place postings, so nothing is read again).
 */
import { extractClaims } from '../claims/extract-claims';
import type { CorpusIndex } from '../corpus-index';
import type { Gazetteer } from '../places/gazetteer';
import type { ClaimKind, CorpusArticle } from '../types';

export interface CorpusStatistics {
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  sources: { name: string; articles: number }[];
  places: number;
  topPlaces: { id: string; name: string; articles: number; lat: number; lon: number }[];
  untitled: number;
  /** Figures the articles state, by kind (dates and bare numbers left out); absent until counted, after the import. */
  figures?: FigureCount;
}

export interface FigureCount {
  total: number;
  byKind: Partial<Record<ClaimKind, number>>;
}

const UNCOUNTED_KINDS = new Set<ClaimKind>(['number', 'date']);

/** Counts the figures of articles as the consistency check reads them. */
export function countFigures(
  articles: Iterable<Pick<CorpusArticle, 'text' | 'date'>>,
  onArticle?: () => void,
): FigureCount {
  const byKind: Partial<Record<ClaimKind, number>> = {};
  let total = 0;
  for (const article of articles) {
    for (const claim of extractClaims(article.text, { published: article.date ?? null })) {
      if (UNCOUNTED_KINDS.has(claim.kind)) continue;
      byKind[claim.kind] = (byKind[claim.kind] ?? 0) + 1;
      total++;
    }
    onArticle?.();
  }
  return { total, byKind };
}

const TOP = 10;

export function corpusStats(index: CorpusIndex, gazetteer?: Gazetteer): CorpusStatistics {
  const dates = index.articles
    .flatMap((article) =>
      article.date && !Number.isNaN(Date.parse(article.date))
        ? [new Date(Date.parse(article.date)).toISOString().slice(0, 10)]
        : [],
    )
    .sort();
  const sources = new Map<string, number>();
  for (const article of index.articles)
    if (article.source) sources.set(article.source, (sources.get(article.source) ?? 0) + 1);
  const placeIds = index.places.toData().placeIds;
  const topPlaces = placeIds
    .map((id) => ({ id, articles: index.places.documentFrequency(id) }))
    .sort((a, b) => b.articles - a.articles)
    .slice(0, TOP)
    .flatMap(({ id, articles }) => {
      const place = gazetteer?.get(id);
      return place ? [{ id, name: place.name, articles, lat: place.lat, lon: place.lon }] : [];
    });
  return {
    articles: index.size,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    sources: [...sources]
      .map(([name, articles]) => ({ name, articles }))
      .sort((a, b) => b.articles - a.articles)
      .slice(0, TOP),
    places: placeIds.length,
    topPlaces,
    untitled: index.articles.filter((article) => !article.title).length,
  };
}

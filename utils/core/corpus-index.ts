import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import { displayTitle, type CorpusFile } from './corpus-format';
import { keyTerms, termCounts, type WeightedTerm } from './key-terms';
import { bestSnippet } from './snippet';
import { contentTerms, isContentTerm, nameTerms, words } from './text';
import type { CorpusArticle, RelatedArticle } from './types';

/** Bumped whenever the serialized layout changes; an index of another version is rebuilt, never misread. */
export const INDEX_FORMAT = 'sidenote-index';
export const INDEX_VERSION = 1;

export interface SerializedCorpusIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  name: string;
  articles: CorpusArticle[];
  documentFrequency: Record<string, number>;
  search: AsPlainObject;
}

export interface RelatedQuery {
  text: string;
  title?: string | null;
  limit?: number;
}

export interface RelatedAnswer {
  related: RelatedArticle[];
  sameArticle: { id: string; title: string; titleIsFallback: boolean } | null;
}

/**
 * Below this share of the page's key-term weight an article is not shown: matching a few generic
 * words ("president", "forces") is not related coverage. Chosen on the seed corpus against the
 * real pages of ../shared/data/pages (see corpus-index.test.ts): related seeds cover 0.3-0.6,
 * unrelated real pages at most 0.12.
 */
export const MIN_COVERAGE = 0.1;
/** Shingle overlap above which a corpus article is the page itself, not coverage of it. */
const SAME_ARTICLE_OVERLAP = 0.5;
const SHINGLE = 5;

const searchOptions = {
  fields: ['title', 'text'],
  storeFields: [],
  tokenize: (text: string) => words(text).map((token) => token.term),
  processTerm: (term: string) => (isContentTerm(term) ? term : null),
};

export class CorpusIndex {
  private readonly byId: Map<string, CorpusArticle>;

  private constructor(
    readonly name: string,
    readonly articles: CorpusArticle[],
    private readonly documentFrequency: Record<string, number>,
    private readonly search: MiniSearch<CorpusArticle>,
  ) {
    this.byId = new Map(articles.map((article) => [article.id, article]));
  }

  static build(corpus: CorpusFile): CorpusIndex {
    const search = new MiniSearch<CorpusArticle>(searchOptions);
    search.addAll(corpus.articles);
    const documentFrequency: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const article of corpus.articles) {
      for (const term of new Set(contentTerms(`${article.title ?? ''}\n${article.text}`))) {
        documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
      }
    }
    return new CorpusIndex(corpus.name, corpus.articles, documentFrequency, search);
  }

  static load(serialized: unknown): CorpusIndex {
    const data = serialized as Partial<SerializedCorpusIndex> | null;
    if (data?.format !== INDEX_FORMAT) throw new Error('not a Sidenote corpus index');
    if (data.version !== INDEX_VERSION) {
      throw new Error(`corpus index version ${String(data.version)} is not ${INDEX_VERSION}: rebuild it`);
    }
    const documentFrequency = Object.assign(Object.create(null) as Record<string, number>, data.documentFrequency);
    const search = MiniSearch.loadJS<CorpusArticle>(data.search!, searchOptions);
    return new CorpusIndex(data.name ?? 'corpus', data.articles ?? [], documentFrequency, search);
  }

  toJSON(): SerializedCorpusIndex {
    return {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      name: this.name,
      articles: this.articles,
      documentFrequency: this.documentFrequency,
      search: this.search.toJSON(),
    };
  }

  get size(): number {
    return this.articles.length;
  }

  /** Corpus articles related to a page, best first, each with why (matched terms) and where (snippet). */
  related({ text, title, limit = 8 }: RelatedQuery): RelatedAnswer {
    const counts = termCounts(`${title ?? ''}\n${text}`);
    const frequency = (term: string) => this.documentFrequency[term] ?? 0;
    const names = nameTerms(text);
    let query = keyTerms(counts, frequency, this.size, names);
    let hits = this.searchTerms(query);

    // When the page is itself in the corpus, its own words would look rare only because it holds
    // them: weigh terms as if it were not there (leave-one-out), then rank the others.
    const pageShingles = shingles(text);
    const same = hits
      .slice(0, 3)
      .map((hit) => this.byId.get(String(hit.id)))
      .find((article) => article && overlap(pageShingles, shingles(article.text)) >= SAME_ARTICLE_OVERLAP);
    if (same) {
      const ownTerms = new Set(contentTerms(`${same.title ?? ''}\n${same.text}`));
      query = keyTerms(counts, (term) => frequency(term) - (ownTerms.has(term) ? 1 : 0), this.size - 1, names);
      hits = this.searchTerms(query).filter((hit) => hit.id !== same.id);
    }

    const weights = new Map(query.map(({ term, weight }) => [term, weight]));
    const totalWeight = query.reduce((sum, { weight }) => sum + weight, 0);
    const related: RelatedArticle[] = [];
    for (const hit of hits) {
      const article = this.byId.get(String(hit.id));
      const coverage = coverageOf(hit, weights, totalWeight);
      if (!article || coverage < MIN_COVERAGE) continue;
      related.push(toRelated(article, hit, coverage, query, weights));
      if (related.length >= limit) break;
    }
    return { related, sameArticle: same ? { id: same.id, ...displayTitle(same) } : null };
  }

  private searchTerms(query: WeightedTerm[]): SearchResult[] {
    const searchable = query.filter(({ inCorpus }) => inCorpus);
    if (searchable.length === 0) return [];
    const topWeight = searchable[0]!.weight;
    const weights = new Map(searchable.map(({ term, weight }) => [term, weight / topWeight]));
    return this.search.search(searchable.map(({ term }) => term).join(' '), {
      combineWith: 'OR',
      boost: { title: 1.5 },
      boostTerm: (term: string) => weights.get(term) ?? 0,
    });
  }
}

function coverageOf(hit: SearchResult, weights: ReadonlyMap<string, number>, totalWeight: number): number {
  let matched = 0;
  for (const term of Object.keys(hit.match)) matched += weights.get(term) ?? 0;
  return totalWeight > 0 ? matched / totalWeight : 0;
}

function toRelated(
  article: CorpusArticle,
  hit: SearchResult,
  coverage: number,
  query: WeightedTerm[],
  weights: ReadonlyMap<string, number>,
): RelatedArticle {
  const matched = new Set(Object.keys(hit.match));
  return {
    id: article.id,
    ...displayTitle(article),
    source: article.source ?? null,
    date: article.date ?? null,
    url: article.url ?? null,
    score: Math.round(hit.score * 100) / 100,
    coverage: Math.round(coverage * 1000) / 1000,
    matchedTerms: query.filter(({ term }) => matched.has(term)).map(({ term }) => term),
    snippet: bestSnippet(article.text, weights),
  };
}

function shingles(text: string): Set<string> {
  const terms = contentTerms(text);
  const result = new Set<string>();
  for (let index = 0; index + SHINGLE <= terms.length; index++) result.add(terms.slice(index, index + SHINGLE).join(' '));
  return result;
}

/** Share of the smaller shingle set found in the larger: 1 when one text contains the other. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size;
}

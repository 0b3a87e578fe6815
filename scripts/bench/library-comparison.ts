/**
 * Sidenote's corpus index beside two search libraries, MiniSearch and FlexSearch, in one process
 * on the same articles: build time, the heap the built index holds, its stored form and the cold
 * load from it, and the time to answer the query related coverage sends (the page's key terms).
 *
 * All three index the same terms (Sidenote's tokenizer, `contentTerms`), so a query's terms mean
 * the same to each. The libraries get the terms as a plain OR query and rank with their own
 * scoring: MiniSearch by its BM25+ over unweighted terms, FlexSearch by where a term sits in a
 * document and how many of the terms it holds (it gives no scores). Sidenote's index ranks by BM25
 * over the terms' tf-idf weights. "Top 8 shared" says how far the libraries' answers differ.
 * Sidenote's index is built as it is without a place finder (terms, signatures, leads; no places
 * or figures), the part a search library would replace.
 */
import { readFileSync } from 'node:fs';
import { Index as FlexSearchIndex, type IndexOptions } from 'flexsearch';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import { RELATED_CANDIDATES } from '../../utils/core/analyse-page';
import { CorpusIndex } from '../../utils/core/corpus-index';
import type { WeightedTerm } from '../../utils/core/key-terms';
import { CANDIDATES_PER_RESULT, pageKeyTerms, searchKeyTerms } from '../../utils/core/related';
import { contentTerms, tidyText } from '../../utils/core/text';
import type { ArticleInput, CorpusArticle } from '../../utils/core/types';
import { heapBytes, typedArrayBytes } from './memory';
import { percentile } from './stats';

/** What a page's analysis asks the index for: its related candidates, four articles for each. */
const CANDIDATES = RELATED_CANDIDATES * CANDIDATES_PER_RESULT;
const SHOWN = 8;
const COLD_LOADS = 3;

interface Stored<Built> {
  bytes: number;
  load(): Promise<Built>;
}

interface SearchEngine<Built> {
  name: string;
  build(articles: readonly CorpusArticle[]): Built;
  /** Memory the built index holds outside V8's heap. */
  offHeapBytes(built: Built): number;
  store(built: Built): Promise<Stored<Built>>;
  /** Positions of the best articles, best first, at most CANDIDATES. */
  query(built: Built, terms: readonly WeightedTerm[]): number[];
}

const versionOf = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
const documentText = (article: CorpusArticle) => (article.title ? `${article.title}\n${article.text}` : article.text);
const queryText = (terms: readonly WeightedTerm[]) => terms.map(({ term }) => term).join(' ');

const sidenote: SearchEngine<CorpusIndex> = {
  name: 'Sidenote',
  build: (articles) => CorpusIndex.build({ name: 'comparison', articles }),
  offHeapBytes: typedArrayBytes,
  async store(index) {
    const bytes = index.toBytes();
    return { bytes: bytes.byteLength, load: async () => CorpusIndex.fromBytes(bytes) };
  },
  query: (index, terms) => searchKeyTerms(index, terms, CANDIDATES).map(({ doc }) => doc),
};

type Indexed = { id: number; text: string };
const MINISEARCH_OPTIONS: MiniSearchOptions<Indexed> = {
  fields: ['text'],
  tokenize: (text) => contentTerms(text),
  processTerm: (term) => term,
  // The query's terms are already Sidenote's terms: split, not tokenized again.
  searchOptions: { combineWith: 'OR', tokenize: (query) => query.split(' ') },
};

const miniSearch: SearchEngine<MiniSearch<Indexed>> = {
  name: `MiniSearch ${versionOf('minisearch')}`,
  build(articles) {
    const index = new MiniSearch(MINISEARCH_OPTIONS);
    index.addAll(articles.map((article, id) => ({ id, text: documentText(article) })));
    return index;
  },
  offHeapBytes: () => 0,
  async store(index) {
    const json = JSON.stringify(index);
    return { bytes: Buffer.byteLength(json), load: async () => MiniSearch.loadJSON(json, MINISEARCH_OPTIONS) };
  },
  // MiniSearch has no limit: it scores and sorts every article that holds any of the terms.
  query: (index, terms) =>
    index
      .search(queryText(terms))
      .slice(0, CANDIDATES)
      .map(({ id }) => id as number),
};

const FLEXSEARCH_OPTIONS: IndexOptions = { tokenize: 'strict', encode: (text: string) => contentTerms(text) };

const flexSearch: SearchEngine<FlexSearchIndex> = {
  name: `FlexSearch ${versionOf('flexsearch')}`,
  build(articles) {
    const index = new FlexSearchIndex(FLEXSEARCH_OPTIONS);
    articles.forEach((article, id) => index.add(id, documentText(article)));
    return index;
  },
  offHeapBytes: () => 0,
  async store(index) {
    const parts: [key: string, data: string][] = [];
    await index.export((key: string, data: string) => void parts.push([key, data]));
    return {
      bytes: parts.reduce((sum, [key, data]) => sum + Buffer.byteLength(key) + Buffer.byteLength(data), 0),
      async load() {
        const loaded = new FlexSearchIndex(FLEXSEARCH_OPTIONS);
        for (const [key, data] of parts) await loaded.import(key, data);
        return loaded;
      },
    };
  },
  // Suggestion mode is FlexSearch's OR: articles holding any of the terms, those holding more first.
  query: (index, terms) => index.search(queryText(terms), { limit: CANDIDATES, suggest: true }) as number[],
};

export interface EngineResult {
  name: string;
  buildMs: number;
  heapMB: number;
  storedBytes: number;
  coldLoadMs: number;
  queryP50: number;
  queryP95: number;
  /** Of Sidenote's best 8 for a page, the share in this engine's best 8, averaged over the pages. */
  sharedTop: number;
}

export interface LibraryComparison {
  articles: number;
  pages: number;
  rounds: number;
  /** Median number of key terms a query sends (those the corpus holds). */
  queryTerms: number;
  engines: EngineResult[];
}

const elapsed = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
};

interface Prepared<Built> extends Omit<EngineResult, 'queryP50' | 'queryP95' | 'sharedTop'> {
  loaded: Built;
  /** Each query's best SHOWN articles. */
  tops: number[][];
}

/** Builds, stores and loads one engine's index; checks that the loaded index answers as the built one did. */
async function prepare<Built>(
  engine: SearchEngine<Built>,
  articles: readonly CorpusArticle[],
  queriesFrom: (built: Built) => WeightedTerm[][],
): Promise<Prepared<Built>> {
  const before = heapBytes();
  const [built, buildMs] = await elapsed(() => engine.build(articles));
  const heapMB = (heapBytes() - before + engine.offHeapBytes(built)) / 1048576;
  const queries = queriesFrom(built);
  const expected = queries.map((terms) => engine.query(built, terms));
  const stored = await engine.store(built);
  const loads: number[] = [];
  let loaded = built;
  for (let load = 0; load < COLD_LOADS; load++) [loaded, loads[load]] = await elapsed(() => stored.load());
  // A loaded index that answered otherwise than the one built would make its times meaningless.
  queries.forEach((terms, at) => {
    if (engine.query(loaded, terms).join() !== expected[at]!.join())
      throw new Error(`${engine.name}: the loaded index answers otherwise than the built one`);
  });
  return {
    name: engine.name,
    buildMs,
    heapMB,
    storedBytes: stored.bytes,
    coldLoadMs: percentile(loads, 50),
    loaded,
    tops: expected.map((hits) => hits.slice(0, SHOWN)),
  };
}

/**
 * Builds, stores and loads each index in turn on the same articles, then times the queries: each
 * page's key terms, weighed against Sidenote's index as related coverage weighs them. The engines
 * take turns query by query, so that a machine busy for a while slows all three alike; the pass
 * that checks the loaded indexes comes first and is not timed.
 */
export async function compareLibraries(
  articles: readonly CorpusArticle[],
  pages: readonly ArticleInput[],
  rounds: number,
): Promise<LibraryComparison> {
  let queries: WeightedTerm[][] = [];
  const keyTermsOf = (index: CorpusIndex) =>
    // As the page's analysis reads it: the text tidied, the title trimmed.
    (queries = pages.map((page) =>
      pageKeyTerms(index, tidyText(page.text), undefined, page.title?.trim() || null).query.filter(
        ({ inCorpus }) => inCorpus,
      ),
    ));
  const reference = await prepare(sidenote, articles, keyTermsOf);
  // FlexSearch reads a query with the tokenizer it indexes with: the terms must come back as sent.
  if (queries.some((terms) => contentTerms(queryText(terms)).join(' ') !== queryText(terms)))
    throw new Error('FlexSearch would read other terms than those sent');
  const mini = await prepare(miniSearch, articles, () => queries);
  const flex = await prepare(flexSearch, articles, () => queries);
  const timed: [Prepared<unknown>, (terms: readonly WeightedTerm[]) => unknown][] = [
    [reference, (terms) => sidenote.query(reference.loaded, terms)],
    [mini, (terms) => miniSearch.query(mini.loaded, terms)],
    [flex, (terms) => flexSearch.query(flex.loaded, terms)],
  ];
  const times = timed.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const terms of queries) {
      for (const [at, [, query]] of timed.entries()) {
        const started = performance.now();
        query(terms);
        times[at]!.push(performance.now() - started);
      }
    }
  }
  const shared = (tops: number[][]) => {
    const shares = reference.tops.map((best, at) =>
      best.length ? best.filter((doc) => tops[at]!.includes(doc)).length / best.length : 1,
    );
    return shares.reduce((sum, share) => sum + share, 0) / (shares.length || 1);
  };
  return {
    articles: articles.length,
    pages: pages.length,
    rounds,
    queryTerms: percentile(
      queries.map((terms) => terms.length),
      50,
    ),
    engines: timed.map(([{ loaded: _loaded, tops, ...result }], at) => ({
      ...result,
      queryP50: percentile(times[at]!, 50),
      queryP95: percentile(times[at]!, 95),
      sharedTop: shared(tops),
    })),
  };
}

export function libraryTable(comparison: LibraryComparison): string {
  const [reference] = comparison.engines;
  const times = (value: number, base: number) =>
    base > 0 ? `${(value / base).toFixed(value / base < 10 ? 1 : 0)}×` : '-';
  const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
  const rows = comparison.engines.map((engine) => {
    const cell = (value: number, base: number, shown: string) =>
      engine === reference ? shown : `${shown} (${times(value, base)})`;
    return [
      engine.name,
      cell(engine.buildMs, reference!.buildMs, `${(engine.buildMs / 1000).toFixed(1)} s`),
      cell(engine.heapMB, reference!.heapMB, `${engine.heapMB.toFixed(1)} MB`),
      cell(engine.storedBytes, reference!.storedBytes, `${(engine.storedBytes / 1048576).toFixed(1)} MB`),
      cell(engine.coldLoadMs, reference!.coldLoadMs, ms(engine.coldLoadMs)),
      cell(engine.queryP50, reference!.queryP50, ms(engine.queryP50)),
      cell(engine.queryP95, reference!.queryP95, ms(engine.queryP95)),
      engine === reference ? '-' : `${Math.round(engine.sharedTop * 100)}%`,
    ].join(' | ');
  });
  return [
    `${comparison.articles.toLocaleString('en')} articles, ${comparison.pages} pages' key terms as queries (median ${comparison.queryTerms} terms), ${comparison.rounds} rounds; (n×) is the library's figure over Sidenote's in this run.`,
    '',
    '| index | build | heap after build | stored form | cold load | query p50 | query p95 | top 8 shared with Sidenote |',
    `|${' --- |'.repeat(8)}`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

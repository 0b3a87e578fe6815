/**
 * The related-coverage quality check on real data, shared by `npm run eval:related` and its test:
 * ../shared/data/corpora/ukraine-news-dev.jsonl (224 real articles on the war in Ukraine,
 * hellaskella33/ukraine-war-news-sentiment-analysis) plus the five seeds as the corpus; the seeds
 * and the real pages of ../shared/data/pages (mozilla/readability's test pages) as queries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analysePage } from '../../utils/core/analyse-page';
import { annotate } from '../../utils/core/annotate';
import { isDated } from '../../utils/core/story-links';
import { parseCorpusFile } from '../../utils/core/corpus-format';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { MemoryTextStore } from '../../utils/core/text-store';
import type { ArticleInput, CorpusArticle } from '../../utils/core/types';
import type { Annotation } from '../../utils/core/results';
import { extractArticle } from '../../utils/extract/extract-article';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from './corpus-folder';
import { loadGazetteer } from './gazetteer-file';
import {
  byCollectionHalf,
  collectionFile,
  collectionOf,
  OUTLET_COLLECTIONS,
  RELATED_COLLECTIONS,
  readCollectionCorpus,
  readOutletsArticles,
  type OutletCollection,
} from './outlet-collections';

export const SHARED_DATA = new URL('../../../shared/data/', import.meta.url).pathname;

// Each seed's subject, by its places (with the spellings other outlets use).
export const SEED_SUBJECTS: Record<string, RegExp> = {
  '000_9b88eb52003466db': /Donetsk|Dobropil/i,
  '001_a7e6117e1f037954': /Donetsk|Kleban|Bakhmut|Avdiivka|Donbas/i,
  '002_b653690046f4697e': /Donetsk|Kostiantynivka|Kostyantynivka|Konstantinovka|Donbas/i,
  '003_9ca9468ebf3219b2': /Kupiansk|Kupyansk|Kharkiv/i,
  '004_00ede0dd48624196': /Bakhmut|Artemivsk|Soledar|Donetsk|Donbas/i,
};

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;
export const DEV_SET = `${SHARED_DATA}corpora/ukraine-news-dev.jsonl`;
/** The rest of the collection the dev set was drawn from: pages no rule was tuned on (tests/fixtures/heldout-news). */
export const HELDOUT_SET = `${FIXTURES}heldout-news/articles.jsonl`;

/** The held-out articles (tests/fixtures/heldout-news), which need nothing beside the checkout. */
export const readHeldoutArticles = (): CorpusArticle[] =>
  parseCorpusFile(readFileSync(HELDOUT_SET, 'utf8'), 'heldout-news').articles;

let newsArticles: ReadonlyMap<string, CorpusArticle> | undefined;

/** Every article of the dev set, the held-out set and the other outlets' collections, by id: read once, since every split and evaluation asks. */
export function readNewsArticles(): ReadonlyMap<string, CorpusArticle> {
  newsArticles ??= new Map(
    [
      ...parseCorpusFile(readFileSync(DEV_SET, 'utf8'), 'ukraine-news-dev').articles,
      ...readHeldoutArticles(),
      ...readOutletsArticles(),
    ].map((article) => [article.id, article]),
  );
  return newsArticles;
}

/**
 * The held-out pages' ids, split once by a hash of each id (tests/fixtures/heldout-news/split.json):
 * what Sidenote does on the tuning half may be read to find what goes wrong; the test half's is only measured.
 */
export const heldoutSplit = (): Record<'tune' | 'test', string[]> =>
  JSON.parse(readFileSync(`${FIXTURES}heldout-news/split.json`, 'utf8')) as Record<'tune' | 'test', string[]>;

/**
 * "tune-pool" is more tuning data: every tuning page (the dev set's and the held-out set's) against a
 * corpus that also holds the other tuning pages, so that what Sidenote pairs among them is shown too.
 * "test-pool" is the same of the test pages: more test data, only measured. The other outlets'
 * halves are each collection's pages against its own corpus (OUTLET_COLLECTIONS).
 */
export type WarHalf =
  'tune' | 'test' | 'heldout-tune' | 'heldout-test' | 'tune-pool' | 'test-pool' | OutletCollection['halves'][number];
export const WAR_HALVES: readonly WarHalf[] = [
  'tune',
  'test',
  'heldout-tune',
  'heldout-test',
  'tune-pool',
  'test-pool',
  ...RELATED_COLLECTIONS.flatMap((collection) => collection.halves),
];
export const POOLS: readonly WarHalf[] = ['tune-pool', 'test-pool'];
/** The halves whose errors may be read to choose rules. */
export const TUNING_HALVES: readonly string[] = [
  'tune',
  'loo',
  'heldout-tune',
  'tune-pool',
  ...OUTLET_COLLECTIONS.map((collection) => collection.halves[0]),
  'us-outlets-loo',
  'us-tune-pool',
  'archive-tune-pool',
  'archive-loo',
];
export type WarSplit = Record<'corpus' | WarHalf, string[]> & { outletCorpora: Record<string, string[]> };
/** The corpus a war half's pages are checked against: the dev set's corpus half, and for a pool its pages too; another collection's own corpus for its pages. */
export function corpusIdsOf(split: WarSplit, half: WarHalf): string[] {
  const collection = collectionOf(half);
  if (collection) return split.outletCorpora[collection.folder]!;
  return POOLS.includes(half) ? [...split.corpus, ...split[half]] : split.corpus;
}

/** The war news as notes and related coverage are measured on it: the dev set's corpus half, its pages, the held-out pages, the other outlets' collections. */
export function readWarSplit(): WarSplit {
  const split = JSON.parse(readFileSync(`${FIXTURES}notes/split.json`, 'utf8')) as Record<
    'corpus' | 'tune' | 'test',
    string[]
  >;
  const heldout = heldoutSplit();
  const outletHalves: Partial<Record<WarHalf, string[]>> = {};
  const outletCorpora: Record<string, string[]> = {};
  for (const collection of OUTLET_COLLECTIONS) {
    const halves = JSON.parse(collectionFile(collection, 'split.json')) as Record<'tune' | 'test', string[]>;
    [outletHalves[collection.halves[0]], outletHalves[collection.halves[1]]] = [halves.tune, halves.test];
    outletCorpora[collection.folder] ??= readCollectionCorpus(collection).map((article) => article.id);
  }
  return {
    ...split,
    'heldout-tune': heldout.tune,
    'heldout-test': heldout.test,
    'tune-pool': newTexts([...split.tune, ...heldout.tune], split.corpus),
    'test-pool': newTexts([...split.test, ...heldout.test], split.corpus),
    ...(outletHalves as Record<OutletCollection['halves'][number], string[]>),
    outletCorpora,
  };
}

/**
 * The ids whose text is not already among `held`'s or an earlier id's: the collection holds some
 * articles twice under two ids, and the pool would count such a page, and hold it, twice.
 */
export function newTexts(ids: readonly string[], held: readonly string[]): string[] {
  const articles = readNewsArticles();
  const seen = new Set(held.map((id) => articles.get(id)!.text.trim()));
  return ids.filter((id) => {
    const text = articles.get(id)!.text.trim();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
export const RELATED_JUDGEMENTS_FILE = `${FIXTURES}related/judgements.jsonl`;

/** A page read from its saved HTML with the extension's own extraction; null when it holds no article. */
export function pageArticle(path: string): ArticleInput | null {
  const extraction = extractArticle(
    new JSDOM(readFileSync(path, 'utf8'), { url: 'https://news.example/', virtualConsole: new VirtualConsole() }).window
      .document,
  );
  return extraction.kind === 'article' ? extraction.article : null;
}

/** Which of tests/fixtures/other-subjects's pages are tuned on and which tested on (split.json there). */
export const otherSubjectSplit = (): Record<'tune' | 'test', string[]> =>
  JSON.parse(readFileSync(`${FIXTURES}other-subjects/split.json`, 'utf8')) as Record<'tune' | 'test', string[]>;

/**
 * Real pages on other subjects than the war, by half: ../shared/data/pages (when beside the checkout) and half of
 * tests/fixtures/other-subjects to tune with, the other half to test (tests/fixtures/other-subjects/split.json).
 */
export function otherSubjectPages(): { name: string; half: 'tune' | 'test'; article: ArticleInput }[] {
  const split = otherSubjectSplit();
  // A checkout with nothing beside it has only the vendored pages.
  const shared = (existsSync(`${SHARED_DATA}pages`) ? readdirSync(`${SHARED_DATA}pages`, { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({ name, half: 'tune' as const, path: `${SHARED_DATA}pages/${name}/source.html` }));
  const vendored = (['tune', 'test'] as const).flatMap((half) =>
    split[half].map((name) => ({ name, half, path: `${FIXTURES}other-subjects/${name}/source.html` })),
  );
  return [...shared, ...vendored].flatMap(({ name, half, path }) => {
    const article = pageArticle(path);
    return article ? [{ name, half, article }] : [];
  });
}

/**
 * News of 2019 on other subjects than the war (tests/fixtures/news-2019: article texts of scrapinghub's
 * article-extraction-benchmark), split once into a tuning half and a test half never tuned on
 * (split.json there); undated, as a page whose date Sidenote cannot read.
 */
export function news2019Pages(): { name: string; half: 'tune' | 'test'; article: ArticleInput }[] {
  const split = JSON.parse(readFileSync(`${FIXTURES}news-2019/split.json`, 'utf8')) as Record<
    'tune' | 'test',
    string[]
  >;
  const halfOf = new Map([
    ...split.tune.map((id) => [id, 'tune'] as const),
    ...split.test.map((id) => [id, 'test'] as const),
  ]);
  return readFileSync(`${FIXTURES}news-2019/articles.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; url: string; text: string })
    .map(({ id, url, text }) => ({ name: id, half: halfOf.get(id)!, article: { text, url, publishedTime: null } }));
}

export interface RelatedJudgement {
  page: string;
  article: string;
  same: boolean;
  copy: boolean;
  judged: string;
  why?: string;
}

export function readRelatedJudgements(): RelatedJudgement[] {
  return readFileSync(RELATED_JUDGEMENTS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as RelatedJudgement);
}

export interface WarPageResult {
  half: WarHalf;
  page: string;
  /** The top three related articles shown, each with its judgement (null: unjudged). */
  top: { id: string; judgement: RelatedJudgement | null }[];
}

/**
 * Each war page of the notes split (tuning and test halves, and the held-out pages) against the corpus half: its top three
 * related articles with their judgements (docs/judging-related.md).
 */
export async function warPagesEvaluation(): Promise<WarPageResult[]> {
  const split = readWarSplit();
  const articles = readNewsArticles();
  const finder = new PlaceFinder(loadGazetteer());
  const corpusFor = (half: WarHalf) => {
    const corpus = corpusIdsOf(split, half).map((id) => articles.get(id)!);
    const pages = half === 'tune-pool' ? ' and every tuning page' : half === 'test-pool' ? ' and every test page' : '';
    const name = collectionOf(half)?.corpusName ?? `ukraine-news-dev (corpus half${pages})`;
    const index = CorpusIndex.build({ name, articles: corpus }, finder);
    return { index, texts: new MemoryTextStore(corpus) };
  };
  const corpusHalf = corpusFor('tune');
  const pools = new Map(POOLS.map((pool) => [pool, corpusFor(pool)]));
  for (const [half, corpus] of byCollectionHalf((collection) => corpusFor(collection.halves[0])))
    pools.set(half as WarHalf, corpus);
  const judgements = new Map(
    readRelatedJudgements().map((judgement) => [`${judgement.page}→${judgement.article}`, judgement]),
  );
  const results: WarPageResult[] = [];
  for (const half of WAR_HALVES) {
    const { index, texts } = pools.get(half) ?? corpusHalf;
    for (const id of split[half]) {
      const article = articles.get(id)!;
      const { related } = await annotate(
        { text: article.text, title: article.title ?? null, publishedTime: article.date ?? null },
        index,
        texts,
        finder,
      );
      results.push({
        half,
        page: id,
        top: related
          .slice(0, 3)
          .map((item) => ({ id: item.id, judgement: judgements.get(`${id}→${item.id}`) ?? null })),
      });
    }
  }
  return results;
}

export interface RelatedEvaluation {
  seeds: CorpusArticle[];
  textOf: Map<string, string>;
  annotateText(article: ArticleInput): Promise<Annotation>;
  /**
   * An undated page as if dated the day of the corpus article its terms rank first: the worst case
   * for a page on another subject, since the story check's time window then lets that article in.
   */
  annotateDatedAsBestMatch(article: ArticleInput): Promise<Annotation>;
  /** The real pages that are articles, by folder name. */
  realPages(): { name: string; article: ArticleInput }[];
  indexName: string;
  indexSize: number;
}

export function relatedEvaluation(): RelatedEvaluation {
  const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles;
  // The corpus format's own reader: keeps id, date and text, drops the collector's other fields.
  const news = parseCorpusFile(
    readFileSync(`${SHARED_DATA}corpora/ukraine-news-dev.jsonl`, 'utf8'),
    'ukraine-news-dev',
  ).articles;
  const articles = [...news, ...seeds];
  const finder = new PlaceFinder(loadGazetteer());
  const index = CorpusIndex.build({ name: 'ukraine-news-dev + seeds', articles }, finder);
  const texts = new MemoryTextStore(articles);
  return {
    seeds,
    textOf: new Map(articles.map((article) => [article.id, article.text])),
    annotateText: (article) => annotate(article, index, texts, finder),
    annotateDatedAsBestMatch: (article) => {
      if (isDated(article.publishedTime)) return annotate(article, index, texts, finder);
      const best = analysePage(article, index, finder).ranked.hits[0]?.article.date ?? null;
      return annotate({ ...article, publishedTime: best }, index, texts, finder);
    },
    realPages: () =>
      readdirSync(`${SHARED_DATA}pages`, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap(({ name }) => {
          const html = readFileSync(`${SHARED_DATA}pages/${name}/source.html`, 'utf8');
          const extraction = extractArticle(
            new JSDOM(html, { url: 'https://news.example/', virtualConsole: new VirtualConsole() }).window.document,
          );
          return extraction.kind === 'article' ? [{ name, article: extraction.article }] : [];
        }),
    indexName: index.name,
    indexSize: index.size,
  };
}

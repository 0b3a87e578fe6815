/**
 * War news of 2022 from other outlets than the dev set's, each collection a corpus of some outlets
 * and pages of another, its pages split once into a tuning and a test half (its split.json), with
 * its source in its README: tests/fixtures/outlets-2022 (Guardian pages against BBC articles);
 * tests/fixtures/us-outlets-2022 (Associated Press pages against Fox News, ABC News, The New York
 * Times and NBC News); tests/fixtures/uk-us-outlets-2022 (HuffPost and Daily Express pages) and
 * tests/fixtures/rt-2022 (RT pages), both against that American corpus; tests/fixtures/dailymail-aug-2022
 * (Daily Mail pages of August) against it too; tests/fixtures/dailymail-2022 (Daily Mail pages of October
 * and November against RT, CBS News, CNN, Reuters and ABC News of those weeks); tests/fixtures/huffpost-nyt-2022
 * (HuffPost pages of February to April against The New York Times's live reports of those weeks);
 * tests/fixtures/late-2022 (HuffPost, Mirror and Daily Mail pages of October to December against the
 * dailymail-2022 corpus); tests/fixtures/abc-spring-2022 and tests/fixtures/fox-spring-2022 (ABC
 * News pages of January to May, Fox News pages of February to April, against the same live reports);
 * tests/fixtures/us-autumn-2022 (ABC News, Fox News and New York Times pages of October to December
 * against the dailymail-2022 corpus); tests/fixtures/us-spring-2022 (pages of the same three outlets of
 * January to May against The New York Times's live reports); tests/fixtures/cbs-cnn-mirror-spring-2022
 * and tests/fixtures/four-outlets-{may,summer,autumn}-2022 (CBS News, CNN, the Mirror and, from May,
 * Fox News, each period against the corpus of its months); tests/fixtures/early-2022 (Fox News pages of
 * January to April and CNN and CBS News pages of January, against the live reports; judged for notes only).
 */
import { readFileSync } from 'node:fs';
import { parseCorpusFile } from '../../utils/core/corpus-format';
import type { CorpusArticle } from '../../utils/core/types';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;

/** The BBC's articles of April to June, which the four outlets' pages of May are checked against too. */
const BBC_CORPUS = 'outlets-2022 (BBC, April to June 2022)';
/** The American outlets' corpus, which four collections' pages are checked against. */
export const AMERICAN_CORPUS = 'us-outlets-2022 (Fox News, ABC News, NYT, NBC News, June to September 2022)';
/** The New York Times's live reports, which four collections' pages of spring 2022 are checked against. */
const NYT_LIVE_CORPUS = "huffpost-nyt-2022 (The New York Times's live reports, February to April 2022)";
/** The autumn outlets (dailymail-2022), which three collections' pages of late 2022 are checked against. */
const AUTUMN_CORPUS = 'dailymail-2022 (RT, CBS News, CNN, Reuters, ABC News; October and November 2022)';
// A collection whose pages are checked against another collection's corpus: its folder and its name.
const AGAINST_BBC = { corpusFolder: 'outlets-2022', corpusName: BBC_CORPUS } as const;
const AGAINST_AMERICAN = { corpusFolder: 'us-outlets-2022', corpusName: AMERICAN_CORPUS } as const;
const AGAINST_AUTUMN = { corpusFolder: 'dailymail-2022', corpusName: AUTUMN_CORPUS } as const;
const AGAINST_NYT_LIVE = { corpusFolder: 'huffpost-nyt-2022', corpusName: NYT_LIVE_CORPUS } as const;
export const OUTLET_COLLECTIONS = [
  {
    halves: ['outlets-tune', 'outlets-test'],
    folder: 'outlets-2022',
    corpusName: BBC_CORPUS,
  },
  {
    halves: ['us-outlets-tune', 'us-outlets-test'],
    folder: 'us-outlets-2022',
    corpusName: AMERICAN_CORPUS,
  },
  {
    halves: ['uk-us-outlets-tune', 'uk-us-outlets-test'],
    folder: 'uk-us-outlets-2022',
    // HuffPost's and the Daily Express's pages of the same months, against the American outlets' corpus.
    ...AGAINST_AMERICAN,
  },
  {
    halves: ['rt-tune', 'rt-test'],
    folder: 'rt-2022',
    // Russian state media's pages of August and September, against the same American corpus.
    ...AGAINST_AMERICAN,
  },
  {
    halves: ['dailymail-aug-tune', 'dailymail-aug-test'],
    folder: 'dailymail-aug-2022',
    // The Daily Mail's pages of late August, against the same American corpus.
    ...AGAINST_AMERICAN,
  },
  {
    halves: ['dailymail-tune', 'dailymail-test'],
    folder: 'dailymail-2022',
    corpusName: AUTUMN_CORPUS,
  },
  {
    halves: ['late-2022-tune', 'late-2022-test'],
    folder: 'late-2022',
    // HuffPost's pages of October to December and the Mirror's and the Daily Mail's of November,
    // against the autumn corpus: pages told up to a month after the corpus's last article.
    ...AGAINST_AUTUMN,
  },
  {
    halves: ['us-autumn-tune', 'us-autumn-test'],
    folder: 'us-autumn-2022',
    // ABC News's, Fox News's and The New York Times's pages of October to December, against the autumn corpus.
    ...AGAINST_AUTUMN,
  },
  {
    halves: ['huffpost-nyt-tune', 'huffpost-nyt-test'],
    folder: 'huffpost-nyt-2022',
    corpusName: NYT_LIVE_CORPUS,
  },
  {
    halves: ['abc-spring-tune', 'abc-spring-test'],
    folder: 'abc-spring-2022',
    // ABC News's pages of January to May, against the same live reports: the build-up, the invasion's
    // first weeks and the retreat from Kyiv, told by an American network.
    ...AGAINST_NYT_LIVE,
  },
  {
    halves: ['fox-spring-tune', 'fox-spring-test'],
    folder: 'fox-spring-2022',
    // Fox News's pages of February to April, politics and opinion among them, against the same live reports.
    ...AGAINST_NYT_LIVE,
  },
  {
    halves: ['us-spring-tune', 'us-spring-test'],
    folder: 'us-spring-2022',
    // ABC News's, Fox News's and The New York Times's pages of January to May, against the live reports.
    ...AGAINST_NYT_LIVE,
  },
  {
    halves: ['cbs-cnn-mirror-spring-tune', 'cbs-cnn-mirror-spring-test'],
    folder: 'cbs-cnn-mirror-spring-2022',
    // CBS News's, CNN's and the Mirror's pages of February to April, against the same live reports.
    ...AGAINST_NYT_LIVE,
  },
  {
    halves: ['four-outlets-may-tune', 'four-outlets-may-test'],
    folder: 'four-outlets-may-2022',
    // CBS News's, CNN's, Fox News's and the Mirror's pages of May, against the BBC's of April to June.
    ...AGAINST_BBC,
  },
  {
    halves: ['four-outlets-summer-tune', 'four-outlets-summer-test'],
    folder: 'four-outlets-summer-2022',
    // The same outlets' pages of June to September, against the American corpus of those months.
    ...AGAINST_AMERICAN,
  },
  {
    halves: ['four-outlets-autumn-tune', 'four-outlets-autumn-test'],
    folder: 'four-outlets-autumn-2022',
    // The same outlets' pages of October and November, against the autumn corpus.
    ...AGAINST_AUTUMN,
  },
  {
    halves: ['early-2022-tune', 'early-2022-test'],
    folder: 'early-2022',
    // Fox News's pages of January to April that the spring set does not hold, with CNN's and CBS News's
    // of January, against the live reports. Judged for notes only: its related articles are not, so
    // eval:related leaves it out.
    ...AGAINST_NYT_LIVE,
    notesOnly: true,
  },
] as const;
export type OutletCollection = (typeof OUTLET_COLLECTIONS)[number];
/** The collections whose related articles are judged: all but those judged for notes only. */
export const RELATED_COLLECTIONS: readonly OutletCollection[] = OUTLET_COLLECTIONS.filter(
  (collection) => !('notesOnly' in collection),
);
export const collectionFile = (collection: OutletCollection, file: string) =>
  readFileSync(`${FIXTURES}${collection.folder}/${file}`, 'utf8');
/** The folder a collection's corpus is in: its own, unless it shares another collection's. */
const corpusFolderOf = (collection: OutletCollection): string =>
  'corpusFolder' in collection ? collection.corpusFolder : collection.folder;
const corpusArticlesByFolder = new Map<string, CorpusArticle[]>();
export const readCollectionCorpus = (collection: OutletCollection): CorpusArticle[] => {
  const folder = corpusFolderOf(collection);
  let articles = corpusArticlesByFolder.get(folder);
  if (!articles) {
    articles = parseCorpusFile(readFileSync(`${FIXTURES}${folder}/corpus.jsonl`, 'utf8'), `${folder} corpus`).articles;
    corpusArticlesByFolder.set(folder, articles);
  }
  return articles;
};
export const readOutletsArticles = (): CorpusArticle[] =>
  OUTLET_COLLECTIONS.flatMap((collection) => [
    ...(corpusFolderOf(collection) === collection.folder ? readCollectionCorpus(collection) : []),
    ...parseCorpusFile(collectionFile(collection, 'pages.jsonl'), `${collection.folder} pages`).articles,
  ]);

/** One value per collection half, built once for each corpus the collections share (an index of it, most often). */
export function byCollectionHalf<T>(build: (collection: OutletCollection) => T): Map<string, T> {
  const byCorpus = new Map<string, T>();
  const byHalf = new Map<string, T>();
  for (const collection of OUTLET_COLLECTIONS) {
    const built = byCorpus.get(collection.corpusName) ?? build(collection);
    byCorpus.set(collection.corpusName, built);
    for (const half of collection.halves) byHalf.set(half, built);
  }
  return byHalf;
}

/** The collection of other outlets a half's pages come from, if they do. */
export const collectionOf = (half: string): OutletCollection | undefined =>
  OUTLET_COLLECTIONS.find((collection) => (collection.halves as readonly string[]).includes(half));

import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { madeUpArticles } from '../../tests/support/archive-articles';
import { PlaceFinder } from '../../utils/core/places/find-places';
import type { CheckedArticle } from './check-records';
import { InThreadReader, ReadingPool, readingThreads } from './reading-pool';

const checked = (articles: readonly CheckedArticle['article'][]): CheckedArticle[] =>
  articles.map((article, index) => ({
    article,
    where: `line ${index + 1}`,
    textHash: createHash('sha256').update(article.text).digest(),
  }));

describe('reading articles on threads', () => {
  const pool = new ReadingPool(2);
  afterAll(() => pool.close());
  const articles = checked([...readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles, ...madeUpArticles(30)]);

  it('gives what reading on the calling thread gives, in the order given', async () => {
    const here = await new InThreadReader(new PlaceFinder(loadGazetteer())).read(articles);
    const onThreads = await pool.read(articles);
    expect(onThreads.map((one) => one.article.id)).toEqual(articles.map((one) => one.article.id));
    expect(onThreads).toEqual(here);
    expect(here.some((one) => one.reading.claims.length > 0 && one.reading.places.length > 0)).toBe(true);
  }, 60_000);

  it('reads batches given at once, each whole', async () => {
    const [first, second] = await Promise.all([pool.read(articles.slice(0, 7)), pool.read(articles.slice(7))]);
    expect([...first, ...second].map((one) => one.article.id)).toEqual(articles.map((one) => one.article.id));
  }, 60_000);

  it('takes its number of threads from the environment, 0 for none', () => {
    expect(readingThreads({ SIDENOTE_ARCHIVE_READING_THREADS: '0' })).toBe(0);
    expect(readingThreads({ SIDENOTE_ARCHIVE_READING_THREADS: '3' })).toBe(3);
    expect(readingThreads({})).toBeGreaterThan(0);
    expect(() => readingThreads({ SIDENOTE_ARCHIVE_READING_THREADS: 'many' })).toThrow(/whole number/);
  });
});

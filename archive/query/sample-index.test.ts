import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { asJsonLines, madeUpArticles } from '../../tests/support/archive-articles';
import { hasPostgres, startTestArchive, type TestArchive } from '../../tests/support/postgres';
import { annotate } from '../../utils/core/annotate';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { MemoryTextStore } from '../../utils/core/text-store';
import { ingest } from '../ingest/ingest';
import { readLines } from '../ingest/read-lines';
import { ArchiveAnswers } from './answer';

const ready = hasPostgres('the archive’s index of articles stored without their words');

/**
 * Articles stored before their words were kept at ingest have none: the candidates' index reads
 * their texts instead, and answers as it does from the words.
 */
describe.skipIf(!ready)('an archive holding articles stored without their words', () => {
  let archive: TestArchive;
  const finder = new PlaceFinder(loadGazetteer());
  const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
  const corpus = { name: 'seeds and more', articles: [...seeds.articles, ...madeUpArticles(20)] };
  const local = CorpusIndex.build(corpus, finder);
  const texts = new MemoryTextStore(corpus.articles);
  let answers: ArchiveAnswers;
  let withoutWords = 0;

  beforeAll(async () => {
    archive = await startTestArchive();
    const lines = readLines(Readable.from([asJsonLines(corpus.articles)]), 1_000_000);
    await ingest(archive.pool, lines, { name: 'corpus.jsonl', finder, batchSize: 10 });
    const { rowCount } = await archive.pool.query(
      'UPDATE articles SET lead = NULL, signature = NULL, term_hashes = NULL WHERE seq % 2 = 0',
    );
    withoutWords = rowCount ?? 0;
    answers = new ArchiveAnswers(archive.pool, finder, corpus.name);
  }, 60_000);
  afterAll(() => archive?.stop());

  const withoutTimings = <T extends { timings: unknown }>({ timings: _timings, ...rest }: T) => rest;

  it.each(seeds.articles.map((article) => [article.id.slice(0, 3), article] as const))(
    'annotates seed %s as the local corpus does',
    async (_id, article) => {
      expect(withoutWords).toBeGreaterThan(0);
      const page = { text: article.text, title: article.title ?? null, publishedTime: article.date ?? null };
      const fromArchive = await answers.annotate(page);
      expect(fromArchive.related.length + (fromArchive.sameArticle ? 1 : 0)).toBeGreaterThan(0);
      expect(withoutTimings(fromArchive)).toEqual(withoutTimings(await annotate(page, local, texts, finder)));
    },
  );
});

import { Readable } from 'node:stream';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { asJsonLines, madeUpArticles } from '../../tests/support/archive-articles';
import { fixturePages } from '../../tests/support/fixtures';
import { hasPostgres, startTestArchive, type TestArchive } from '../../tests/support/postgres';
import { annotate } from '../../utils/core/annotate';
import { checkConsistency } from '../../utils/core/check-consistency';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { MemoryTextStore } from '../../utils/core/text-store';
import type { ArticleInput } from '../../utils/core/types';
import { extractArticle } from '../../utils/extract/extract-article';
import { ingest } from '../ingest/ingest';
import { readLines } from '../ingest/read-lines';
import { ArchiveAnswers } from './answer';

const ready = hasPostgres('the archive’s comparison with the local corpus');

/**
 * The archive answers from a sample of its articles, ranked by its own counts. Holding the same
 * articles as a local corpus, in the same order, it must say exactly what the local corpus says:
 * the bundled seeds, and made-up articles on the same cities that the candidate queries must leave
 * out or take in rightly.
 */
describe.skipIf(!ready)('the archive and the local corpus, holding the same articles', () => {
  let archive: TestArchive;
  const finder = new PlaceFinder(loadGazetteer());
  const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
  const corpus = { name: 'seeds and more', articles: [...seeds.articles, ...madeUpArticles(40)] };
  const local = CorpusIndex.build(corpus, finder);
  const texts = new MemoryTextStore(corpus.articles);
  let answers: ArchiveAnswers;

  beforeAll(async () => {
    archive = await startTestArchive();
    const lines = readLines(Readable.from([asJsonLines(corpus.articles)]), 1_000_000);
    const { stored } = await ingest(archive.pool, lines, { name: 'corpus.jsonl', finder, batchSize: 20 });
    expect(stored).toBe(corpus.articles.length);
    answers = new ArchiveAnswers(archive.pool, finder, corpus.name);
  }, 60_000);
  afterAll(() => archive?.stop());

  const fromSeeds = seeds.articles.map((article): [string, ArticleInput] => [
    `seed ${article.id.slice(0, 3)}`,
    { text: article.text, title: article.title ?? null, publishedTime: article.date ?? null },
  ]);
  const fromPages = fixturePages().flatMap(({ name, html, expected }): [string, ArticleInput][] => {
    if (expected.kind !== 'article') return [];
    const dom = new JSDOM(html, { url: `https://example.org/${name}`, virtualConsole: new VirtualConsole() });
    const extraction = extractArticle(dom.window.document);
    return extraction.kind === 'article' ? [[`page ${name}`, extraction.article]] : [];
  });
  const withoutTimings = <T extends { timings: unknown }>({ timings: _timings, ...rest }: T) => rest;
  const said = { related: 0, places: 0, notes: 0 };

  it.each([...fromSeeds, ...fromPages])(
    'annotates %s and checks its figures as the local corpus does',
    async (_name, page) => {
      const annotation = await answers.annotate(page);
      expect(withoutTimings(annotation)).toEqual(withoutTimings(await annotate(page, local, texts, finder)));
      const consistency = await answers.checkFigures(page);
      expect(withoutTimings(consistency)).toEqual(withoutTimings(await checkConsistency(page, local, texts, finder)));
      said.related += annotation.related.length;
      said.places += annotation.placeDetails.length;
      said.notes += consistency.notes.filter((note) => note.check === 'corpus').length;
    },
  );

  it('compared answers that say something: related coverage, places with their corpus articles, notes against the corpus', () => {
    expect(fromPages.length).toBeGreaterThanOrEqual(5);
    expect(said.related).toBeGreaterThan(5);
    expect(said.places).toBeGreaterThan(20);
    expect(said.notes).toBeGreaterThan(0);
  });
});

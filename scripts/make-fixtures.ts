/**
 * Writes the end-to-end page fixtures: each seed article wrapped as a news page, and copies of
 * real pages from ../shared/data/pages (mozilla/readability's test pages, Apache-2.0).
 * Run once; the output is committed and each fixture's expected.json is written by hand.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CORPUS_FOLDER, BUNDLED_CORPUS_NAME, readCorpusFolder } from './lib/corpus-folder';
import { renderNewsPage } from './lib/news-page';

const FIXTURES = new URL('../tests/fixtures/pages/', import.meta.url).pathname;
const SHARED_PAGES = new URL('../../shared/data/pages/', import.meta.url).pathname;

// Headlines for the wrapped seed pages: page furniture of the fixture, not corpus metadata.
const HEADLINES: Record<string, string> = {
  '000_9b88eb52003466db': 'Residents flee Dobropillia as Russia tightens its grip on Donetsk',
  '001_a7e6117e1f037954': 'Russian evacuation of encircled troops ends in disaster',
  '002_b653690046f4697e': 'A soldier watches her Donetsk hometown through a drone camera',
  '003_9ca9468ebf3219b2': 'Kupiansk residents urged to evacuate as Russian shelling intensifies',
};

for (const article of readCorpusFolder(BUNDLED_CORPUS_FOLDER, BUNDLED_CORPUS_NAME).articles) {
  const folder = join(FIXTURES, `seed-${article.id.slice(0, 3)}`);
  mkdirSync(folder, { recursive: true });
  const html = renderNewsPage({
    site: 'The Daily Ledger',
    headline: article.title ?? HEADLINES[article.id] ?? article.id,
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.date ? { date: article.date } : {}),
    paragraphs: article.text.split(/\n+/),
  });
  writeFileSync(join(folder, 'source.html'), html);
}

for (const name of ['bbc-1', 'nytimes-1', 'wapo-1', 'herald-sun-1', 'ars-1', 'yahoo-2']) {
  mkdirSync(join(FIXTURES, name), { recursive: true });
  copyFileSync(join(SHARED_PAGES, name, 'source.html'), join(FIXTURES, name, 'source.html'));
}
copyFileSync(join(SHARED_PAGES, 'LICENSE.md'), join(FIXTURES, 'LICENSE-readability-pages.md'));

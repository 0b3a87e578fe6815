/**
 * npm run eval:related: related coverage measured on real data written by others.
 * Corpus: ../shared/data/corpora/ukraine-news-dev.jsonl (224 articles on the war in Ukraine,
 * hellaskella33/ukraine-war-news-sentiment-analysis) plus the five seeds. Queries: each seed (are
 * its top three related articles about its places?) and every real page of ../shared/data/pages
 * (mozilla/readability's test pages, none about the war: how many get related coverage anyway?).
 * Prints a table; the last line is JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { annotate } from '../utils/core/annotate';
import { parseCorpusFile } from '../utils/core/corpus-format';
import { CorpusIndex } from '../utils/core/corpus-index';
import { MemoryTextStore } from '../utils/core/text-store';
import { extractArticle } from '../utils/extract/extract-article';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from './lib/corpus-folder';

const SHARED = new URL('../../shared/data/', import.meta.url).pathname;
const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles;
// The corpus format's own reader: keeps id, date and text, drops the collector's other fields.
const news = parseCorpusFile(readFileSync(`${SHARED}corpora/ukraine-news-dev.jsonl`, 'utf8'), 'ukraine-news-dev').articles;
const articles = [...news, ...seeds];
const index = CorpusIndex.build({ name: 'ukraine-news-dev + seeds', articles });
const texts = new MemoryTextStore(articles);
const textOf = new Map(articles.map((article) => [article.id, article.text]));

// Each seed's subject, by its places (with the spellings other outlets use).
const SUBJECT_PLACES: Record<string, RegExp> = {
  '000_9b88eb52003466db': /Donetsk|Dobropil/i,
  '001_a7e6117e1f037954': /Donetsk|Kleban|Bakhmut|Avdiivka|Donbas/i,
  '002_b653690046f4697e': /Donetsk|Kostiantynivka|Kostyantynivka|Konstantinovka|Donbas/i,
  '003_9ca9468ebf3219b2': /Kupiansk|Kupyansk|Kharkiv/i,
  '004_00ede0dd48624196': /Bakhmut|Artemivsk|Soledar|Donetsk|Donbas/i,
};

let onSubject = 0;
let shown = 0;
console.log('seed | related | top 3 about its places');
for (const seed of seeds) {
  const { related } = await annotate({ text: seed.text, title: seed.title ?? null }, index, texts);
  const top = related.slice(0, 3);
  const hits = top.filter((item) => SUBJECT_PLACES[seed.id]!.test(textOf.get(item.id) ?? '')).length;
  onSubject += hits;
  shown += top.length;
  console.log(`${seed.id} | ${related.length} | ${hits}/${top.length}`);
}

let pagesWithRelated = 0;
let pages = 0;
console.log('\nunrelated real page | related shown (shared terms of the first)');
for (const name of readdirSync(`${SHARED}pages`, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
  const html = readFileSync(`${SHARED}pages/${name}/source.html`, 'utf8');
  const extraction = extractArticle(new JSDOM(html, { url: 'https://news.example/', virtualConsole: new VirtualConsole() }).window.document);
  if (extraction.kind !== 'article') continue;
  const { related } = await annotate(extraction.article, index, texts);
  pages++;
  if (related.length) pagesWithRelated++;
  console.log(`${name} | ${related.length}${related[0] ? ` (${related[0].matchedTerms.slice(0, 5).join(', ')})` : ''}`);
}

const precisionAt3 = shown ? onSubject / shown : 0;
console.log(`\nseed top-3 precision (about the seed's places): ${(precisionAt3 * 100).toFixed(0)}% (${onSubject}/${shown})`);
console.log(`unrelated real pages given related coverage: ${pagesWithRelated}/${pages}`);
console.log(JSON.stringify({ eval: 'related', corpus: index.name, articles: index.size, seedTop3Precision: +precisionAt3.toFixed(3), unrelatedPagesWithRelated: pagesWithRelated, unrelatedPages: pages }));

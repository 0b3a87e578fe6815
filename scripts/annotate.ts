/**
 * Annotates a saved page with the same core the extension runs.
 *   npm run annotate -- FILE [--corpus FILE] [--json]
 * FILE is .html/.htm (extracted with Readability on jsdom) or .txt/.md (plain article text).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { annotate } from '../utils/core/annotate';
import { articleFromPlainText } from '../utils/core/article-from-text';
import { parseCorpusFile } from '../utils/core/corpus-format';
import { checkConsistency } from '../utils/core/check-consistency';
import { CorpusIndex } from '../utils/core/corpus-index';
import { PlaceFinder } from '../utils/core/places/find-places';
import { tidyText } from '../utils/core/text';
import { MemoryTextStore } from '../utils/core/text-store';
import type { ArticleInput } from '../utils/core/types';
import type { Annotation } from '../utils/core/results';
import { extractArticle } from '../utils/extract/extract-article';
import { BUNDLED_CORPUS_FOLDER, BUNDLED_CORPUS_NAME, readCorpusFolder } from './lib/corpus-folder';
import { loadGazetteer } from './lib/gazetteer-file';
import { formatReport } from './lib/report';

const USAGE = 'usage: npm run annotate -- FILE [--corpus FILE] [--json]';

class UsageError extends Error {}

function fail(message: string, code: number): never {
  console.error(`annotate: ${message.split('\n')[0]}`);
  process.exit(code);
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new Error(`cannot read ${what} ${path}: ${reason}`);
  }
}

type Input = { kind: 'article'; article: ArticleInput } | { kind: 'no-article'; reason: string };

function readInput(path: string): Input {
  const extension = extname(path).toLowerCase();
  const content = readText(path, 'file');
  if (extension === '.html' || extension === '.htm') {
    // The page's own scripts never run; its console noise is not ours to print.
    const dom = new JSDOM(content, { url: `file://${path}`, virtualConsole: new VirtualConsole() });
    const extraction = extractArticle(dom.window.document);
    if (extraction.kind === 'no-article') return extraction;
    const { excerpt: _excerpt, ...article } = extraction.article;
    return { kind: 'article', article };
  }
  if (extension === '.txt' || extension === '.md') {
    const parsed = articleFromPlainText(basename(path, extension), content);
    return {
      kind: 'article',
      article: {
        text: parsed.text,
        title: parsed.title ?? null,
        byline: parsed.byline ?? null,
        publishedTime: parsed.date ?? null,
      },
    };
  }
  throw new UsageError(`cannot annotate ${path}: expected .html, .htm, .txt or .md`);
}

function readCorpus(path: string) {
  const content = readText(path, 'corpus');
  try {
    return parseCorpusFile(content, basename(path));
  } catch (error) {
    throw new Error(`corpus ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { corpus: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
  } catch (error) {
    fail(`${(error as Error).message}; ${USAGE}`, 2);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) fail(USAGE, 2);

  const started = performance.now();
  const between = (from: number, to: number) => Math.round((to - from) * 100) / 100;
  try {
    const input = readInput(file);
    const extracted = performance.now();
    const corpusPath = parsed.values.corpus;
    const corpus = corpusPath ? readCorpus(corpusPath) : readCorpusFolder(BUNDLED_CORPUS_FOLDER, BUNDLED_CORPUS_NAME);
    const finder = new PlaceFinder(loadGazetteer());
    const index = CorpusIndex.build(corpus, finder);
    const texts = new MemoryTextStore(corpus.articles);
    const indexed = performance.now();

    if (input.kind === 'no-article') {
      if (parsed.values.json)
        console.log(
          JSON.stringify({ article: null, noArticle: input.reason, related: [], places: [], claims: [], notes: [] }),
        );
      else console.log(`No article: ${input.reason}`);
      return;
    }
    const annotation: Annotation = await annotate(input.article, index, texts, finder);
    const consistency = await checkConsistency(input.article, index, texts, finder);
    annotation.timings = {
      readAndExtract: between(started, extracted),
      loadGazetteerAndBuildIndex: between(extracted, indexed),
      ...annotation.timings,
      ...Object.fromEntries(Object.entries(consistency.timings).map(([stage, ms]) => [`figures.${stage}`, ms])),
      wall: between(started, performance.now()),
    };
    // The JSON carries the extracted text too: the places' offsets point into it.
    const articleText = tidyText(input.article.text);
    const { claims, notes, sourcing } = consistency;
    console.log(
      parsed.values.json
        ? JSON.stringify({ ...annotation, claims, notes, sourcing, articleText }, null, 2)
        : formatReport(annotation, consistency),
    );
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error), error instanceof UsageError ? 2 : 1);
  }
}

await main();

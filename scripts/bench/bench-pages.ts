/** The benchmark's pages and how annotating one is timed. */
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analysePage } from '../../utils/core/analyse-page';
import { annotate } from '../../utils/core/annotate';
import { checkConsistency } from '../../utils/core/check-consistency';
import type { CorpusIndex } from '../../utils/core/corpus-index';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import type { TextStore } from '../../utils/core/text-store';
import type { ArticleInput } from '../../utils/core/types';
import { extractArticle } from '../../utils/extract/extract-article';

const PAGES = new URL('../../../shared/data/pages/', import.meta.url).pathname;
/** A page's source, or null where a folder holds none (the licence file). */
function readSource(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Every real page of ../shared/data/pages and the seed pages, extracted once (Readability is not timed). */
export function benchmarkPages(): ArticleInput[] {
  const folders = [
    ...readdirSync(PAGES).map((name) => `${PAGES}${name}/source.html`),
    ...[0, 1, 2, 3, 4].map(
      (n) => new URL(`../../tests/fixtures/pages/seed-00${n}/source.html`, import.meta.url).pathname,
    ),
  ];
  return folders.flatMap((path) => {
    const html = path.endsWith('.html') ? readSource(path) : null;
    if (html === null) return [];
    const extraction = extractArticle(
      new JSDOM(html, { url: 'https://news.example/', virtualConsole: new VirtualConsole() }).window.document,
    );
    return extraction.kind === 'article' ? [extraction.article] : [];
  });
}

/**
 * Annotating a page is everything after Readability, as the background does it: the analysis
 * (places, claims, pairing with corpus figures, ranking), the sidebar's annotation, then the
 * figures check that reuses the analysis. The first two are what the sidebar waits for.
 */
export async function timeAnnotation(
  page: ArticleInput,
  index: CorpusIndex,
  texts: TextStore,
  finder: PlaceFinder,
): Promise<{ sidebar: number; whole: number }> {
  const started = performance.now();
  const analysis = analysePage(page, index, finder);
  await annotate(page, index, texts, finder, analysis);
  const sidebar = performance.now() - started;
  await checkConsistency(page, index, texts, finder, analysis);
  return { sidebar, whole: performance.now() - started };
}

/** The longest page source of ../shared/data/pages (HTML: long runs of text without sentence ends), or null. */
export function longestPageSource(): { name: string; text: string } | null {
  let longest: { name: string; text: string } | null = null;
  for (const name of readdirSync(PAGES)) {
    const text = readSource(`${PAGES}${name}/source.html`);
    if (text !== null && text.length > (longest?.text.length ?? -1))
      longest = { name: `pages/${name}/source.html`, text };
  }
  return longest;
}

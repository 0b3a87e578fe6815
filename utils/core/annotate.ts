import type { CorpusIndex } from './corpus-index';
import { countWords, tidyText } from './text';
import type { Annotation, ArticleInput } from './types';

// performance is a global in Node and in browsers, but not part of the ECMAScript library the core is checked against.
const clock = (globalThis as { performance?: { now(): number } }).performance ?? Date;
const now = () => clock.now();
const elapsed = (since: number) => Math.round((now() - since) * 100) / 100;

/** Everything Sidenote says about an extracted article, computed against one corpus index. */
export function annotate(input: ArticleInput, index: CorpusIndex): Annotation {
  const started = now();
  const text = tidyText(input.text);
  const article = {
    title: input.title?.trim() || null,
    // Pages write "By Jane Doe"; the sidebar labels the field itself.
    byline: input.byline?.trim().replace(/^by\s+/i, '') || null,
    siteName: input.siteName?.trim() || null,
    length: text.length,
    words: countWords(text),
  };
  const summarized = now();
  const { related, sameArticle } = index.related({ text, title: article.title });
  return {
    article,
    related,
    sameArticle,
    corpus: { name: index.name, articles: index.size },
    timings: { summary: elapsed(started), related: elapsed(summarized), total: elapsed(started) },
  };
}

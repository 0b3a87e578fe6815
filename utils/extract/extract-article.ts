import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/types';

export type Extraction =
  { kind: 'article'; article: ArticleInput & { excerpt: string | null } } | { kind: 'no-article'; reason: string };

/** Readability gives up below this much text; so does Sidenote (README, "What counts as an article"). */
const MIN_ARTICLE_CHARACTERS = 500;
/** Above this share of text inside links, the "article" is a list of headlines: a front page or index. */
const MAX_LINK_DENSITY = 0.35;
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/**
 * Runs Readability on a clone of `document` (the live page is never modified) and returns the
 * article's text with paragraph breaks, or why there is no article. Works on a browser document and
 * on a jsdom one alike.
 */
export function extractArticle(document: Document): Extraction {
  const clone = readableCopy(document);
  const parsed = new Readability<Element>(clone, { serializer: (element) => element as Element }).parse();
  const root = parsed?.content;
  if (!parsed || !root) return { kind: 'no-article', reason: 'Readability found no article on this page.' };

  const text = blockText(root);
  if (text.length < MIN_ARTICLE_CHARACTERS) {
    return {
      kind: 'no-article',
      reason: `The page's main text is too short to be an article (${text.length} characters).`,
    };
  }
  if (linkTextLength(root) / text.length > MAX_LINK_DENSITY || !isProbablyReaderable(document)) {
    return { kind: 'no-article', reason: 'This page is mostly links (a front page or an index), not an article.' };
  }
  if (declaresFrontPage(document)) {
    return { kind: 'no-article', reason: 'This page says it is a website front page, not an article.' };
  }
  return {
    kind: 'article',
    article: {
      text,
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      lang: parsed.lang ?? null,
      publishedTime: parsed.publishedTime ?? null,
      excerpt: parsed.excerpt ?? null,
      url: document.location?.href ?? null,
    },
  };
}

/**
 * A copy of the document for Readability to take apart, without the cost of its style sheets: a
 * new document parses every <style> it receives (Breitbart's 530 kB of CSS made the copy take
 * 25 ms instead of 8), while a copy made inside the page's own document and still detached parses
 * none. Readability deletes every <style> before it reads anything; their text is emptied here,
 * not the elements removed, because its first step (unwrapping images in <noscript>) looks at
 * element siblings. Same URL and base as a whole-document clone, and the same article from it on
 * every page of ../shared/data/pages.
 */
export function readableCopy(document: Document): Document {
  // linkedom (HTML import, in a worker) has no adoptNode, and parses no style sheets either.
  if (typeof document.adoptNode !== 'function') return document.cloneNode(true) as Document;
  const root = document.documentElement.cloneNode(true) as Element;
  for (const style of Array.from(root.getElementsByTagName('style'))) style.textContent = '';
  const copy = document.cloneNode(false) as Document;
  copy.appendChild(copy.adoptNode(root));
  return copy;
}

/** The element's text with blank lines between blocks, as a reader sees paragraphs. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const isBlock = BLOCKS.has((node as Element).tagName.toUpperCase());
    if (isBlock) parts.push('\n\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t\n]*\n[ \t]*/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Publishers mark article pages og:type=article (or Article JSON-LD) and front pages og:type=website;
 * Readability would otherwise pick one teaser story off a front page and call it the article.
 */
function declaresFrontPage(document: Document): boolean {
  const openGraphType = document
    .querySelector('meta[property="og:type"]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (openGraphType !== 'website') return false;
  const linkedData = Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
    (script) => script.textContent ?? '',
  );
  return !linkedData.some((json) => /"@type"\s*:\s*"(?:News|Blog|Scholarly|Report)?(?:Article|Posting)"/.test(json));
}

function linkTextLength(root: Element): number {
  let length = 0;
  for (const link of Array.from(root.querySelectorAll('a')))
    length += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return length;
}

import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixturePages } from '../../tests/support/fixtures';
import { blockText, extractArticle, readableCopy } from './extract-article';
import { hasSharedData } from '../../tests/support/shared-data';

const documentOf = (html: string, url = 'https://news.example/story') =>
  new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;

describe('extractArticle on the fixture pages', () => {
  it.each(fixturePages().map((page) => [page.name, page] as const))('%s', (_name, { html, expected }) => {
    const document = documentOf(html);
    const before = document.documentElement.outerHTML; // eslint-disable-line no-restricted-properties
    const extraction = extractArticle(document);
    expect(document.documentElement.outerHTML).toBe(before); // eslint-disable-line no-restricted-properties
    expect(extraction.kind).toBe(expected.kind);
    if (extraction.kind !== 'article' || expected.kind !== 'article') return;
    expect(extraction.article.title).toBe(expected.title);
    expect(extraction.article.siteName ?? null).toBe(expected.siteName);
    expect(extraction.article.text.length).toBeGreaterThan(1500);
    expect(extraction.article.text).toMatch(/\n\n/);
  });
});

describe('extractArticle on pages without an article', () => {
  it('says so for a page with almost no text', () => {
    const extraction = extractArticle(documentOf('<html><body><p>Coming soon.</p></body></html>'));
    expect(extraction.kind).toBe('no-article');
  });

  it('says so for a list of links', () => {
    const links = Array.from(
      { length: 60 },
      (_, i) => `<li><a href="/s${i}">Story number ${i} about the day's main events in the capital</a></li>`,
    ).join('');
    const extraction = extractArticle(documentOf(`<html><body><main><ul>${links}</ul></main></body></html>`));
    expect(extraction).toMatchObject({ kind: 'no-article' });
  });
});

describe('readableCopy', () => {
  const readWith = (copy: Document) => {
    const parsed = new Readability<Element>(copy, { serializer: (element) => element as Element }).parse();
    return parsed && { ...parsed, content: parsed.content?.outerHTML }; // eslint-disable-line no-restricted-properties
  };
  const SHARED_PAGES = new URL('../../../shared/data/pages/', import.meta.url).pathname;

  // The pages with the most CSS, where the copy saves the most: it must give Readability the same article.
  it
    .runIf(hasSharedData('the readable copy on the pages of ../shared/data with the most CSS'))
    .each(['breitbart', 'yahoo-3', 'guardian-1'])(
    'gives Readability what a whole-document clone gives it: %s',
    (name) => {
      const document = documentOf(
        readFileSync(`${SHARED_PAGES}${name}/source.html`, 'utf8'),
        'https://news.example/story',
      );
      const copy = readableCopy(document);
      expect(copy.URL).toBe(document.URL);
      expect(Array.from(copy.getElementsByTagName('style'), (style) => style.textContent)).toEqual(
        Array.from(document.getElementsByTagName('style'), () => ''),
      );
      expect(readWith(copy)).toEqual(readWith(document.cloneNode(true) as Document));
    },
  );

  // Found when the faster copy first landed: linkedom (the import worker's DOM) has no adoptNode.
  it('copies a linkedom document too, for pages imported as HTML', () => {
    const { document } = parseHTML(
      readFileSync(new URL('../../tests/fixtures/pages/bbc-1/source.html', import.meta.url), 'utf8'),
    );
    const extraction = extractArticle(document as unknown as Document);
    expect(extraction).toMatchObject({ kind: 'article', article: { publishedTime: '2015-07-24T05:36:09+01:00' } });
  });

  it('keeps each <style> in its place, so an image and its <noscript> fallback stay neighbours as Readability expects', () => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i} of a story long enough for Readability, with words, commas, and more words about the day.</p>`,
    ).join('');
    const html = `<html><head><style>p { color: red }</style></head><body><article>${paragraphs}<img src="blank.gif"><style>img {}</style><noscript><img src="photo.jpg"></noscript>${paragraphs}</article></body></html>`;
    const document = documentOf(html);
    expect(readWith(readableCopy(document))).toEqual(readWith(document.cloneNode(true) as Document));
  });
});

describe('blockText', () => {
  it('puts blank lines between blocks and none inside inline runs', () => {
    const { body } = documentOf('<div><h1>Title</h1><p>One <b>bold</b> line.</p><ul><li>A</li><li>B</li></ul></div>');
    expect(blockText(body)).toBe('Title\n\nOne bold line.\n\nA\n\nB');
  });
});

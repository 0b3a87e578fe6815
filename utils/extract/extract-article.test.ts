import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fixturePages } from '../../tests/support/fixtures';
import { blockText, extractArticle } from './extract-article';

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
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the day's main events in the capital</a></li>`).join('');
    const extraction = extractArticle(documentOf(`<html><body><main><ul>${links}</ul></main></body></html>`));
    expect(extraction).toMatchObject({ kind: 'no-article' });
  });
});

describe('blockText', () => {
  it('puts blank lines between blocks and none inside inline runs', () => {
    const { body } = documentOf('<div><h1>Title</h1><p>One <b>bold</b> line.</p><ul><li>A</li><li>B</li></ul></div>');
    expect(blockText(body)).toBe('Title\n\nOne bold line.\n\nA\n\nB');
  });
});

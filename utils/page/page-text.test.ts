import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sharedPageSources } from '../../tests/support/shared-texts';
import { PageText, visibleTextNodes } from './page-text';
import { hasSharedData } from '../../tests/support/shared-data';

const FIXTURE_PAGES = new URL('../../tests/fixtures/pages/', import.meta.url).pathname;
const isOwn = (element: Element) => element.tagName === 'SIDENOTE-MARK' || element.id === 'sidenote-root';
const { window } = new JSDOM('');
// What a content script has as globals; jsdom keeps them on its window.
Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
// Parsed, not run: no page script executes.
const bodyOf = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document.body;

/** The walk as first written: a walker whose filter, called for every node, rejects skipped and own elements with all they hold. */
function filteredWalk(root: Node): Text[] {
  const skipped = new Set([
    'SCRIPT',
    'STYLE',
    'NOSCRIPT',
    'TEMPLATE',
    'TEXTAREA',
    'SELECT',
    'OPTION',
    'SVG',
    'MATH',
    'IFRAME',
  ]);
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      return skipped.has(element.tagName.toUpperCase()) || isOwn(element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

describe('PageText', () => {
  it('holds the prose a reader sees, without white space, and finds each position again in its text node', () => {
    const body = bodyOf(
      `<p>Shelling hit <b>Kup&shy;iansk</b>  overnight.</p><script>var x = "Kyiv";</script><style>p{}</style>
       <svg><text>Map <tspan>label</tspan></text></svg><textarea>typed</textarea><sidenote-mark>marked</sidenote-mark>
       <div id="sidenote-root"><p>sidebar</p></div><p>Then <i>Kharkiv</i>.</p>`,
    );
    const text = new PageText(body, isOwn);
    expect(text.compact).toBe('ShellinghitKupianskovernight.ThenKharkiv.');
    const start = text.compact.indexOf('Kupiansk');
    const pieces = text.pieces(start, start + 'Kupiansk'.length);
    expect(pieces.map(({ node, start: from, end }) => node.data.slice(from, end))).toEqual(['Kup\u00adiansk']);
  });

  it.runIf(hasSharedData('the page text walker on the pages of ../shared/data'))(
    'finds the text nodes a filtering walker finds, on every fixture page and every page of ../shared/data',
    () => {
      const pages = [
        ...readdirSync(FIXTURE_PAGES, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? [readFileSync(`${FIXTURE_PAGES}${entry.name}/source.html`, 'utf8')] : [],
        ),
        ...sharedPageSources(),
      ];
      expect(pages.length).toBeGreaterThan(20);
      const differing = pages.filter((html) => {
        const body = bodyOf(html);
        const found = visibleTextNodes(body, isOwn);
        const expected = filteredWalk(body);
        return found.length !== expected.length || found.some((node, index) => node !== expected[index]);
      });
      expect(differing.length).toBe(0);
    },
    // Some 60 pages parsed with jsdom: 12 s on a quiet machine, more than 30 on a busy one.
    120_000,
  );
});

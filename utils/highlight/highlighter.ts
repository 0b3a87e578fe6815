import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { locateQuotes } from '../core/anchoring/locate-quotes';
import type { PlaceMentionInfo } from '../core/types';
import { PageText } from './page-text';

export const MARK_TAG = 'sidenote-mark';
// Work per animation frame: well inside a 16 ms frame, so scrolling and typing stay smooth.
const FRAME_BUDGET_MS = 6;

/**
 * Highlights place mentions in the live page and takes every highlight away again.
 *
 * A mention is found again by its quote (see locate-quotes.ts), then each text node it covers is
 * split and the piece wrapped in a <sidenote-mark>: an inline element of Sidenote's own, so page
 * styles aimed at spans do not touch it, styled with a background and underline only, which take
 * no room (no layout shift). Nothing else in the page changes, so its scripts and handlers keep
 * working. Every change is recorded, and remove() puts each text node back exactly as it was.
 */
export class PlaceHighlighter {
  /** Each changed text node with its original data and the nodes added after it, in order of change. */
  private readonly changes = new Map<Text, { data: string; added: ChildNode[] }>();
  private removed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly isOwnElement: (element: Element) => boolean,
  ) {
    ctx.onInvalidated(() => this.remove());
  }

  /** Highlights the mentions, a frame's budget at a time; resolves with how many were found in the page. */
  async highlight(mentions: readonly PlaceMentionInfo[], labelOf: (mention: PlaceMentionInfo) => string): Promise<number> {
    const body = document.body;
    if (!body || mentions.length === 0) return 0;
    const pageText = new PageText(body, this.isOwnElement);
    const ranges = locateQuotes(
      pageText.compact,
      mentions.map(({ prefix, surface, suffix }) => ({ prefix, exact: surface, suffix })),
    );
    // Pieces are resolved to text nodes up front: wrapping splits nodes and would stale later positions.
    const work = mentions.flatMap((mention, index) => {
      const range = ranges[index];
      return range ? [{ mention, pieces: pageText.pieces(range.start, range.end) }] : [];
    });
    // Wrap from the end of the page backwards: splitting a node leaves the earlier offsets in it valid.
    work.reverse();
    let next = 0;
    while (next < work.length && !this.removed) {
      await new Promise<void>((resolve) => this.ctx.requestAnimationFrame(() => resolve()));
      const frameStart = performance.now();
      while (next < work.length && performance.now() - frameStart < FRAME_BUDGET_MS && !this.removed) {
        const { mention, pieces } = work[next++]!;
        for (const piece of [...pieces].reverse()) this.wrap(piece, mention, labelOf(mention));
      }
    }
    return work.length;
  }

  private wrap({ node, start, end }: { node: Text; start: number; end: number }, mention: PlaceMentionInfo, label: string): void {
    if (!node.isConnected || end > node.data.length) return;
    let change = this.changes.get(node);
    if (!change) {
      change = { data: node.data, added: [] };
      this.changes.set(node, change);
    }
    const tail = node.splitText(end);
    const middle = node.splitText(start);
    const mark = document.createElement(MARK_TAG);
    mark.dataset.placeId = mention.id;
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-label', label);
    mark.style.cssText =
      'all: unset; display: inline; background: rgba(255, 200, 60, 0.35); text-decoration: underline dotted rgba(120, 80, 0, 0.8); text-underline-offset: 2px; cursor: help; border-radius: 2px;';
    middle.replaceWith(mark);
    mark.append(middle);
    change.added.push(mark, tail);
  }

  /** Takes every highlight away, leaving each text node as it was before. */
  remove(): void {
    this.removed = true;
    for (const [node, { data, added }] of [...this.changes].reverse()) {
      for (const extra of added) extra.remove();
      node.data = data;
    }
    this.changes.clear();
  }
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { locateQuotes } from '../core/anchoring/locate-quotes';
import type { PlaceMentionInfo } from '../core/results';
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
    ctx.onInvalidated(() => this.destroy());
  }

  /** Highlights the mentions, a frame's budget at a time; resolves with how many were found in the page. */
  async highlight(
    mentions: readonly PlaceMentionInfo[],
    labelOf: (mention: PlaceMentionInfo) => string,
  ): Promise<number> {
    const body = document.body;
    if (!body || mentions.length === 0) return 0;
    const pageText = new PageText(body, this.isOwnElement);
    const ranges = locateQuotes(
      pageText.compact,
      mentions.map(({ prefix, surface, suffix }) => ({ prefix, exact: surface, suffix })),
    );
    // Pieces are resolved to text nodes up front: wrapping splits nodes and would stale later positions.
    // Text the reader edits or a control holds is left alone: a mark there could be saved with the
    // reader's text, or break the control.
    const work = mentions.flatMap((mention, index) => {
      const range = ranges[index];
      const pieces = range ? pageText.pieces(range.start, range.end) : [];
      return pieces.length > 0 && !pieces.some(({ node }) => isUntouchable(node)) ? [{ mention, pieces }] : [];
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

  private wrap(
    { node, start, end }: { node: Text; start: number; end: number },
    mention: PlaceMentionInfo,
    label: string,
  ): void {
    // Checked again here: the page may have made the text editable since the work was planned.
    if (!node.isConnected || end > node.data.length || isUntouchable(node)) return;
    let change = this.changes.get(node);
    if (!change) {
      change = { data: node.data, added: [] };
      this.changes.set(node, change);
    }
    const tail = node.splitText(end);
    const middle = node.splitText(start);
    const mark = document.createElement(MARK_TAG);
    mark.dataset.placeId = mention.id;
    // Inside a link or a control the mark is no control of its own: the page's stays the one the keyboard reaches.
    if (!node.parentElement?.closest(INTERACTIVE)) {
      mark.tabIndex = 0;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-label', label);
    }
    mark.style.cssText =
      'all: unset; display: inline; background: rgba(255, 200, 60, 0.35); text-decoration: underline dotted rgba(120, 80, 0, 0.8); text-underline-offset: 2px; cursor: help; border-radius: 2px;';
    middle.replaceWith(mark);
    mark.append(middle);
    change.added.push(mark, tail);
  }

  /**
   * Takes every highlight away. A text node the page left as Sidenote split it is put back exactly
   * as it was; where the page has changed it since, the page's change stands and only the marks go,
   * their text left in place.
   */
  destroy(): void {
    this.removed = true;
    for (const [node, { data, added }] of [...this.changes].reverse()) {
      if (isAsSplit(node, data, added)) {
        for (const extra of added) extra.remove();
        node.data = data;
      } else {
        for (const extra of added)
          if (extra instanceof Element && extra.localName === MARK_TAG && extra.isConnected)
            extra.replaceWith(...extra.childNodes);
      }
    }
    this.changes.clear();
  }
}

/** Links and controls, inside which a highlight must not act as a control of its own. */
export const INTERACTIVE =
  'a[href], button, label, summary, select, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';
const FORM_TEXT = 'textarea, select, option, button, input';

function isUntouchable(node: Text): boolean {
  const parent = node.parentElement;
  return (
    parent === null ||
    parent.isContentEditable ||
    node.ownerDocument.designMode === 'on' ||
    parent.closest(FORM_TEXT) !== null
  );
}

/** Whether the node and what Sidenote added after it still stand together, with the text it had. */
function isAsSplit(node: Text, data: string, added: readonly ChildNode[]): boolean {
  if (!node.isConnected) return false;
  const ours = new Set(added);
  let text = node.data;
  let count = 0;
  for (let next = node.nextSibling; next && ours.has(next); next = next.nextSibling) {
    if (next instanceof Element && (next.childNodes.length !== 1 || next.firstChild?.nodeType !== Node.TEXT_NODE))
      return false;
    text += next.textContent ?? '';
    count++;
  }
  return count === added.length && text === data;
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { locateQuotes } from '../core/anchoring/locate-quotes';
import { PageText } from './page-text';

const HIGHLIGHT_NAME = 'sidenote-flash';
const FLASH_MS = 2_500;

/**
 * Takes the reader to a sentence of the article: finds it again in the live page (as the place
 * highlights are found), scrolls it to the middle of the view and flashes it. The flash is a CSS
 * custom highlight: it paints over the text without touching the page's DOM or layout; only its
 * one style rule is added to the page, and taken away on teardown.
 */
export class SentenceFlasher {
  private style: HTMLStyleElement | null = null;
  private clearTimer: number | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly isOwnElement: (element: Element) => boolean,
  ) {
    ctx.onInvalidated(() => this.destroy());
  }

  /** Scrolls to and flashes the sentence; false when the page no longer holds it. */
  flash(sentence: string): boolean {
    const body = document.body;
    if (!body) return false;
    const exact = sentence.replace(/^…|…$/g, '');
    const pageText = new PageText(body, this.isOwnElement);
    const [found] = locateQuotes(pageText.compact, [{ prefix: '', exact, suffix: '' }]);
    if (!found) return false;
    const pieces = pageText.pieces(found.start, found.end);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) return false;
    const range = document.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    first.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.paint(range);
    return true;
  }

  private paint(range: Range): void {
    if (!('highlights' in CSS)) return;
    if (!this.style) {
      this.style = document.createElement('style');
      this.style.dataset.sidenote = 'flash';
      this.style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd84d; color: #111; }`;
      document.head.append(this.style);
    }
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    if (this.clearTimer !== null) clearTimeout(this.clearTimer);
    this.clearTimer = this.ctx.setTimeout(() => {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      this.clearTimer = null;
    }, FLASH_MS);
  }

  destroy(): void {
    if (this.clearTimer !== null) clearTimeout(this.clearTimer);
    this.clearTimer = null;
    if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.style?.remove();
    this.style = null;
  }
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LocatorMap } from '../core/places/locator-map';
import type { PlaceInArticle } from '../core/results';
import { INTERACTIVE, MARK_TAG } from './highlighter';
import type { FromPlaceCard } from '../shared/frame-messages';
import { ExtensionFrame } from './extension-frame';

export const CARD_TAG = 'sidenote-place-card';
const CARD_WIDTH = 280;
const MAX_CARD_HEIGHT = 460;
const GAP = 6;
// Time to move the pointer from a highlight onto its card before the card goes.
const HIDE_DELAY_MS = 250;
// Hidden but laid out (a frame without display has no size): its card can still be measured.
const HIDDEN = `visibility: hidden !important; pointer-events: none !important; position: fixed !important; top: 0 !important; left: 0 !important; width: ${CARD_WIDTH}px !important; height: ${MAX_CARD_HEIGHT}px !important;`;

interface Shown {
  place: PlaceInArticle;
  mark: HTMLElement;
  /** The card's height as its frame reported it; 0 until then (the frame stays hidden). */
  height: number;
}

/**
 * Owns the hover card of highlighted places: one frame (entrypoints/place-card), shown next to the
 * highlight under the pointer or holding the keyboard focus, hidden when both leave, on Escape and
 * on scroll. The maps come from the background, once per place. Only the reader's own input moves
 * it: events the page's script makes up are ignored. Every listener and timer belongs to the
 * content script's context, and destroy() removes the card's frame from the page.
 */
export class PlaceCardController {
  private frame: ExtensionFrame<'place-card'> | null = null;
  private shown: Shown | null = null;
  private readonly maps = new Map<string, LocatorMap | string>();
  private hideTimer: number | null = null;
  private readonly listeners = new AbortController();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly places: ReadonlyMap<string, PlaceInArticle>,
    private readonly requestMap: (placeId: string) => Promise<LocatorMap>,
    private readonly showInSidebar: (placeId: string) => void,
    /** The sidebar's width, which the card stays clear of. */
    private readonly reservedRight: () => number,
  ) {
    ctx.onInvalidated(() => this.destroy());
  }

  mount(): void {
    if (this.listeners.signal.aborted) return;
    this.frame = new ExtensionFrame(this.ctx, 'place-card', {
      tag: CARD_TAG,
      title: 'Place details',
      hostCss: HIDDEN,
      onMessage: (message) => this.onFrameMessage(message),
      onGone: () => this.destroy(),
    });
    const options = { signal: this.listeners.signal };
    const markOf = (event: Event) =>
      event.isTrusted && event.target instanceof Element ? event.target.closest<HTMLElement>(MARK_TAG) : null;
    document.addEventListener(
      'mouseover',
      (event) => {
        const mark = markOf(event);
        if (mark) this.show(mark);
      },
      options,
    );
    document.addEventListener(
      'mouseout',
      (event) => {
        if (markOf(event)) this.hideSoon();
      },
      options,
    );
    document.addEventListener(
      'focusin',
      (event) => {
        const mark = markOf(event);
        if (mark) this.show(mark);
        else if (event.isTrusted && event.target !== this.frame?.host) this.hideSoon();
      },
      options,
    );
    document.addEventListener(
      'click',
      (event) => {
        const mark = markOf(event);
        // A highlight inside a link or a control stays that control's: the card still tells about the place on hover.
        if (!mark || mark.parentElement?.closest(INTERACTIVE)) return;
        event.preventDefault();
        this.showInSidebar(mark.dataset.placeId ?? '');
      },
      options,
    );
    document.addEventListener(
      'keydown',
      (event) => {
        const mark = markOf(event);
        if (mark && (event.key === 'Enter' || event.key === ' ') && !mark.parentElement?.closest(INTERACTIVE)) {
          event.preventDefault();
          this.showInSidebar(mark.dataset.placeId ?? '');
        }
      },
      options,
    );
    // Ahead of the sidebar's own Escape handler (on document): Escape closes the card first.
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && event.key === 'Escape' && this.shown) {
          event.stopImmediatePropagation();
          this.hide();
        }
      },
      { ...options, capture: true },
    );
    window.addEventListener('scroll', () => this.hide(), { ...options, capture: true, passive: true });
    // The pointer on its way from the name onto the card keeps it.
    this.frame.host.addEventListener(
      'mouseenter',
      (event) => {
        if (event.isTrusted) this.cancelHide();
      },
      options,
    );
    this.frame.host.addEventListener(
      'mouseleave',
      (event) => {
        if (event.isTrusted) this.hideSoon();
      },
      options,
    );
  }

  private onFrameMessage(message: FromPlaceCard): void {
    if (!this.shown) return;
    if (message.type === 'size') {
      // A report for the place shown before this one is stale.
      if (message.placeId !== this.shown.place.id) return;
      this.shown.height = message.height;
      this.place();
    } else if (message.type === 'show-in-sidebar') {
      if (message.placeId === this.shown.place.id) this.showInSidebar(message.placeId);
    } else if (message.type === 'escape') {
      this.hide();
    }
  }

  private show(mark: HTMLElement): void {
    this.cancelHide();
    const place = this.places.get(mark.dataset.placeId ?? '');
    if (!place || this.shown?.mark === mark) return;
    // Hidden until the frame has rendered this place and said how tall it is.
    this.shown = { place, mark, height: 0 };
    this.setHostStyle(HIDDEN);
    this.frame?.send({ type: 'show', place, map: this.maps.get(place.id) ?? null });
    if (!this.maps.has(place.id)) {
      this.requestMap(place.id).then(
        (map) => this.mapArrived(place.id, map),
        (error: unknown) => this.mapArrived(place.id, error instanceof Error ? error.message : String(error)),
      );
    }
  }

  private mapArrived(placeId: string, map: LocatorMap | string): void {
    if (this.listeners.signal.aborted) return;
    this.maps.set(placeId, map);
    if (this.shown?.place.id === placeId) this.frame?.send({ type: 'show', place: this.shown.place, map });
  }

  /** Below the name; above it when the card would overflow the viewport; clear of the sidebar. */
  private place(): void {
    if (!this.shown || this.shown.height === 0) return;
    const rect = this.shown.mark.getBoundingClientRect();
    const height = Math.min(this.shown.height, MAX_CARD_HEIGHT, window.innerHeight - 2 * GAP);
    const rightLimit = window.innerWidth - this.reservedRight() - CARD_WIDTH - GAP;
    const left = Math.max(GAP, Math.min(rect.left, rightLimit));
    const below = rect.bottom + GAP;
    const top = below + height <= window.innerHeight - GAP ? below : Math.max(GAP, rect.top - GAP - height);
    this.setHostStyle(
      `position: fixed !important; display: block !important; z-index: 2147483647 !important; top: ${top}px !important; left: ${left}px !important; ` +
        `width: ${CARD_WIDTH}px !important; height: ${height}px !important; border-radius: 8px !important; box-shadow: 0 6px 24px rgb(0 0 0 / 0.2) !important;`,
    );
  }

  private setHostStyle(css: string): void {
    this.frame?.setHostCss(css);
  }

  private hideSoon(): void {
    this.cancelHide();
    this.hideTimer = this.ctx.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  hide(): void {
    this.cancelHide();
    if (!this.shown) return;
    this.shown = null;
    this.setHostStyle(HIDDEN);
    this.frame?.send({ type: 'hide' });
  }

  destroy(): void {
    this.listeners.abort();
    this.cancelHide();
    this.shown = null;
    this.frame?.destroy();
    this.frame = null;
  }
}

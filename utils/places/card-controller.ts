import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRenderRoot } from '../ui/shadow-ui';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PlaceCard } from '@/components/PlaceCard';
import placeCardCss from '@/components/place-card.css?inline';
import sharedCss from '@/components/shared.css?inline';
import type { LocatorMap } from '../core/places/locator-map';
import type { PlaceInArticle } from '../core/types';
import { MARK_TAG } from '../highlight/highlighter';

export const CARD_TAG = 'sidenote-place-card';
const CARD_WIDTH = 280;
const GAP = 6;
// Time to move the pointer from a highlight onto its card before the card goes.
const HIDE_DELAY_MS = 250;

interface Shown {
  place: PlaceInArticle;
  mark: HTMLElement;
  position: { top: number; left: number };
}

/**
 * Owns the hover card of highlighted places: one shadow root, shown for the highlight under the
 * pointer or holding the keyboard focus, hidden when both leave, on Escape and on scroll. The maps
 * come from the background, once per place. Every listener and timer belongs to the content
 * script's context, and destroy() removes the card's host from the page.
 */
export class PlaceCardController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
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

  async mount(): Promise<void> {
    const ui = await createRenderRoot(this.ctx, { name: CARD_TAG, css: sharedCss + placeCardCss });
    if (this.listeners.signal.aborted) return;
    this.ui = ui;
    ui.mount();
    const options = { signal: this.listeners.signal };
    const markOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>(MARK_TAG) : null);
    document.addEventListener('mouseover', (event) => {
      const mark = markOf(event);
      if (mark) this.show(mark);
    }, options);
    document.addEventListener('mouseout', (event) => {
      if (markOf(event)) this.hideSoon();
    }, options);
    document.addEventListener('focusin', (event) => {
      const mark = markOf(event);
      if (mark) this.show(mark);
      else if (!(event.target instanceof Element && event.target.localName === CARD_TAG)) this.hideSoon();
    }, options);
    document.addEventListener('click', (event) => {
      const mark = markOf(event);
      // A highlight inside a link stays a link: the card still tells about the place on hover.
      if (!mark || mark.closest('a[href]')) return;
      event.preventDefault();
      this.showInSidebar(mark.dataset.placeId ?? '');
    }, options);
    document.addEventListener('keydown', (event) => {
      const mark = markOf(event);
      if (mark && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.showInSidebar(mark.dataset.placeId ?? '');
      }
    }, options);
    // Ahead of the sidebar's own Escape handler (on document): Escape closes the card first.
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.shown) {
        event.stopImmediatePropagation();
        this.hide();
      }
    }, { ...options, capture: true });
    window.addEventListener('scroll', () => this.hide(), { ...options, capture: true, passive: true });
  }

  private show(mark: HTMLElement): void {
    this.cancelHide();
    const place = this.places.get(mark.dataset.placeId ?? '');
    if (!place || this.shown?.mark === mark) return;
    this.shown = { place, mark, position: this.positionNear(mark, 0) };
    this.render();
    // Placed below the name; once the card's height is known, above it when it would overflow.
    const height = this.ui?.mounted?.querySelector<HTMLElement>('.card')?.offsetHeight ?? 0;
    this.shown.position = this.positionNear(mark, height);
    this.render();
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
    if (this.shown?.place.id === placeId) this.render();
  }

  private positionNear(mark: HTMLElement, cardHeight: number): { top: number; left: number } {
    const rect = mark.getBoundingClientRect();
    const rightLimit = window.innerWidth - this.reservedRight() - CARD_WIDTH - GAP;
    const left = Math.max(GAP, Math.min(rect.left, rightLimit));
    const below = rect.bottom + GAP;
    const fitsBelow = below + cardHeight <= window.innerHeight - GAP;
    return { left, top: fitsBelow || cardHeight === 0 ? below : Math.max(GAP, rect.top - GAP - cardHeight) };
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
    this.render();
  }

  destroy(): void {
    this.listeners.abort();
    this.cancelHide();
    this.shown = null;
    this.ui?.remove();
    this.ui = null;
  }

  private render(): void {
    const root = this.ui?.mounted;
    if (!root) return;
    if (!this.shown) {
      render(null, root);
      return;
    }
    const { place, position } = this.shown;
    render(
      h(PlaceCard, {
        place,
        map: this.maps.get(place.id) ?? null,
        position,
        onShowInSidebar: () => this.showInSidebar(place.id),
        onPointerEnter: () => this.cancelHide(),
        onPointerLeave: () => this.hideSoon(),
      }),
      root,
    );
  }
}

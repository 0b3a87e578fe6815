import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRenderRoot } from '../ui/shadow-ui';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import sharedCss from '@/components/shared.css?inline';
import sidebarCss from '@/components/sidebar.css?inline';
import type { PageChange } from './page-watch';
import type { ReadyState, SidebarState } from './state';

export const SIDEBAR_TAG = 'sidenote-sidebar';

/**
 * Owns the sidebar: its state, its shadow root, its listeners and its teardown. Components only
 * render what it passes them. Closing removes everything it added to the page.
 */
export class SidebarController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private state: SidebarState = { status: 'loading' };
  private readonly listeners = new AbortController();
  private readonly closeCallbacks: (() => void)[] = [];
  private readonly focusBefore: Element | null = document.activeElement;
  private closed = false;
  private placesVisible: (() => void) | null = null;
  private placesObserver: IntersectionObserver | null = null;
  private showSentence: (sentence: string) => boolean = () => false;
  private changed: { change: PageChange; rerun: () => void } | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.close());
  }

  /** Called once, when the sidebar closes for any reason. */
  onClose(callback: () => void): void {
    this.closeCallbacks.push(callback);
  }

  /** What a consistency note's click does: take the reader to the page's sentence (false when it is gone). */
  onShowSentence(handler: (sentence: string) => boolean): void {
    this.showSentence = handler;
  }

  /** The page changed since it was read: say so, with a button that reads it again. */
  pageChanged(change: PageChange, rerun: () => void): void {
    this.changed = { change, rerun };
    this.render();
  }

  /** Pixels the sidebar covers at the right edge of the viewport. */
  get width(): number {
    return this.isOpen ? (this.ui?.shadowHost.getBoundingClientRect().width ?? 0) : 0;
  }

  get isOpen(): boolean {
    return this.ui !== null && !this.closed;
  }

  async open(): Promise<void> {
    const ui = await createRenderRoot(this.ctx, { name: SIDEBAR_TAG, css: sharedCss + sidebarCss, isolateEvents: ['keydown', 'keyup', 'keypress'] });
    if (this.closed) return; // closed while the UI was being created
    this.ui = ui;
    ui.mount();
    document.addEventListener('keydown', (event) => this.onPageKey(event), { capture: true, signal: this.listeners.signal });
    this.render();
    ui.shadow.querySelector<HTMLElement>('[data-sidenote-panel]')?.focus();
  }

  show(state: SidebarState): void {
    this.state = state;
    this.render();
  }

  /** Changes parts of a ready sidebar (its map arrives, highlighting ends); ignored in other states. */
  update(patch: Partial<Omit<ReadyState, 'status'>>): void {
    if (this.state.status !== 'ready') return;
    this.state = { ...this.state, ...patch };
    this.render();
  }

  /**
   * Calls `callback` once, when the Places section first scrolls into view: its map is drawn only
   * for a reader who looks at it, so that drawing it never competes with the next click.
   */
  whenPlacesVisible(callback: () => void): void {
    this.placesVisible = callback;
    this.observePlaces();
  }

  private observePlaces(): void {
    const section = this.ui?.shadow.querySelector('[data-testid="places"]');
    if (!section || !this.placesVisible || this.placesObserver) return;
    this.placesObserver = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.placesObserver?.disconnect();
      const callback = this.placesVisible;
      this.placesVisible = null;
      callback?.();
    });
    this.placesObserver.observe(section);
  }

  /** Opens the place's entry in the Places section and moves the keyboard focus there. */
  focusPlace(placeId: string): void {
    this.update({ focusedPlaceId: placeId });
    const item = this.ui?.shadow.querySelector<HTMLElement>(`[data-testid="place-item"][data-place-id="${CSS.escape(placeId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listeners.abort();
    this.placesObserver?.disconnect();
    this.ui?.remove();
    this.ui = null;
    if (this.focusBefore instanceof HTMLElement && this.focusBefore.isConnected) this.focusBefore.focus();
    for (const callback of this.closeCallbacks.splice(0)) callback();
  }

  private onPageKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.close();
  }

  private render(): void {
    const panel = this.ui?.mounted;
    if (!panel) return;
    render(
      h(Sidebar, {
        state: this.state,
        onClose: () => this.close(),
        onSelectPlace: (placeId: string) => {
          const focused = this.state.status === 'ready' && this.state.focusedPlaceId === placeId;
          this.update({ focusedPlaceId: focused ? null : placeId });
        },
        onShowSentence: (sentence: string) => this.showSentence(sentence),
        pageChange: this.changed?.change ?? null,
        onRerun: () => this.changed?.rerun(),
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === 'Escape') this.close();
        },
      }),
      panel,
    );
  }
}

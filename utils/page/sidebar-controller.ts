import type { Destroyable } from './destroyable';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FromSidebar } from '../shared/frame-messages';
import { ExtensionFrame } from './extension-frame';
import type { PageChange } from '../shared/sidebar-state';
import type { ReadyState, SidebarState } from '../shared/sidebar-state';

export const SIDEBAR_TAG = 'sidenote-sidebar';

// The frame's place in the page: the right edge, full height, above everything.
const HOST_CSS =
  'position: fixed !important; inset: 0 0 0 auto !important; width: min(400px, 100vw) !important; height: 100vh !important; z-index: 2147483647 !important; display: block !important;';

/**
 * Owns the sidebar: its state, its frame, its listeners and its teardown. The frame
 * (entrypoints/sidebar) only renders the state it is sent and reports the reader's actions; closing
 * removes everything the sidebar added to the page and gives the focus back where it was.
 */
export class SidebarController {
  private frame: ExtensionFrame<'sidebar'> | null = null;
  private state: SidebarState = { status: 'loading' };
  private readonly listeners = new AbortController();
  private readonly owned: Destroyable[] = [];
  private readonly focusBefore: Element | null = document.activeElement;
  private closed = false;
  private placesVisible: (() => void) | null = null;
  private placesSeen = false;
  private paintedCallbacks: (() => void)[] = [];
  private answerPainted = false;
  private showSentence: (sentence: string) => boolean = () => false;
  private changed: { change: PageChange; rerun: () => void } | null = null;
  private useLocal: () => void = () => undefined;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.destroy());
  }

  /** Destroys `part` with the sidebar, whatever closes it; at once if it already is closed. */
  adopt(part: Destroyable): void {
    if (this.closed) part.destroy();
    else this.owned.push(part);
  }

  /** What a consistency note's click does: take the reader to the page's sentence (false when it is gone). */
  onShowSentence(handler: (sentence: string) => boolean): void {
    this.showSentence = handler;
  }

  /** What the error's "Use the local corpus" button does, when a shared archive failed. */
  onUseLocal(handler: () => void): void {
    this.useLocal = handler;
  }

  /** The page changed since it was read: say so, with a button that reads it again. */
  pageChanged(change: PageChange, rerun: () => void): void {
    this.changed = { change, rerun };
    this.render();
  }

  /** Pixels the sidebar covers at the right edge of the viewport. */
  get width(): number {
    return this.isOpen ? (this.frame?.host.getBoundingClientRect().width ?? 0) : 0;
  }

  get isOpen(): boolean {
    return this.frame !== null && !this.closed;
  }

  /** Puts the frame in the page and gives it the keyboard focus; its content follows as it loads. */
  open(): void {
    if (this.closed || this.frame) return;
    this.frame = new ExtensionFrame(this.ctx, 'sidebar', {
      tag: SIDEBAR_TAG,
      title: 'Sidenote',
      hostCss: HOST_CSS,
      onMessage: (message) => this.onFrameMessage(message),
      onGone: () => this.destroy(),
    });
    document.addEventListener('keydown', (event) => this.onPageKey(event), {
      capture: true,
      signal: this.listeners.signal,
    });
    this.render();
    this.frame.iframe.focus();
    this.frame.send({ type: 'focus' });
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
   * Calls `callback` once, when the Places section first scrolls into view (the frame watches its
   * own scrolling): its map is drawn only for a reader who looks at it, so that drawing it never
   * competes with the next click.
   */
  whenPlacesVisible(callback: () => void): void {
    this.placesVisible = callback;
    if (this.placesSeen) this.firePlacesVisible();
  }

  private firePlacesVisible(): void {
    this.placesSeen = true;
    const callback = this.placesVisible;
    this.placesVisible = null;
    callback?.();
  }

  /**
   * Resolves once the frame has painted its first answer, or the sidebar closed, or after
   * `timeoutMs` (a frame that never loads holds nothing else up).
   */
  painted(timeoutMs: number): Promise<void> {
    if (this.answerPainted || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = this.ctx.setTimeout(resolve, timeoutMs);
      this.paintedCallbacks.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private firePainted(): void {
    this.answerPainted = true;
    for (const callback of this.paintedCallbacks.splice(0)) callback();
  }

  /** Opens the place's entry in the Places section and moves the keyboard focus there. */
  focusPlace(placeId: string): void {
    this.update({ focusedPlaceId: placeId });
    this.frame?.iframe.focus();
    this.frame?.send({ type: 'focus-place', placeId });
  }

  /** Closes the sidebar and takes out of the page everything it owns. */
  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.listeners.abort();
    this.firePainted();
    this.frame?.destroy();
    this.frame = null;
    if (this.focusBefore instanceof HTMLElement && this.focusBefore.isConnected) this.focusBefore.focus();
    for (const part of this.owned.splice(0).reverse()) part.destroy();
  }

  private onFrameMessage(message: FromSidebar): void {
    switch (message.type) {
      case 'close':
        this.destroy();
        break;
      case 'select-place': {
        const focused = this.state.status === 'ready' && this.state.focusedPlaceId === message.placeId;
        this.update({ focusedPlaceId: focused ? null : message.placeId });
        break;
      }
      case 'show-sentence':
        this.showSentence(message.sentence);
        break;
      case 'rerun':
        this.changed?.rerun();
        break;
      case 'use-local':
        if (this.state.status === 'error' && this.state.archive !== undefined) this.useLocal();
        break;
      case 'places-visible':
        this.firePlacesVisible();
        break;
      case 'painted':
        this.firePainted();
        break;
    }
  }

  /** Escape in the page closes the sidebar; the page's own script cannot fake it. */
  private onPageKey(event: KeyboardEvent): void {
    if (event.isTrusted && event.key === 'Escape') this.destroy();
  }

  private render(): void {
    this.frame?.send({ type: 'state', state: this.state, pageChange: this.changed?.change ?? null });
  }
}

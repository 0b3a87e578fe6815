import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import sidebarCss from '@/components/sidebar.css?inline';
import type { SidebarState } from './state';

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

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.close());
  }

  /** Called once, when the sidebar closes for any reason. */
  onClose(callback: () => void): void {
    this.closeCallbacks.push(callback);
  }

  get isOpen(): boolean {
    return this.ui !== null && !this.closed;
  }

  async open(): Promise<void> {
    const ui = await createShadowRootUi(this.ctx, {
      name: SIDEBAR_TAG,
      position: 'inline',
      anchor: document.body ?? document.documentElement,
      append: 'last',
      css: sidebarCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => {
        const panel = document.createElement('div');
        container.append(panel);
        return panel;
      },
      onRemove: (panel) => {
        if (panel) render(null, panel);
      },
    });
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

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listeners.abort();
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
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === 'Escape') this.close();
        },
      }),
      panel,
    );
  }
}

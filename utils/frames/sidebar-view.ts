import { h, render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import type { FromSidebar, ToSidebar } from '../shared/frame-messages';
import type { PageChange } from '../shared/sidebar-state';
import type { SidebarState } from '../shared/sidebar-state';
import type { PagePort } from './page-port';

/**
 * The sidebar frame's side: renders what the content script sends (sidebar/controller.ts owns the
 * state) and reports the reader's actions back. Watches its own scrolling for the Places section.
 */
export class SidebarView {
  private state: SidebarState = { status: 'loading' };
  private pageChange: PageChange | null = null;
  private placesObserver: IntersectionObserver | null = null;
  private placesReported = false;
  private answerPainted = false;
  private renderStartedAt = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly port: PagePort<'sidebar'>,
  ) {
    port.onMessage((message) => this.receive(message));
    this.closeOnEscape();
    this.render();
  }

  private receive(message: ToSidebar): void {
    switch (message.type) {
      case 'state':
        this.state = message.state;
        this.pageChange = message.pageChange;
        this.render();
        break;
      case 'focus':
        this.panel()?.focus();
        break;
      case 'focus-place': {
        const item = this.root.querySelector<HTMLElement>(
          `[data-testid="place-item"][data-place-id="${CSS.escape(message.placeId)}"]`,
        );
        item?.scrollIntoView({ block: 'nearest' });
        item?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
        break;
      }
    }
  }

  /**
   * Reports an action that removes this frame once the click or key that made it has been handled:
   * a frame removed while the browser still waits for it to acknowledge that input leaves the input
   * unfinished (a test driver's click or key press then never returns).
   */
  private sendAfterEvent(message: FromSidebar): void {
    setTimeout(() => this.port.send(message), 0);
  }

  /**
   * Escape closes the sidebar once the key is released: removed while the key is still down, the
   * frame would leave its release unanswered (a test driver's key press then never returns).
   */
  private closeOnEscape(): void {
    let escapeDown = false;
    document.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape') escapeDown = true;
    });
    document.addEventListener('keyup', (event) => {
      if (!escapeDown || !event.isTrusted || event.key !== 'Escape') return;
      escapeDown = false;
      this.sendAfterEvent({ type: 'close' });
    });
  }

  private panel(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[data-sidenote-panel]');
  }

  private render(): void {
    // When the frame began rendering its first answer, for `npm run bench:e2e` (beside its paint).
    if (!this.answerPainted && this.state.status !== 'loading')
      this.renderStartedAt = performance.timeOrigin + performance.now();
    render(
      h(Sidebar, {
        state: this.state,
        onClose: () => this.sendAfterEvent({ type: 'close' }),
        onSelectPlace: (placeId: string) => this.port.send({ type: 'select-place', placeId }),
        onShowSentence: (sentence: string) => this.port.send({ type: 'show-sentence', sentence }),
        pageChange: this.pageChange,
        onRerun: () => this.sendAfterEvent({ type: 'rerun' }),
        onUseLocal: () => this.sendAfterEvent({ type: 'use-local' }),
      }),
      this.root,
    );
    this.observePlaces();
    this.notePaint();
  }

  /**
   * Notes on the status element when the reader first saw the answer (a task queued from the
   * animation frame that paints it runs after that paint), and tells the content script, whose
   * highlighting of the page would otherwise compete with this frame's loading. The note is what
   * `npm run bench:e2e` reports, read where the sidebar is painted rather than by a test driver's
   * round trips.
   */
  private notePaint(): void {
    if (this.answerPainted || this.state.status === 'loading') return;
    this.answerPainted = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const status = this.root.querySelector<HTMLElement>('[data-testid="status"]');
        if (status) {
          status.dataset.paintedAt = String(performance.timeOrigin + performance.now());
          status.dataset.renderStartedAt = String(this.renderStartedAt);
        }
        this.port.send({ type: 'painted' });
      }, 0),
    );
  }

  private observePlaces(): void {
    const section = this.root.querySelector('[data-testid="places"]');
    if (!section || this.placesObserver || this.placesReported) return;
    this.placesObserver = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.placesObserver?.disconnect();
      this.placesReported = true;
      this.port.send({ type: 'places-visible' });
    });
    this.placesObserver.observe(section);
  }
}

import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isFrameMessage, type FrameKind, type FrameTraffic } from '../shared/frame-messages';

/**
 * One of Sidenote's frames in the page: an extension page (sidebar.html, place-card.html) in an
 * iframe, inside a host element of Sidenote's own whose shadow root keeps the page's styles off it.
 * What the frame shows is in the extension's origin: the page's script can neither read it nor
 * click in it. The two sides talk over a port of the extension's messaging (which pages cannot
 * use), opened by the content script once the frame has loaded, under a random name it posts to the
 * frame just before (utils/frames/page-port.ts); messages sent before then wait for it. A port that
 * drops (the frame navigated away or reloaded) ends the frame's life: `onGone` is told.
 */
export class ExtensionFrame<K extends FrameKind> {
  readonly host: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  private port: Browser.runtime.Port | null = null;
  private readonly waiting: FrameTraffic[K]['toFrame'][] = [];
  private readonly nonce: string;
  private readonly portName: string;
  private removed = false;
  private readonly onMessage: (message: FrameTraffic[K]['fromFrame']) => void;
  private readonly onGone: () => void;
  private readonly style: HTMLStyleElement;

  constructor(
    ctx: ContentScriptContext,
    private readonly kind: K,
    options: { tag: string; title: string; hostCss: string; onMessage: (message: FrameTraffic[K]['fromFrame']) => void; onGone: () => void },
  ) {
    this.nonce = crypto.randomUUID();
    this.portName = `sidenote-${kind}:${this.nonce}`;
    this.onMessage = options.onMessage;
    this.onGone = options.onGone;
    this.host = document.createElement(options.tag);
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.style = document.createElement('style');
    this.setHostCss(options.hostCss);
    this.iframe = document.createElement('iframe');
    this.iframe.title = options.title;
    this.iframe.src = browser.runtime.getURL(`/${kind}.html`);
    shadow.append(this.style, this.iframe);
    // A frame's module scripts have run by its load event: its listener for this port is there.
    // (A load event the page's script makes up would connect too early: only the browser's counts.)
    this.iframe.addEventListener('load', (event) => {
      if (event.isTrusted) this.connect();
    });
    (document.body ?? document.documentElement).append(this.host);
    ctx.onInvalidated(() => this.destroy());
  }

  private connect(): void {
    if (this.port || this.removed) return;
    // Only to the extension's origin: were the frame navigated elsewhere, the name goes nowhere.
    this.iframe.contentWindow?.postMessage({ sidenotePort: this.nonce }, frameOrigin(this.iframe.src));
    const port = browser.runtime.connect({ name: this.portName });
    this.port = port;
    port.onMessage.addListener((message: unknown) => {
      if (isFrameMessage(this.kind, 'fromFrame', message)) this.onMessage(message);
    });
    port.onDisconnect.addListener(() => this.gone());
    for (const message of this.waiting.splice(0)) port.postMessage(message);
  }

  /**
   * Where and how the host sits in the page. Kept in the shadow root's own style, as important
   * declarations there outrank any the page makes, inline ones included.
   */
  setHostCss(css: string): void {
    this.style.textContent = `:host { all: initial !important; ${css} }
iframe { display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; background: transparent; }`;
  }

  send(message: FrameTraffic[K]['toFrame']): void {
    if (this.removed) return;
    if (!this.port) {
      this.waiting.push(message);
      return;
    }
    try {
      this.port.postMessage(message);
    } catch {
      this.gone(); // the port dropped before its disconnect was told
    }
  }

  private gone(): void {
    if (this.removed) return;
    this.destroy();
    this.onGone();
  }

  destroy(): void {
    if (this.removed) return;
    this.removed = true;
    this.port?.disconnect();
    this.port = null;
    this.host.remove();
  }
}

/** The origin an extension page's frame ends in: Chromium sends its dynamic address on to the extension's own origin. */
function frameOrigin(address: string): string {
  const url = new URL(address);
  return url.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : url.origin;
}

import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameKind, FrameTraffic } from '../messaging/frame-messages';

/**
 * One of Sidenote's frames in the page: an extension page (sidebar.html, place-card.html) in an
 * iframe, inside a host element of Sidenote's own whose shadow root keeps the page's styles off it.
 * What the frame shows is in the extension's origin: the page's script can neither read it nor
 * click in it. The two sides talk over a port of the extension's messaging (which pages cannot
 * use), opened by the content script once the frame has loaded, under a random name the frame reads
 * from its own address; messages sent before then wait for it.
 */
export class ExtensionFrame<K extends FrameKind> {
  readonly host: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  private port: Browser.runtime.Port | null = null;
  private readonly waiting: FrameTraffic[K]['toFrame'][] = [];
  private readonly portName: string;
  private removed = false;
  private readonly onMessage: (message: FrameTraffic[K]['fromFrame']) => void;
  private readonly style: HTMLStyleElement;

  constructor(
    ctx: ContentScriptContext,
    kind: K,
    options: { tag: string; title: string; hostCss: string; onMessage: (message: FrameTraffic[K]['fromFrame']) => void },
  ) {
    const nonce = crypto.randomUUID();
    this.portName = `sidenote-${kind}:${nonce}`;
    this.onMessage = options.onMessage;
    this.host = document.createElement(options.tag);
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.style = document.createElement('style');
    this.setHostCss(options.hostCss);
    this.iframe = document.createElement('iframe');
    this.iframe.title = options.title;
    this.iframe.src = `${browser.runtime.getURL(`/${kind}.html`)}#${nonce}`;
    shadow.append(this.style, this.iframe);
    // A frame's module scripts have run by its load event: its listener for this port is there.
    // (A load event the page's script makes up would connect too early: only the browser's counts.)
    this.iframe.addEventListener('load', (event) => {
      if (event.isTrusted) this.connect();
    });
    (document.body ?? document.documentElement).append(this.host);
    ctx.onInvalidated(() => this.remove());
  }

  private connect(): void {
    if (this.port || this.removed) return;
    const port = browser.runtime.connect({ name: this.portName });
    this.port = port;
    port.onMessage.addListener((message: unknown) => {
      if (typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string') this.onMessage(message as FrameTraffic[K]['fromFrame']);
    });
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

  get connected(): boolean {
    return this.port !== null;
  }

  send(message: FrameTraffic[K]['toFrame']): void {
    if (this.removed) return;
    if (this.port) this.port.postMessage(message);
    else this.waiting.push(message);
  }

  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.port?.disconnect();
    this.port = null;
    this.host.remove();
  }
}

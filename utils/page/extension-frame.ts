import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { dropHandover, leaveHandover } from '../shared/frame-handover';
import { isFrameMessage, type FrameKind, type FrameTraffic } from '../shared/frame-messages';

/** The content script's end of the line to its frame, whichever way the browser lets it be drawn. */
interface Line {
  post(message: unknown): void;
  close(): void;
}

/**
 * One of Sidenote's frames in the page: an extension page (sidebar.html, place-card.html) in an
 * iframe, inside a host element of Sidenote's own whose shadow root keeps the page's styles off it.
 * What the frame shows is in the extension's origin: the page's script can neither read it nor
 * click in it. The two sides talk over a port of the extension's messaging (which pages cannot
 * use), opened by the content script once the frame has loaded, under a random name it posts to the
 * frame just before (utils/frames/page-port.ts); messages sent before then wait for it. A port that
 * drops (the frame navigated away or reloaded) ends the frame's life: `onGone` is told. Firefox lets
 * no port reach an extension page framed in a web page: there the line is a MessageChannel handed to
 * the frame under that name (shared/frame-handover.ts), and a second load of the frame ends it.
 */
export class ExtensionFrame<K extends FrameKind> {
  readonly host: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  private line: Line | null = null;
  private readonly waiting: FrameTraffic[K]['toFrame'][] = [];
  private readonly nonce: string;
  private readonly portName: string;
  private removed = false;
  private readonly onMessage: (message: FrameTraffic[K]['fromFrame']) => void;
  private readonly onGone: () => void;
  private readonly style: HTMLStyleElement;
  /** Firefox: whether the frame's name is in the extension's storage, for the frame to check its channel by. */
  private readonly nameLeft: Promise<boolean>;

  constructor(
    ctx: ContentScriptContext,
    private readonly kind: K,
    options: {
      tag: string;
      title: string;
      hostCss: string;
      onMessage: (message: FrameTraffic[K]['fromFrame']) => void;
      onGone: () => void;
    },
  ) {
    this.nonce = crypto.randomUUID();
    this.portName = `sidenote-${kind}:${this.nonce}`;
    this.onMessage = options.onMessage;
    this.onGone = options.onGone;
    this.nameLeft = import.meta.env.FIREFOX
      ? leaveHandover(this.nonce).then(
          () => true,
          () => false,
        )
      : Promise.resolve(true);
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
    let loads = 0;
    this.iframe.addEventListener('load', (event) => {
      if (!event.isTrusted) return;
      loads += 1;
      if (loads === 1) void this.connect();
      // A MessagePort is not told its other end has gone: a second load is the frame's page replaced.
      else if (import.meta.env.FIREFOX) this.gone();
    });
    (document.body ?? document.documentElement).append(this.host);
    ctx.onInvalidated(() => this.destroy());
  }

  private async connect(): Promise<void> {
    // (Chromium connects at once, in the load event's task.)
    if (import.meta.env.FIREFOX && !(await this.nameLeft)) {
      this.gone(); // the frame could not tell our channel from a page's
      return;
    }
    if (this.line || this.removed) return;
    this.line = import.meta.env.FIREFOX ? this.handChannel() : this.openPort();
    for (const message of this.waiting.splice(0)) this.line.post(message);
  }

  private openPort(): Line {
    // Only to the extension's origin: were the frame navigated elsewhere, the name goes nowhere.
    this.iframe.contentWindow?.postMessage({ sidenotePort: this.nonce }, frameOrigin(this.iframe.src));
    const port = browser.runtime.connect({ name: this.portName });
    port.onMessage.addListener((message: unknown) => this.receive(message));
    port.onDisconnect.addListener(() => this.gone());
    return { post: (message) => port.postMessage(message), close: () => port.disconnect() };
  }

  private handChannel(): Line {
    const { port1, port2 } = new MessageChannel();
    this.iframe.contentWindow?.postMessage({ sidenotePort: this.nonce }, frameOrigin(this.iframe.src), [port2]);
    port1.onmessage = (event) => this.receive(event.data);
    return { post: (message) => port1.postMessage(message), close: () => port1.close() };
  }

  private receive(message: unknown): void {
    if (isFrameMessage(this.kind, 'fromFrame', message)) this.onMessage(message);
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
    if (!this.line) {
      this.waiting.push(message);
      return;
    }
    try {
      this.line.post(message);
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
    this.line?.close();
    this.line = null;
    this.host.remove();
    if (import.meta.env.FIREFOX) void dropHandover(this.nonce).catch(() => undefined);
  }
}

/** The origin an extension page's frame ends in: Chromium sends its dynamic address on to the extension's own origin. */
function frameOrigin(address: string): string {
  const url = new URL(address);
  return url.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : url.origin;
}

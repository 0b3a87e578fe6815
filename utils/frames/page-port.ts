import { browser, type Browser } from 'wxt/browser';
import { isFrameMessage, type FrameKind, type FrameTraffic } from '../shared/frame-messages';

export interface PagePort<K extends FrameKind> {
  send(message: FrameTraffic[K]['fromFrame']): void;
  onMessage(handler: (message: FrameTraffic[K]['toFrame']) => void): void;
}

/**
 * The frame's side of its port to the content script that made it. Once the frame has loaded, that
 * script posts it a random name (never in the frame's address, which the page can read) and opens
 * a port of the extension's messaging under it; this frame takes that one port. The name taken is
 * the first the parent window posts: a page that posts its own first only leaves the frame
 * unconnected, as it could remove it. Ports from elsewhere, and ports that arrive before the name,
 * wait for it or are ignored.
 */
export function waitForPage<K extends FrameKind>(kind: K): Promise<PagePort<K>> {
  return new Promise((resolve) => {
    let name: string | null = null;
    // A port can arrive before its name: what it carries meanwhile is held, not lost.
    const early: { port: Browser.runtime.Port; held: unknown[]; hold: (message: unknown) => void }[] = [];
    const accept = (port: Browser.runtime.Port, held: unknown[] = []) => {
      browser.runtime.onConnect.removeListener(onConnect);
      resolve({
        send: (message) => port.postMessage(message),
        onMessage: (handler) => {
          const deliver = (message: unknown) => {
            if (isFrameMessage(kind, 'toFrame', message)) handler(message);
          };
          port.onMessage.addListener(deliver);
          for (const message of held.splice(0)) deliver(message);
        },
      });
    };
    const ours = (port: Browser.runtime.Port) => port.name === name && port.sender?.id === browser.runtime.id && port.sender.tab !== undefined;
    const onConnect = (port: Browser.runtime.Port) => {
      if (name !== null) {
        if (ours(port)) accept(port);
        return;
      }
      const held: unknown[] = [];
      const hold = (message: unknown) => held.push(message);
      port.onMessage.addListener(hold);
      early.push({ port, held, hold });
    };
    browser.runtime.onConnect.addListener(onConnect);
    const onNamed = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
      const nonce = (data as { sidenotePort?: unknown }).sidenotePort;
      if (typeof nonce !== 'string' || nonce.length < 16) return;
      window.removeEventListener('message', onNamed);
      name = `sidenote-${kind}:${nonce}`;
      const waiting = early.splice(0);
      for (const { port, hold } of waiting) port.onMessage.removeListener(hold);
      const mine = waiting.find(({ port }) => ours(port));
      if (mine) accept(mine.port, mine.held);
    };
    window.addEventListener('message', onNamed);
  });
}

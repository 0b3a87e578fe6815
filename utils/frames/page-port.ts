import { browser, type Browser } from 'wxt/browser';
import { takeHandover } from '../shared/frame-handover';
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
 * wait for it or are ignored. In Firefox no port reaches this frame: the name comes with a channel
 * instead, taken only if the content script left the name in the extension's storage
 * (shared/frame-handover.ts).
 */
export function waitForPage<K extends FrameKind>(kind: K): Promise<PagePort<K>> {
  return import.meta.env.FIREFOX ? waitForChannel(kind) : waitForPort(kind);
}

/** The name the parent window posts (a random UUID), or null for any other message. */
function postedName(event: MessageEvent): string | null {
  const data: unknown = event.data;
  if (event.source !== window.parent || typeof data !== 'object' || data === null) return null;
  const nonce = (data as { sidenotePort?: unknown }).sidenotePort;
  return typeof nonce === 'string' && nonce.length >= 16 ? nonce : null;
}

function pagePort<K extends FrameKind>(
  kind: K,
  send: (message: unknown) => void,
  listen: (deliver: (message: unknown) => void) => void,
): PagePort<K> {
  return {
    send,
    onMessage: (handler) =>
      listen((message) => {
        if (isFrameMessage(kind, 'toFrame', message)) handler(message);
      }),
  };
}

function waitForChannel<K extends FrameKind>(kind: K): Promise<PagePort<K>> {
  return new Promise((resolve) => {
    let taken = false;
    const onHandover = (event: MessageEvent) => {
      const nonce = postedName(event);
      const [port] = event.ports;
      if (nonce === null || !port) return;
      void takeHandover(nonce).then((ours) => {
        if (!ours || taken) return; // a channel the page posted: not the content script's
        taken = true;
        window.removeEventListener('message', onHandover);
        resolve(
          pagePort(
            kind,
            (message) => port.postMessage(message),
            (deliver) => (port.onmessage = (event) => deliver(event.data)),
          ),
        );
      });
    };
    window.addEventListener('message', onHandover);
  });
}

function waitForPort<K extends FrameKind>(kind: K): Promise<PagePort<K>> {
  return new Promise((resolve) => {
    let name: string | null = null;
    // A port can arrive before its name: what it carries meanwhile is held, not lost.
    const early: { port: Browser.runtime.Port; held: unknown[]; hold: (message: unknown) => void }[] = [];
    const accept = (port: Browser.runtime.Port, held: unknown[] = []) => {
      browser.runtime.onConnect.removeListener(onConnect);
      resolve(
        pagePort(
          kind,
          (message) => port.postMessage(message),
          (deliver) => {
            port.onMessage.addListener(deliver);
            for (const message of held.splice(0)) deliver(message);
          },
        ),
      );
    };
    const ours = (port: Browser.runtime.Port) =>
      port.name === name && port.sender?.id === browser.runtime.id && port.sender.tab !== undefined;
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
      const nonce = postedName(event);
      if (nonce === null) return;
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

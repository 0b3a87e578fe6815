import { browser, type Browser } from 'wxt/browser';
import type { FrameKind, FrameTraffic } from '../messaging/frame-messages';

export interface PagePort<K extends FrameKind> {
  send(message: FrameTraffic[K]['fromFrame']): void;
  onMessage(handler: (message: FrameTraffic[K]['toFrame']) => void): void;
}

/**
 * The frame's side of its port to the content script that made it: the one port Sidenote's own
 * content script opens under the name this frame's address carries (ui/extension-frame.ts). Every
 * other connection, and any from elsewhere, is ignored.
 */
export function waitForPage<K extends FrameKind>(kind: K): Promise<PagePort<K>> {
  const name = `sidenote-${kind}:${location.hash.slice(1)}`;
  return new Promise((resolve) => {
    const accept = (port: Browser.runtime.Port) => {
      if (location.hash.length < 2 || port.name !== name || port.sender?.id !== browser.runtime.id || port.sender.tab === undefined) return;
      browser.runtime.onConnect.removeListener(accept);
      resolve({
        send: (message) => port.postMessage(message),
        onMessage: (handler) =>
          port.onMessage.addListener((message: unknown) => {
            if (typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string') handler(message as FrameTraffic[K]['toFrame']);
          }),
      });
    };
    browser.runtime.onConnect.addListener(accept);
  });
}

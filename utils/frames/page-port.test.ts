import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leaveHandover } from '../shared/frame-handover';
import type { FromSidebar, ToSidebar } from '../shared/frame-messages';
import { waitForPage } from './page-port';

// The extension's storage, which the content script and its frames share and a page cannot reach.
const stored = vi.hoisted(() => new Map<string, unknown>());
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (stored.has(key) ? { [key]: stored.get(key) } : {}),
        set: async (items: Record<string, unknown>) =>
          Object.entries(items).forEach(([key, value]) => stored.set(key, value)),
        remove: async (key: string) => void stored.delete(key),
      },
    },
  },
}));

describe('waitForPage in Firefox: the channel the content script hands its frame', () => {
  const parent = {};
  let post: (event: { source: unknown; data: unknown; ports: MessagePort[] }) => void;
  const channels: MessageChannel[] = [];
  const channel = () => channels[channels.push(new MessageChannel()) - 1]!;
  const received = (port: MessagePort) => new Promise((resolve) => (port.onmessage = (event) => resolve(event.data)));

  beforeEach(() => {
    vi.stubEnv('FIREFOX', 'true');
    vi.stubGlobal('window', {
      parent,
      addEventListener: (_type: string, listener: typeof post) => (post = listener),
      removeEventListener: () => undefined,
    });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    channels.splice(0).forEach(({ port1, port2 }) => [port1, port2].forEach((port) => port.close()));
    stored.clear();
  });

  it('takes the channel whose name the content script left, not one a page posted before it', async () => {
    const connected = waitForPage('sidebar');
    const pages = channel();
    post({ source: parent, data: { sidenotePort: crypto.randomUUID() }, ports: [pages.port2] });
    const name = crypto.randomUUID();
    await leaveHandover(name);
    const ours = channel();
    post({ source: parent, data: { sidenotePort: name }, ports: [ours.port2] });
    const frame = await connected;

    const firstToHear = Promise.race([
      received(ours.port1).then((message) => ['content script', message]),
      received(pages.port1).then((message) => ['page', message]),
    ]);
    frame.send({ type: 'painted' } satisfies FromSidebar);
    expect(await firstToHear).toEqual(['content script', { type: 'painted' }]);

    const frameHears = new Promise((resolve) => frame.onMessage(resolve));
    pages.port1.postMessage({ type: 'focus' } satisfies ToSidebar);
    ours.port1.postMessage({ type: 'focus-place', placeId: '703448' } satisfies ToSidebar);
    expect(await frameHears).toEqual({ type: 'focus-place', placeId: '703448' });
    // The name served once: a page that learned it later could not use it.
    expect(stored.size).toBe(0);
  });

  it('ignores a channel with a name that was left, when it does not come from the parent window', async () => {
    const connected = waitForPage('place-card');
    const name = crypto.randomUUID();
    await leaveHandover(name);
    post({ source: {}, data: { sidenotePort: name }, ports: [channel().port2] });
    const settled = await Promise.race([
      connected.then(() => 'connected'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 50)),
    ]);
    expect(settled).toBe('waiting');
    expect(stored.size).toBe(1);
  });
});

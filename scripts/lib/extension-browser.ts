import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve(new URL('../../.output/chrome-mv3', import.meta.url).pathname);

/** Debian's Chromium unless CHROME_PATH says otherwise. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`no Chromium at ${path}: install it (apt-get install chromium) or set CHROME_PATH`);
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Chromium with the built extension loaded, in a fresh profile, able to click the toolbar action.
 * Headless unless `headless: false` (the demo shows a window when there is a display). With
 * `profile`, that profile folder is used and kept on close (a browser restart reopens it).
 */
export async function launchWithExtension({
  headless = true,
  profile: kept,
  extensionDir = EXTENSION_DIR,
  alsoLoad = [],
}: {
  headless?: boolean;
  profile?: string;
  extensionDir?: string;
  /** Other unpacked extensions to load beside it (the benchmark's floor). */
  alsoLoad?: string[];
} = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`no built extension in ${extensionDir}: run npm run build`);
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'sidenote-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${[extensionDir, ...alsoLoad].join(',')}`,
      `--load-extension=${[extensionDir, ...alsoLoad].join(',')}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const isOurs = (worker: { url(): string }) => worker.url().endsWith('/background.js');
  const worker =
    context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  // Wait for the background's first run to finish: a click before it has registered
  // action.onClicked is dropped (a reader cannot click that fast; a test can).
  await worker.evaluate(() => true);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ToolbarClick {
  /** The click itself: action.onClicked fires with activeTab granted for the tab. */
  click: () => Promise<void>;
  release: () => Promise<void>;
}

/** Finds `page`'s tab and readies a toolbar click on it (split so benchmarks time only the click). */
export async function prepareToolbarClick(
  browser: ExtensionBrowser,
  page: Page,
  extensionId = browser.extensionId,
): Promise<ToolbarClick> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const url = page.url();
  const tabs = targetInfos.filter((target) => target.type === 'tab' && target.url === url);
  if (tabs.length !== 1) {
    await cdp.detach();
    throw new Error(`expected one tab at ${url}, found ${tabs.length}`);
  }
  return {
    click: async () => {
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
    },
    release: () => cdp.detach(),
  };
}

/**
 * Clicks the extension's toolbar icon for `page`'s tab, exactly as a reader does: action.onClicked
 * fires with activeTab granted (CDP Extensions.triggerAction on the tab's target).
 */
export async function clickToolbarIcon(browser: ExtensionBrowser, page: Page): Promise<void> {
  const toolbar = await prepareToolbarClick(browser, page);
  try {
    await toolbar.click();
  } finally {
    await toolbar.release();
  }
}

/** The sidebar's panel, inside its extension frame (what a test or the benchmark reads; the page's own script cannot). */
export function sidebarPanel(page: Page) {
  return page.locator('sidenote-sidebar iframe').contentFrame().locator('[data-sidenote-panel]');
}

/** The hover card, inside its extension frame. */
export function placeCard(page: Page) {
  return page.locator('sidenote-place-card iframe').contentFrame().getByTestId('place-card');
}

const SETTLED = new Set(['ready', 'no-article', 'error']);

/** Waits until the sidebar has finished (ready, no article, or error) and returns that status. */
export async function waitForSidebar(page: Page, timeoutMs = 30_000): Promise<string> {
  const status = sidebarPanel(page).getByTestId('status');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await status.getAttribute('data-status', { timeout: Math.max(1, deadline - Date.now()) });
    if (value && SETTLED.has(value)) return value;
    if (Date.now() > deadline) throw new Error(`the sidebar did not finish within ${timeoutMs} ms (status: ${value})`);
    await page.waitForTimeout(50);
  }
}

/** How many of the extension's service workers are running (0 once the browser has stopped it). */
export async function runningWorkers(browser: Pick<ExtensionBrowser, 'context' | 'extensionId'>): Promise<number> {
  const session = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] } as never)) as {
    targetInfos: { type: string; url: string }[];
  };
  await session.detach();
  return targetInfos.filter((target) => target.type === 'service_worker' && target.url.includes(browser.extensionId))
    .length;
}

/** Stops every service worker of the browser's default partition, the extension's included, as Chrome does to idle workers. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

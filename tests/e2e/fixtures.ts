import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { clickToolbarIcon, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { PAGES_DIR } from '../support/fixtures';

export { runningWorkers, stopServiceWorkers } from '../../scripts/lib/extension-browser';

interface WorkerFixtures {
  extension: ExtensionBrowser;
  pagesServer: StaticServer;
  /** Everything Sidenote's background printed, for the report of a failed test. */
  backgroundConsole: string[];
}

interface TestFixtures {
  /** A fresh tab whose requests outside the local fixture server are refused (no network here, none needed). */
  page: Page;
  /** Opens a fixture page by folder name. */
  openFixture: (name: string) => Promise<Page>;
  /** Clicks Sidenote's toolbar icon for the page, as a reader does. */
  clickToolbar: (page: Page) => Promise<void>;
  attachBackgroundLog: void;
  /** Errors and warnings logged from Sidenote's own scripts in the page (the page's own failures are not ours). */
  consoleErrors: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extension: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const extension = await launchWithExtension();
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
  backgroundConsole: [
    async ({ extension }, use) => {
      const lines: string[] = [];
      const listen = (worker: Worker) =>
        worker.on('console', (message) => lines.push(`[${message.type()}] ${message.text()}`));
      extension.context.serviceWorkers().forEach(listen);
      extension.context.on('serviceworker', listen);
      await use(lines);
    },
    { scope: 'worker' },
  ],
  attachBackgroundLog: [
    async ({ backgroundConsole }, use, testInfo) => {
      const from = backgroundConsole.length;
      await use();
      if (testInfo.status !== testInfo.expectedStatus) {
        const log = backgroundConsole.slice(from).join('\n') || '(nothing)';
        await testInfo.attach('background console', { body: log });
        console.log(`background console during ${testInfo.title}:\n${log}`);
      }
    },
    { auto: true },
  ],
  pagesServer: [
    // eslint-disable-next-line no-empty-pattern -- as above
    async ({}, use) => {
      const server = await serveFolder(PAGES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  page: async ({ extension, pagesServer, consoleErrors }, use) => {
    const page = await extension.context.newPage();
    // Nothing from the network but the fixtures; Sidenote's own frames load from the extension.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(pagesServer.origin) || route.request().url().startsWith('chrome-extension://')
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    page.on('console', (message) => {
      const fromSidenote = message.location().url.startsWith('chrome-extension://') || /sidenote/i.test(message.text());
      if (fromSidenote && (message.type() === 'error' || message.type() === 'warning'))
        consoleErrors.push(message.text());
    });
    await use(page);
    await page.close();
  },
  openFixture: async ({ page, pagesServer }, use) => {
    await use(async (name) => {
      await page.goto(`${pagesServer.origin}/${name}/`, { waitUntil: 'domcontentloaded' });
      return page;
    });
  },
  clickToolbar: async ({ extension }, use) => {
    await use((page) => clickToolbarIcon(extension, page));
  },
});

export { expect };

export {
  placeCard,
  sidebarPanel as sidebar,
  waitForSidebar as settledStatus,
} from '../../scripts/lib/extension-browser';

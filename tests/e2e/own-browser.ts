import { test as base, expect, type Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { PAGES_DIR } from '../support/fixtures';

/**
 * Each test gets a browser of its own, for tests that change what the extension keeps (the
 * library, the sites for automatic annotation), which other tests must not see. `extensionDir`
 * loads another copy of the built extension.
 */
export const ownBrowserTest = base.extend<{
  extensionDir: string;
  extension: ExtensionBrowser;
  pagesServer: StaticServer;
  options: Page;
}>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  extension: async ({ extensionDir }, use) => {
    const extension = await launchWithExtension({ extensionDir });
    await use(extension);
    await extension.close();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  pagesServer: async ({}, use) => {
    const server = await serveFolder(PAGES_DIR);
    await use(server);
    await server.close();
  },
  options: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await expect(page.getByTestId('corpus').first()).toBeVisible();
    await use(page);
  },
});

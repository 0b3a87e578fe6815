import { test as base, expect } from '@playwright/test';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { PAGES_DIR } from '../support/fixtures';
import type { BrowsingContext } from './browsing-context';
import { Firefox } from './firefox';

/**
 * `firefox` is one Firefox with Sidenote installed, shared by the tests that leave nothing behind;
 * `ownFirefox` is a Firefox of the test's own, freshly installed, for a test that changes what the
 * extension keeps (a corpus, a listed site), which other tests must not see. Starting Firefox takes
 * seconds: most of it waiting for its start-up tasks before BiDi opens a session.
 */
export const test = base.extend<
  { firefox: Firefox; ownFirefox: Firefox; pages: StaticServer },
  { sharedFirefox: Firefox }
>({
  sharedFirefox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const firefox = await Firefox.launch();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ sharedFirefox }, use, testInfo) => {
    const from = sharedFirefox.output.length;
    await use(sharedFirefox);
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach('firefox output', { body: sharedFirefox.output.slice(from).join('') });
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  ownFirefox: async ({}, use, testInfo) => {
    const firefox = await Firefox.launch();
    await use(firefox);
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach('firefox output', { body: firefox.output.join('') });
    await firefox.close();
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  pages: async ({}, use) => {
    const server = await serveFolder(PAGES_DIR);
    await use(server);
    await server.close();
  },
});

export { expect };

const SETTLED = ['ready', 'no-article', 'error'];

/** Waits for the sidebar's frame in `tab` to finish (ready, no article or error) and returns the frame and that status. */
export async function settledSidebar(tab: BrowsingContext): Promise<{ sidebar: BrowsingContext; status: string }> {
  const sidebar = await tab.frame('/sidebar.html');
  let status = '';
  await expect
    .poll(
      async () =>
        (status = await sidebar.evaluate(
          () => document.querySelector('[data-testid="status"]')?.getAttribute('data-status') ?? '',
        )),
      { timeout: 30_000 },
    )
    .toMatch(new RegExp(`^(${SETTLED.join('|')})$`));
  return { sidebar, status };
}

/** Whether `tab` shows a sidebar and how many places it highlights. */
export function sidenoteInPage(tab: BrowsingContext): Promise<{ sidebars: number; marks: number }> {
  return tab.evaluate(() => ({
    sidebars: document.querySelectorAll('sidenote-sidebar').length,
    marks: document.querySelectorAll('sidenote-mark').length,
  }));
}

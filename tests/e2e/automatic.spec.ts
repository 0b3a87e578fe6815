import { rmSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { clickToolbarIcon, sidebarPanel, waitForSidebar } from '../../scripts/lib/extension-browser';
import { extensionGranting } from './granted-extension';
import { ownBrowserTest } from './own-browser';

/**
 * The first test runs the extension as shipped, where the request reaches the browser's prompt;
 * the others run a copy that already grants the test server's host (granted-extension.ts).
 */
const test = ownBrowserTest;

/** Waits out the moment the content script would have run on a loaded page, then says whether a sidebar is there. */
async function sidebarAfterLoad(page: Page): Promise<boolean> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  return (await page.locator('sidenote-sidebar').count()) > 0;
}

test('as shipped, Sidenote reads no site by itself, refuses what is not a site, and asks the browser when the reader adds one', async ({
  extension,
  pagesServer,
  options,
}) => {
  await expect(options.getByTestId('automatic-empty')).toContainText('runs only when you click its icon');
  for (const input of ['', 'javascript:alert(1)', 'not a site']) {
    await options.getByTestId('automatic-input').fill(input);
    await options.getByTestId('automatic-add').click();
    await expect(options.getByTestId('automatic-notice')).toHaveAttribute('role', 'alert');
  }
  await expect(options.getByTestId('automatic-site')).toHaveCount(0);

  // A page of a site not listed: nothing happens until the icon is clicked.
  const reader = await extension.context.newPage();
  await reader.goto(`${pagesServer.origin}/seed-000/`);
  expect(await sidebarAfterLoad(reader)).toBe(false);

  // The request reaches the browser's prompt (which a headless test cannot answer): while it is
  // open the button waits, and the site is not listed.
  await options.getByTestId('automatic-input').fill('www.example.com');
  await options.getByTestId('automatic-add').click();
  await expect(options.getByTestId('automatic-add')).toBeDisabled();
  await expect(options.getByTestId('automatic-site')).toHaveCount(0);
});

test.describe('with the host granted, as when the reader allows it', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    extensionDir: async ({}, use) => {
      const granting = extensionGranting('127.0.0.1');
      await use(granting);
      rmSync(granting, { recursive: true, force: true });
    },
  });

  test('a listed site’s articles are annotated as they open, pages without one are left alone, and removing the site stops it', async ({
    extension,
    pagesServer,
    options,
  }) => {
    await options.getByTestId('automatic-input').fill(`${pagesServer.origin}/seed-000/`);
    await options.getByTestId('automatic-add').click();
    await expect(options.getByTestId('automatic-site')).toHaveAttribute('data-host', '127.0.0.1');
    await expect(options.getByTestId('automatic-notice')).toContainText('now annotated as they open');

    const reader = await extension.context.newPage();
    await reader.goto(`${pagesServer.origin}/seed-000/`);
    expect(await waitForSidebar(reader)).toBe('ready');
    await expect(sidebarPanel(reader).getByTestId('related-item').first()).toBeVisible();
    await expect(sidebarPanel(reader).getByTestId('places-count')).toContainText('highlighted in the page');
    // The icon still toggles: a click closes what opened by itself.
    await clickToolbarIcon(extension, reader);
    await expect(reader.locator('sidenote-sidebar')).toHaveCount(0);

    // A front page (no article) gets no sidebar saying so: nobody asked.
    await reader.goto(`${pagesServer.origin}/yahoo-2/`);
    expect(await sidebarAfterLoad(reader)).toBe(false);

    // The list survives the options page closing and opening again.
    await options.reload();
    await expect(options.getByTestId('automatic-site')).toHaveCount(1);
    await options.getByRole('button', { name: 'Stop annotating 127.0.0.1 automatically' }).click();
    await expect(options.getByTestId('automatic-site')).toHaveCount(0);
    await reader.goto(`${pagesServer.origin}/seed-000/`);
    expect(await sidebarAfterLoad(reader)).toBe(false);
    // Clicking still works as before.
    await clickToolbarIcon(extension, reader);
    expect(await waitForSidebar(reader)).toBe('ready');
  });
});

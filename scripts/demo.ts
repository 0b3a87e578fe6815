/**
 * npm run demo: builds the extension (the npm script does), serves a bundled sample news page on
 * localhost, opens Chromium with Sidenote (headless where there is no display), clicks the toolbar
 * icon, saves a screenshot and prints what the sidebar shows.
 *   npm run demo -- [--page seed-002] [--out artifacts/demo.png]
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clickToolbarIcon, launchWithExtension, sidebarPanel, waitForSidebar } from './lib/extension-browser';
import { serveFolder } from './lib/static-server';

const PAGES = new URL('../tests/fixtures/pages/', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'seed-002' },
    out: { type: 'string', default: 'artifacts/demo.png' },
  },
});

const server = await serveFolder(PAGES);
const browser = await launchWithExtension({ headless: !process.env.DISPLAY });
let failed = false;
try {
  const page = await browser.context.newPage();
  // Sidenote makes no requests; the sample page's own come only from the local server.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.origin) || route.request().url().startsWith('chrome-extension://')
      ? route.continue()
      : route.abort(),
  );
  const url = `${server.origin}/${values.page}/`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await clickToolbarIcon(browser, page);
  const status = await waitForSidebar(page);
  // The figures are checked on a second message once the sidebar shows: print them too.
  if (status === 'ready')
    await sidebarPanel(page)
      .locator('[data-testid="consistency"][data-status="done"]')
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined);
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  const text = (await sidebarPanel(page).innerText()).replace(/\n{3,}/g, '\n\n');
  console.log(`Sidenote on ${url}\n${'─'.repeat(60)}\n${text}\n${'─'.repeat(60)}\nScreenshot: ${out}`);
  failed = status === 'error';
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);

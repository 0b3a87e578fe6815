import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PAGES_DIR } from '../support/fixtures';
import { expect, settledStatus, sidebar, test } from './fixtures';

const SEED_ARTICLE = readFileSync(`${PAGES_DIR}/seed-002/source.html`, 'utf8').match(/<article[\s\S]*<\/article>/)![0];

/** Serves `html` at a path of the fixture server's origin, so the page is an ordinary http page. */
async function openHtml(page: Page, origin: string, path: string, html: string): Promise<void> {
  await page.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
}

test('content that arrives after the click: the sidebar says the page changed, and reading it again finds the article', async ({
  page,
  pagesServer,
  clickToolbar,
}) => {
  await openHtml(
    page,
    pagesServer.origin,
    '/late/',
    '<!doctype html><html><head><title>Loading</title></head><body><main id="app"><p>Loading…</p></main></body></html>',
  );
  await clickToolbar(page);
  expect(await settledStatus(page)).toBe('no-article');
  // The page's own script renders the article late, as single-page sites do.
  await page.evaluate((article) => {
    const parsed = new DOMParser().parseFromString(article, 'text/html');
    document.getElementById('app')!.replaceChildren(...parsed.body.childNodes);
  }, SEED_ARTICLE);
  const notice = sidebar(page).getByTestId('page-changed');
  await expect(notice).toHaveAttribute('data-change', 'content');
  await notice.getByTestId('rerun').click();
  // The first answer ("no-article") stays shown until the second replaces it: wait for the second.
  await expect(sidebar(page).getByTestId('status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
  await expect(sidebar(page).getByTestId('page-changed')).toHaveCount(0);
});

test('a client-side navigation: the sidebar says the page moved, and reading it again annotates the new page', async ({
  openFixture,
  clickToolbar,
}) => {
  const page = await openFixture('seed-002');
  await clickToolbar(page);
  expect(await settledStatus(page)).toBe('ready');
  await expect(sidebar(page).getByTestId('page-changed')).toHaveCount(0);
  await page.evaluate(() => history.pushState({}, '', '/seed-002/another-story'));
  const notice = sidebar(page).getByTestId('page-changed');
  await expect(notice).toHaveAttribute('data-change', 'navigated');
  await notice.getByTestId('rerun').click();
  expect(await settledStatus(page)).toBe('ready');
  await expect(page.locator('sidenote-sidebar')).toHaveCount(1);
});

test('Sidenote’s own highlights and sidebar do not count as the page changing', async ({
  openFixture,
  clickToolbar,
}) => {
  const page = await openFixture('seed-001');
  await clickToolbar(page);
  expect(await settledStatus(page)).toBe('ready');
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
  await expect(sidebar(page).getByTestId('consistency')).toHaveAttribute('data-status', 'done');
  await page.locator('sidenote-mark').first().hover();
  await page.waitForTimeout(2_500); // past the watcher's settling time
  await expect(sidebar(page).getByTestId('page-changed')).toHaveCount(0);
});

test('an article inside a frame: a clear message instead of an empty sidebar', async ({
  page,
  pagesServer,
  clickToolbar,
}) => {
  const framed = `<!doctype html><html><head><title>Framed</title></head><body><iframe title="story" style="width:100%;height:90vh" srcdoc="${SEED_ARTICLE.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe></body></html>`;
  await openHtml(page, pagesServer.origin, '/framed/', framed);
  await clickToolbar(page);
  expect(await settledStatus(page)).toBe('no-article');
  await expect(sidebar(page).getByTestId('no-article')).toContainText(
    'shows its content in frames, which Sidenote does not read',
  );
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BUNDLED_CORPUS_FOLDER } from '../../scripts/lib/corpus-folder';
import { expect, settledStatus, sidebar, test } from './fixtures';

const seedText = readFileSync(`${BUNDLED_CORPUS_FOLDER}/002_b653690046f4697e.txt`, 'utf8');
const paragraphs = seedText.split(/\n+/).filter((line) => line.length > 80);

/** Serves generated HTML at a path of the fixture server (the only origin the tests' pages may reach). */
async function openGenerated(page: Page, origin: string, path: string, html: string) {
  await page.route(`${origin}${path}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
}

test('a 5 MB article is read up to Sidenote’s limit, says so, and is annotated and highlighted', async ({
  page,
  pagesServer,
  clickToolbar,
}) => {
  test.setTimeout(120_000);
  const body: string[] = [];
  let size = 0;
  for (let index = 0; size < 5_000_000; index++) {
    const paragraph = `<p>${paragraphs[index % paragraphs.length]}</p>`;
    body.push(paragraph);
    size += paragraph.length;
  }
  await openGenerated(
    page,
    pagesServer.origin,
    '/generated/heavy/',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report from Kostiantynivka</title><meta property="og:type" content="article"></head><body><article><h1>A very long report from Kostiantynivka</h1>${body.join('')}</article><button id="after">after</button></body></html>`,
  );
  await clickToolbar(page);
  expect(await settledStatus(page, 100_000)).toBe('ready');
  await expect(sidebar(page).getByTestId('truncated')).toContainText(
    'This page is very long: Sidenote read its first part only.',
  );
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page', { timeout: 90_000 });
  expect(await page.locator('sidenote-mark').count()).toBeGreaterThan(100);
  // The page still answers.
  await page.evaluate(() =>
    document.getElementById('after')!.addEventListener('click', () => (document.title = 'clicked')),
  );
  await page.locator('#after').click();
  await expect(page).toHaveTitle('clicked');
});

test('a page nested 5,000 elements deep gets an answer, not a crash', async ({ page, pagesServer, clickToolbar }) => {
  const depth = 5000;
  const open = '<div>'.repeat(depth);
  const close = '</div>'.repeat(depth);
  const article = paragraphs
    .slice(0, 8)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
  await openGenerated(
    page,
    pagesServer.origin,
    '/generated/deep/',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep page</title></head><body>${open}<article>${article}</article>${close}</body></html>`,
  );
  await clickToolbar(page);
  const status = await settledStatus(page, 60_000);
  expect(['ready', 'no-article']).toContain(status);
  if (status === 'no-article') await expect(sidebar(page).getByTestId('no-article')).toContainText('No article here');
});

test('a page with a 200,000-character word gets its sidebar, its places and its notes', async ({
  page,
  pagesServer,
  clickToolbar,
}) => {
  test.setTimeout(120_000);
  // A pasted blob: letters and digits with nothing that parts them into words.
  let seed = 7;
  const blob = Array.from({ length: 200_000 }, () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[seed % 62];
  }).join('');
  const article = [...paragraphs.slice(0, 3), blob, ...paragraphs.slice(3, 8)]
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
  await openGenerated(
    page,
    pagesServer.origin,
    '/generated/long-word/',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report with a pasted blob</title><meta property="og:type" content="article"></head><body><article><h1>A report with a pasted blob</h1>${article}</article></body></html>`,
  );
  await clickToolbar(page);
  expect(await settledStatus(page, 100_000)).toBe('ready');
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page', { timeout: 90_000 });
  expect(await page.locator('sidenote-mark').count()).toBeGreaterThan(0);
  await expect(sidebar(page).locator('[data-testid="consistency"]')).toHaveAttribute('data-status', 'done', {
    timeout: 90_000,
  });
  // The blob is still the page's own, whole.
  expect(await page.evaluate(() => document.querySelector('article')!.textContent!.length)).toBeGreaterThan(200_000);
});

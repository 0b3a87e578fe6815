import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BUNDLED_CORPUS_FOLDER } from '../../scripts/lib/corpus-folder';
import { expect, settledStatus, sidebar, test } from './fixtures';

const paragraphs = readFileSync(`${BUNDLED_CORPUS_FOLDER}/002_b653690046f4697e.txt`, 'utf8')
  .split(/\n+/)
  .filter((line) => line.length > 80);

/** An article whose place names also sit in an editable paragraph, a disclosure's summary and a checkbox's label. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Front lines in Donetsk</title><meta property="og:type" content="article"></head><body>
<article><h1>Front lines in Donetsk</h1>
${paragraphs
  .slice(0, 6)
  .map((paragraph) => `<p>${paragraph}</p>`)
  .join('\n')}
<p id="editable" contenteditable="true">Notes from Kostiantynivka and Kramatorsk, written by the reader.</p>
<details id="more"><summary>Evacuations from Sloviansk and Kramatorsk continued</summary><p>Buses left Sloviansk every morning for Dnipro, officials said.</p></details>
<p><input type="checkbox" id="follow"><label for="follow">Follow the news from Mariupol and Kherson</label></p>
${paragraphs
  .slice(6, 10)
  .map((paragraph) => `<p>${paragraph}</p>`)
  .join('\n')}
</article></body></html>`;

async function open(page: Page, origin: string) {
  await page.route(`${origin}/generated/controls/`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
  await page.goto(`${origin}/generated/controls/`);
}

test('highlights leave editable text alone, and a highlight inside a control leaves the control working', async ({
  page,
  pagesServer,
  clickToolbar,
}) => {
  await open(page, pagesServer.origin);
  const editableBefore = await page
    .locator('#editable')
    .evaluate((editable) => [...editable.childNodes].map((node) => node.nodeName));
  await clickToolbar(page);
  expect(await settledStatus(page)).toBe('ready');
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
  expect(await page.locator('sidenote-mark').count()).toBeGreaterThan(5);
  // The editable paragraph names two places, and still holds its one text node.
  await expect(page.locator('#editable sidenote-mark')).toHaveCount(0);
  expect(
    await page.locator('#editable').evaluate((editable) => [...editable.childNodes].map((node) => node.nodeName)),
  ).toEqual(editableBefore);

  // A name in a summary and in a label is highlighted, but clicking it is still the control's click.
  const inSummary = page.locator('#more summary sidenote-mark').first();
  await expect(inSummary).toBeVisible();
  await expect(inSummary).not.toHaveAttribute('tabindex', /.*/);
  await inSummary.click();
  await expect(page.locator('#more')).toHaveAttribute('open', '');
  // The summary's card stays a moment after the pointer leaves, where the opened details have now
  // put the label: the reader's next click waits for it to go, as this one does.
  await page.mouse.move(1, 1);
  await expect(page.locator('sidenote-place-card')).toBeHidden();
  const inLabel = page.locator('label[for="follow"] sidenote-mark').first();
  await inLabel.click();
  await expect(page.locator('#follow')).toBeChecked();
});

test('closing puts back the text the page left as it was, and keeps the page’s own changes', async ({
  page,
  pagesServer,
  clickToolbar,
}) => {
  await open(page, pagesServer.origin);
  await clickToolbar(page);
  await settledStatus(page);
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
  // The page rewrites one highlighted name's text while the sidebar is open (a live-updating article).
  const changed = await page.evaluate(() => {
    const mark = document.querySelector('label sidenote-mark')!;
    (mark.firstChild as Text).data = 'Odesa';
    return mark.closest('label')!.textContent;
  });
  await clickToolbar(page);
  await expect(page.locator('sidenote-sidebar')).toHaveCount(0);
  await expect(page.locator('sidenote-mark')).toHaveCount(0);
  expect(await page.locator('label[for="follow"]').textContent()).toBe(changed);
  // Elsewhere the text is exactly as the page had it.
  await expect(page.locator('#more summary')).toHaveText('Evacuations from Sloviansk and Kramatorsk continued');
  expect(await page.locator('#more summary').evaluate((summary) => summary.childNodes.length)).toBe(1);
});

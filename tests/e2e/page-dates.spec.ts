import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { clickToolbarIcon, sidebarPanel, waitForSidebar } from '../../scripts/lib/extension-browser';
import { BUNDLED_CORPUS_FOLDER } from '../../scripts/lib/corpus-folder';
import { openDatedPage } from './dated-page';
import { importRecords, inUse } from './options-page';
import { ownBrowserTest as test } from './own-browser';

// A dated report of the story of seed 002's page: its first paragraphs, written the day before.
const seedText = readFileSync(`${BUNDLED_CORPUS_FOLDER}002_b653690046f4697e.txt`, 'utf8');
const report = JSON.stringify({
  id: 'drone-report',
  title: 'A soldier’s drone flies over her Donetsk hometown',
  date: '2024-05-01',
  source: 'Test Wire',
  text: seedText
    .split(/\n\s*\n/)
    .slice(0, 8)
    .join('\n\n'),
});
const other = JSON.stringify({
  id: 'grain',
  title: 'Grain ships leave Odesa',
  date: '2024-05-01',
  source: 'Test Wire',
  text: 'Ships carrying grain left Odesa on Tuesday under a deal brokered by Turkey and the United Nations, officials said. '.repeat(
    3,
  ),
});

async function annotated(page: Page, extension: Parameters<typeof clickToolbarIcon>[0]) {
  await clickToolbarIcon(extension, page);
  expect(await waitForSidebar(page)).toBe('ready');
  return sidebarPanel(page);
}

test('an undated page is told its date is missing instead of being given reports from other times; dated, it gets them', async ({
  extension,
  pagesServer,
  options,
}) => {
  await importRecords(options, 'Dated reports', [report, other]);
  await expect(inUse(options)).toHaveText('Dated reports');

  // The page as served gives no date.
  const undated = await extension.context.newPage();
  await undated.goto(`${pagesServer.origin}/seed-002/`, { waitUntil: 'domcontentloaded' });
  const withoutDate = await annotated(undated, extension);
  await expect(withoutDate.getByTestId('related-needs-date')).toHaveText(
    'This page gives no date. One article in the corpus shares much of its key terms, but without the page’s date Sidenote cannot tell a report of this story from one on its subject at another time, so it is not listed.',
  );
  await expect(withoutDate.getByTestId('related-item')).toHaveCount(0);
  await expect(withoutDate.getByTestId('related-empty')).toHaveCount(0);

  // The same page with its date in its metadata, as news sites write it.
  const dated = await openDatedPage(extension, pagesServer, 'seed-002', '2024-05-02T09:00:00Z');
  const withDate = await annotated(dated, extension);
  await expect(withDate.getByTestId('related-item')).toHaveCount(1);
  await expect(withDate.locator('[data-article-id="drone-report"]').getByTestId('related-story')).toHaveText(
    /^Same story: \d+% of this page’s key terms, \d+% of its own, 1 day apart$/,
  );
  await expect(withDate.getByTestId('related-needs-date')).toHaveCount(0);
});

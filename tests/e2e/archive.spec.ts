import { rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { expect, type Request } from '@playwright/test';
import { ingest } from '../../archive/ingest/ingest';
import { readLines } from '../../archive/ingest/read-lines';
import { listen } from '../../archive/server/listen';
import { addReader } from '../../archive/server/readers';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { clickToolbarIcon, sidebarPanel, waitForSidebar } from '../../scripts/lib/extension-browser';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { asJsonLines, madeUpArticles } from '../support/archive-articles';
import { hasPostgres, startTestArchive, type TestArchive } from '../support/postgres';
import { extensionGranting } from './granted-extension';
import { ownBrowserTest } from './own-browser';

/**
 * A reader points Sidenote at a shared archive, as docs/archive.md says: a real PostgreSQL cluster
 * and the archive's server, holding the seeds and made-up articles (a corpus the extension does
 * not ship). The reader's "Allow" for the archive's address is stood in for by a copy of the
 * extension that already grants this computer (granted-extension.ts).
 */
interface RunningArchive {
  database: TestArchive;
  /** http://127.0.0.1:port */
  origin: string;
  token: string;
  articles: number;
}

const test = ownBrowserTest.extend<{ archive: RunningArchive }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  extensionDir: async ({}, use) => {
    const granting = extensionGranting('127.0.0.1');
    await use(granting);
    rmSync(granting, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  archive: async ({}, use) => {
    const database = await startTestArchive();
    const finder = new PlaceFinder(loadGazetteer());
    const articles = [...readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles, ...madeUpArticles(40)];
    const { stored } = await ingest(database.pool, readLines(Readable.from([asJsonLines(articles)]), 1_000_000), {
      name: 'desk.jsonl',
      finder,
    });
    const token = await addReader(database.pool, 'e2e reader');
    const server = await listen(
      { pool: database.pool, finder, name: 'desk archive', log: () => undefined },
      { host: '127.0.0.1', port: 0 },
    );
    await use({ database, origin: server.address, token, articles: stored });
    await server.close();
    await database.stop();
  },
});

test.skip(!hasPostgres('the end-to-end test of a shared archive'), 'no PostgreSQL installed');
test.setTimeout(180_000);

test('a reader points Sidenote at a shared archive: its answer shows, named; when it fails the sidebar offers the local corpus; stopping goes back', async ({
  extension,
  pagesServer,
  options,
  archive,
}) => {
  const host = new URL(archive.origin).host;
  const section = options.getByTestId('shared-archive');
  await expect(section.getByTestId('archive-none')).toBeVisible();
  // Refused before anything is asked of the browser: no token, plain http elsewhere.
  await section.getByTestId('archive-address').fill(archive.origin);
  await section.getByTestId('archive-use').click();
  await expect(section.getByTestId('archive-notice')).toContainText('reader token');
  await section.getByTestId('archive-address').fill('http://archive.example.org');
  await section.getByTestId('archive-token').fill(archive.token);
  await section.getByTestId('archive-use').click();
  await expect(section.getByTestId('archive-notice')).toContainText('unencrypted');
  await expect(section.getByTestId('archive-none')).toBeVisible();

  await section.getByTestId('archive-address').fill(archive.origin);
  await section.getByTestId('archive-token').fill(archive.token);
  await section.getByTestId('archive-use').click();
  await expect(section.getByTestId('archive-in-use')).toHaveAttribute('data-host', host);

  // The page goes to the archive, which answers from what it holds: this very article among them.
  const reader = await extension.context.newPage();
  await reader.goto(`${pagesServer.origin}/seed-000/`);
  await reader.waitForLoadState('load');
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  extension.context.on('request', record);
  await clickToolbarIcon(extension, reader);
  expect(await waitForSidebar(reader)).toBe('ready');
  const panel = sidebarPanel(reader);
  await expect(panel.getByTestId('answered-by')).toHaveAttribute('data-archive', host);
  await expect(panel.getByTestId('answered-by')).toContainText(
    `In the shared archive at ${host} (${archive.articles.toLocaleString('en')} articles)`,
  );
  await expect(panel.getByTestId('same-article')).toBeVisible();
  await expect(panel.locator('[data-testid="consistency"][data-status="done"]')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('places-count')).toContainText('highlighted in the page');
  extension.context.off('request', record);
  // The article went to the archive's API, and nowhere else outside the extension.
  // (The frames' pages load from the extension's own files, at an address that changes each session.)
  const outside = requests.filter((url) => !url.startsWith('chrome-extension://'));
  expect(outside).toContain(`${archive.origin}/v1/annotate`);
  expect(outside.filter((url) => !url.startsWith(`${archive.origin}/v1/`))).toEqual([]);
  await clickToolbarIcon(extension, reader);
  await expect(reader.locator('sidenote-sidebar')).toHaveCount(0);

  // The archive's database goes down: the sidebar says so and offers the corpus in the browser.
  await archive.database.cluster.stop();
  await clickToolbarIcon(extension, reader);
  expect(await waitForSidebar(reader)).toBe('error');
  await expect(panel.getByTestId('error')).toContainText(
    `The shared archive at ${host} refused the request (HTTP 503)`,
  );
  await panel.getByTestId('use-local').click();
  await expect(panel.getByTestId('use-local')).toHaveCount(0); // (a new sidebar replaces the failed one)
  expect(await waitForSidebar(reader)).toBe('ready');
  await expect(panel.getByTestId('answered-by')).toHaveAttribute('data-archive', '');
  await expect(panel.getByTestId('answered-by')).toContainText('(5 articles)');
  await clickToolbarIcon(extension, reader);
  await expect(reader.locator('sidenote-sidebar')).toHaveCount(0);

  // Stopping forgets the archive: the next click stays in the browser.
  await section.getByTestId('archive-stop').click();
  await expect(section.getByTestId('archive-none')).toBeVisible();
  await clickToolbarIcon(extension, reader);
  expect(await waitForSidebar(reader)).toBe('ready');
  await expect(panel.getByTestId('answered-by')).toHaveAttribute('data-archive', '');
});

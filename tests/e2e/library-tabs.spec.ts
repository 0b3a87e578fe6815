import { expect, type Page } from '@playwright/test';
import { clickToolbarIcon, sidebarPanel, waitForSidebar } from '../../scripts/lib/extension-browser';
import { corpusCard, importRecords, inUse, manyArticles, story } from './options-page';
import { ownBrowserTest as test } from './own-browser';

const importStories = (options: Page, name: string, place: string) =>
  importRecords(options, name, [story(`${name}-1`, place), story(`${name}-2`, `${place} oblast`)]);

async function rename(options: Page, from: string, to: string): Promise<void> {
  const card = corpusCard(options, from);
  await card.getByTestId('rename').click();
  await card.getByTestId('rename-input').fill(to);
  await card.getByTestId('rename-save').click();
}

async function remove(options: Page, name: string): Promise<void> {
  options.once('dialog', (dialog) => void dialog.accept());
  await corpusCard(options, name).getByTestId('delete').click();
}

/** The library as IndexedDB holds it, read in the page: corpora by name, the one in use, anything not whole, figures not counted. */
function storedLibrary(options: Page) {
  return options.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await done(indexedDB.open('sidenote-library'));
    const transaction = db.transaction(['settings', 'corpora', 'articles', 'indexes']);
    const [active, corpora, indexes, articleKeys] = await Promise.all([
      done(transaction.objectStore('settings').get('active')) as Promise<string | undefined>,
      done(transaction.objectStore('corpora').getAll()) as Promise<
        { id: string; name: string; stats: { articles: number; figures?: unknown } }[]
      >,
      done(transaction.objectStore('indexes').getAllKeys()) as Promise<string[]>,
      done(transaction.objectStore('articles').getAllKeys()) as Promise<[string, string][]>,
    ]);
    db.close();
    const articleCorpora = articleKeys.map(([corpusId]) => corpusId);
    const described = new Set(corpora.map((corpus) => corpus.id));
    return {
      names: corpora.map((corpus) => corpus.name).sort(),
      active: corpora.find((corpus) => corpus.id === active)?.name ?? active,
      incomplete: corpora
        .filter(
          (corpus) =>
            !indexes.includes(corpus.id) ||
            articleCorpora.filter((id) => id === corpus.id).length !== corpus.stats.articles,
        )
        .map((corpus) => corpus.name),
      orphans: [...new Set([...indexes, ...articleCorpora])].filter((id) => !described.has(id)),
      uncounted: corpora.filter((corpus) => !corpus.stats.figures).map((corpus) => corpus.name),
    };
  });
}

test('two options pages at once: importing in one, renaming and deleting in the other loses nothing and brings nothing back', async ({
  extension,
  pagesServer,
  options,
}) => {
  test.setTimeout(180_000);
  for (const [name, place] of [
    ['Kept', 'Kharkiv'],
    ['Doomed', 'Pokrovsk'],
    ['Gone', 'Kramatorsk'],
    ['Lost', 'Kupiansk'],
  ] as const)
    await importStories(options, name, place);
  const second = await extension.context.newPage();
  await second.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(corpusCard(second, 'Lost')).toHaveCount(1);
  // A page refreshes its list when it has counted a corpus's figures: once the second has counted all, what it lists stays as it was.
  await expect(second.getByTestId('stats-figures')).toHaveText(Array(5).fill(/^[\d,]+ figures/), { timeout: 60_000 });

  // The second page still lists what the first deleted: deleting it again says so, renaming it is refused, neither brings it back.
  await remove(options, 'Gone');
  await expect(corpusCard(options, 'Gone')).toHaveCount(0);
  await remove(second, 'Gone');
  await expect(second.getByTestId('notice')).toHaveText('Gone was already deleted, perhaps in another tab.');
  await remove(options, 'Lost');
  await expect(corpusCard(options, 'Lost')).toHaveCount(0);
  await rename(second, 'Lost', 'Lost again');
  await expect(second.getByTestId('notice')).toHaveText(
    'no such corpus in the library (it was deleted, perhaps in another tab)',
  );
  await expect(second.getByTestId('corpus-name')).toHaveText(['Bundled corpus', 'Kept', 'Doomed']);

  // An import long enough to act in the other page meanwhile: renaming one corpus, deleting the one in use.
  await corpusCard(options, 'Doomed').getByTestId('use').click();
  await expect(inUse(options)).toHaveText('Doomed');
  await options.getByTestId('import-name').fill('Big');
  await options
    .getByTestId('import-files')
    .setInputFiles({ name: 'big.jsonl', mimeType: 'application/x-ndjson', buffer: manyArticles(12) });
  await expect(options.getByTestId('progress')).toBeVisible({ timeout: 30_000 });
  await rename(second, 'Kept', 'Kept renamed');
  await expect(corpusCard(second, 'Kept renamed')).toHaveCount(1);
  await remove(second, 'Doomed');
  await expect(corpusCard(second, 'Doomed')).toHaveCount(0);
  await expect(inUse(second)).toHaveText('Bundled corpus');
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'running');

  // Every opening of an options page sweeps the library: the other page opens again and again while the import indexes and stores.
  let openings = 0;
  while ((await options.getByTestId('import-status').getAttribute('data-status')) === 'running') {
    await second.reload();
    await expect(corpusCard(second, 'Kept renamed')).toHaveCount(1);
    openings++;
  }
  expect(openings).toBeGreaterThan(0);
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done');
  const imported = (await corpusCard(options, 'Big').getByTestId('stats-articles').textContent())!;
  await expect(inUse(options)).toHaveText('Big');

  // Renamed in the other page while its figures are being counted: the name and the count both stand.
  await second.reload();
  await rename(second, 'Big', 'Big renamed');
  await expect(corpusCard(second, 'Big renamed')).toHaveCount(1);
  await expect(corpusCard(second, 'Big renamed').getByTestId('stats-figures')).toHaveText(/^[\d,]+ figures: /, {
    timeout: 60_000,
  });

  for (const page of [options, second]) {
    await page.reload();
    await expect(inUse(page)).toHaveText('Big renamed');
    await expect(page.getByTestId('corpus-name')).toHaveText(['Bundled corpus', 'Kept renamed', 'Big renamed']);
  }
  expect(await storedLibrary(second)).toEqual({
    names: ['Big renamed', 'Kept renamed'],
    active: 'Big renamed',
    incomplete: [],
    orphans: [],
    uncounted: [],
  });

  // The corpus in use answers a click, whole, under the name the reader gave it after importing it.
  const reader = await extension.context.newPage();
  await reader.goto(`${pagesServer.origin}/seed-002/`, { waitUntil: 'domcontentloaded' });
  await clickToolbarIcon(extension, reader);
  expect(await waitForSidebar(reader)).toBe('ready');
  await expect(sidebarPanel(reader).locator('.corpus-line').first()).toHaveText(
    `In the Big renamed (${imported} articles)`,
  );
});

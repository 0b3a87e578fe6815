import { readFileSync, writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { expect, type Page } from '@playwright/test';
import {
  clickToolbarIcon,
  launchWithExtension,
  placeCard,
  sidebarPanel,
  waitForSidebar,
  type ExtensionBrowser,
} from '../../scripts/lib/extension-browser';
import type { StaticServer } from '../../scripts/lib/static-server';
import { GAZETTEER_PATH } from '../../utils/extension/extension-paths';
import { FILE_LIMITS } from '../../utils/shared/import-limits';
import {
  badCrcZip,
  crowdedZip,
  expandingZip,
  readCentral,
  sharedBytesZip,
  understatedZip,
} from '../support/crafted-zips';
import { openDatedPage } from './dated-page';
import { corpusCard, importRecords, inUse, manyArticles, story, UKRAINE_DEV } from './options-page';
import { ownBrowserTest } from './own-browser';
import { hasSharedData } from '../support/shared-data';

const test = ownBrowserTest;

async function openSeedPage(extension: ExtensionBrowser, server: StaticServer, name: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/${name}/`, { waitUntil: 'domcontentloaded' });
  return page;
}

test('imports the Ukraine news file with progress, shows its statistics, and an already open page uses it at its next click', async ({
  extension,
  pagesServer,
  options,
}) => {
  test.skip(!hasSharedData('importing the Ukraine news dev set'), 'no ../shared/data beside the repository');
  // A page opened before the import, annotated with the bundled corpus.
  const reader = await openSeedPage(extension, pagesServer, 'seed-002');
  await clickToolbarIcon(extension, reader);
  expect(await waitForSidebar(reader)).toBe('ready');
  await expect(sidebarPanel(reader).locator('.corpus-line').first()).toContainText('bundled corpus (5 articles)');
  await sidebarPanel(reader).getByTestId('close').click();

  await options.getByTestId('import-name').fill('Ukraine news');
  const progressShown = await recordProgress(options);
  await options.getByTestId('import-files').setInputFiles(UKRAINE_DEV);
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  // On a fast machine indexing 224 articles is over before a poll could see it: what the page showed is recorded as it changes.
  const indexing = (await progressShown()).filter(({ phase }) => phase === 'indexing');
  expect(indexing.length).toBeGreaterThan(0);
  expect(indexing.some(({ line }) => /Indexing articles and their places: [\d,]+ of [\d,]+/.test(line))).toBe(true);
  const lines = readFileSync(UKRAINE_DEV, 'utf8').split('\n').filter(Boolean).length;
  const imported = Number(
    (await options.getByTestId('import-status').locator('strong').textContent())!.replace(/,/g, ''),
  );
  const rejected = await options.getByTestId('rejection').count();
  expect(imported + rejected).toBe(lines);
  expect(imported).toBeGreaterThan(200);

  const card = corpusCard(options, 'Ukraine news');
  await expect(card.getByTestId('stats-articles')).toHaveText(String(imported));
  await expect(card.getByTestId('stats')).toContainText('without a title (shown by their first sentence)');
  await expect(card.getByTestId('stats-places')).toContainText('Ukraine');
  await expect(card.getByTestId('map').locator('circle').first()).toBeVisible();
  // Its figures are counted after the import, in a worker of their own.
  await expect(card.getByTestId('stats-figures')).toHaveText(/^[\d,]+ figures: [\d,]+ counts, /, { timeout: 60_000 });
  // Stored whole, then in use; the previous corpus is one click away.
  await expect(inUse(options)).toHaveText('Ukraine news');
  await expect(options.getByTestId('use-previous')).toBeVisible();

  await reader.bringToFront();
  await clickToolbarIcon(extension, reader);
  expect(await waitForSidebar(reader)).toBe('ready');
  await expect(sidebarPanel(reader).locator('.corpus-line').first()).toContainText(
    `Ukraine news (${imported} articles)`,
  );
  // The imported articles name the page's places: the hover card lists them.
  const mark = reader.locator('sidenote-mark').first();
  await mark.hover();
  await expect(placeCard(reader).getByTestId('place-corpus-item').first()).toBeVisible();
});

test('broken files are reported file by file and nothing changes', async ({ options }, testInfo) => {
  const binary = Buffer.alloc(4096);
  binary.write('\x89PNG\r\n\x1a\n');
  // Playwright passes files over 50 MB by path.
  const files: [string, Buffer][] = [
    ['malformed.json', Buffer.from('[{"text": "An article", ')],
    ['picture.json', binary],
    ['empty.jsonl', Buffer.alloc(0)],
    ['huge.jsonl', Buffer.alloc(50 * 1024 * 1024, 0x20)],
    ['notes.pdf', Buffer.from('%PDF-1.4')],
  ];
  const paths = files.map(([name, bytes]) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, bytes);
    return path;
  });
  await options.getByTestId('import-files').setInputFiles(paths);
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'nothing', { timeout: 60_000 });
  const reasons = Object.fromEntries(
    await options
      .getByTestId('rejection')
      .evaluateAll((rows) => rows.map((row) => [row.children[0]!.textContent, row.children[2]!.textContent])),
  );
  expect(reasons['malformed.json']).toMatch(/^not valid JSON/);
  expect(reasons['picture.json']).toBe('a binary file, not text');
  expect(reasons['empty.jsonl']).toBe('the file is empty');
  expect(reasons['huge.jsonl']).toMatch(/^file too large \(50\.0 MB; at most 40\.0 MB\)/);
  expect(reasons['notes.pdf']).toMatch(/^not a file Sidenote reads/);
  await expect(options.getByTestId('corpus')).toHaveCount(1);
  await expect(inUse(options)).toHaveText('Bundled corpus');
});

test('a zip is read entry by entry: an unsafe entry name is refused, the rest imports, bad records are listed', async ({
  options,
}) => {
  const article = (id: number, text: string) =>
    JSON.stringify({ id: `a${id}`, title: `Article ${id}`, date: '2024-05-0' + id, body: text });
  const long = (seed: string) =>
    `${seed} ${'Residents of Kharkiv described the shelling in detail to reporters on Tuesday. '.repeat(4)}`;
  const archive = zipSync({
    'news/articles.jsonl': strToU8(
      [
        article(1, long('First')),
        'not json',
        article(2, 'Too short.'),
        article(3, long('First')),
        JSON.stringify({ id: 'a4', body: long('Fourth'), date: 'someday' }),
      ].join('\n'),
    ),
    '../../escape.json': strToU8(JSON.stringify([{ text: long('Escaped') }])),
    'notes/kupiansk.md': strToU8(`# Kupiansk under fire\n\n${long('Kupiansk')}`),
  });
  await options.getByTestId('import-name').fill('Archive');
  await options
    .getByTestId('import-files')
    .setInputFiles({ name: 'archive.zip', mimeType: 'application/zip', buffer: Buffer.from(archive) });
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(options.getByTestId('import-status').locator('strong')).toHaveText('2');
  const rows = await options
    .getByTestId('rejection')
    .evaluateAll((all) => all.map((row) => [...row.children].map((cell) => cell.textContent).join(' | ')));
  expect(rows).toEqual([
    'archive.zip: "../../escape.json" | file | unsafe entry name (it points outside the archive); skipped',
    'archive.zip/news/articles.jsonl | line 2 | not JSON',
    'archive.zip/news/articles.jsonl | line 3 | text too short (10 characters; at least 200)',
    'archive.zip/news/articles.jsonl | line 4 | duplicate of archive.zip/news/articles.jsonl line 1 (same text)',
    'archive.zip/news/articles.jsonl | line 5 | bad date "someday"',
  ]);
  await expect(corpusCard(options, 'Archive').getByTestId('stats-articles')).toHaveText('2');
});

test('crafted zips are refused, each naming the limit it passes or the lie it tells, and the library stays as it was', async ({
  options,
}) => {
  // The import worker unpacks the 400 MB the expanding archive is allowed before refusing it.
  test.slow();
  await importRecords(options, 'Mine', [story('m1', 'Kharkiv'), story('m2', 'Sumy')]);

  const entrySize = FILE_LIMITS.maxFileBytes - 1024 * 1024;
  const crafted = {
    'overlapping.zip': sharedBytesZip(),
    'understated.zip': understatedZip(),
    'bad-crc.zip': badCrcZip(),
    'crowded.zip': crowdedZip(FILE_LIMITS.maxArchiveEntries + 1),
    // Each entry within the size of a file, all of them together past what one import unpacks.
    'expanding.zip': expandingZip(Math.ceil(FILE_LIMITS.maxUnpackedBytes / entrySize) + 1, entrySize),
  };
  await options.getByTestId('import-name').fill('Crafted');
  await options.getByTestId('import-files').setInputFiles(
    Object.entries(crafted).map(([name, bytes]) => ({
      name,
      mimeType: 'application/zip',
      buffer: Buffer.from(bytes),
    })),
  );
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'nothing', { timeout: 60_000 });
  const rows = await options
    .getByTestId('rejection')
    .evaluateAll((all) => all.map((row) => [...row.children].map((cell) => cell.textContent).join(' | ')));
  const refusedWhole = '; nothing is read from the archive';
  expect(rows).toEqual([
    `overlapping.zip | file | entry "kharkiv.json" and entry "sumy.json" overlap (they share bytes, as a zip bomb's entries do)${refusedWhole}`,
    `understated.zip | file | entry "kharkiv.json" unpacks to more than the ${readCentral(crafted['understated.zip'], 0, 'size')} bytes its header declares${refusedWhole}`,
    `bad-crc.zip | file | entry "sumy.json" fails its CRC-32 check (damaged or altered)${refusedWhole}`,
    `crowded.zip | file | the archive holds more than 50,000 entries, the most one archive may hold${refusedWhole}`,
    `expanding.zip | file | the archive expands to more than 400.0 MB, the most one import unpacks (all its archives together)${refusedWhole}`,
  ]);
  await expect(options.getByTestId('import-status')).toContainText('The corpus in use is unchanged.');
  await options.reload();
  await expect(options.getByTestId('corpus')).toHaveCount(2);
  await expect(inUse(options)).toHaveText('Mine');
  await expect(corpusCard(options, 'Mine').getByTestId('stats-articles')).toHaveText('2');
});

test('a CSV with no text column asks for one, and a short column chosen as text is refused record by record', async ({
  options,
}) => {
  await options
    .getByTestId('import-files')
    .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nOlena,29\nPavlo,63\n') });
  const mapping = options.getByTestId('mapping');
  await expect(mapping).toContainText('No field of these files is called text');
  await expect(inUse(options)).toHaveText('Bundled corpus');
  await mapping.getByTestId('map-text').selectOption('age');
  await mapping.getByTestId('import-mapped').click();
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'nothing');
  await expect(options.getByTestId('rejection')).toHaveText([
    /people\.csv\s*row 1 \(line 2\)\s*text too short/,
    /people\.csv\s*row 2 \(line 3\)\s*text too short/,
  ]);
  await expect(options.getByTestId('corpus')).toHaveCount(1);
  await expect(inUse(options)).toHaveText('Bundled corpus');
});

test('fields with other names are mapped by the reader before importing', async ({ options }) => {
  const text = 'Ukrainian forces said they repelled assaults near Pokrovsk as Russian troops pressed west. '.repeat(4);
  const csv = `headline,story_text,when\n"Assaults near Pokrovsk","${text}",2024-08-01\n"Second story","${text.replace('Pokrovsk', 'Toretsk')}",2024-08-02\n`;
  await options
    .getByTestId('import-files')
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const mapping = options.getByTestId('mapping');
  await expect(mapping).toContainText('No field of these files is called text');
  await expect(mapping.getByTestId('import-mapped')).toBeDisabled();
  // The title was recognized by name; the text and the date are the reader's choice.
  await expect(mapping.getByTestId('map-title')).toHaveValue('headline');
  await mapping.getByTestId('map-text').selectOption('story_text');
  await mapping.getByTestId('map-date').selectOption('when');
  await mapping.getByTestId('import-mapped').click();
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(corpusCard(options, 'export').getByTestId('stats')).toContainText('Aug 1, 2024 to Aug 2, 2024');
});

test('cancelling an import leaves the library and the corpus in use as they were', async ({ options }) => {
  // Many distinct articles, so that indexing lasts long enough to be cancelled.
  await options
    .getByTestId('import-files')
    .setInputFiles({ name: 'many.jsonl', mimeType: 'application/x-ndjson', buffer: manyArticles(12) });
  await expect(options.locator('[data-testid="progress"][data-phase="indexing"]')).toBeVisible({ timeout: 30_000 });
  await options.getByTestId('cancel').click();
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'cancelled');
  await options.reload();
  await expect(options.getByTestId('corpus')).toHaveCount(1);
  await expect(inUse(options)).toHaveText('Bundled corpus');
});

test('an import stored just before it is cancelled is taken back, and the corpus in use before it is in use again', async ({
  options,
}) => {
  await importRecords(options, 'Before', [story('b1', 'Sumy')]);
  await expect(inUse(options)).toHaveText('Before');
  // The worker's word that it has stored the corpus is held back in the page, as if still on its way when the reader clicks Cancel.
  await options.evaluate(() => {
    const held = window as unknown as { outcomeHeld?: boolean };
    window.Worker = class extends window.Worker {
      override addEventListener(
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ): void {
        if (type !== 'message' || typeof listener !== 'function')
          return super.addEventListener(type, listener, options);
        super.addEventListener(
          type,
          (event) => {
            if ((event as MessageEvent<{ type?: string }>).data?.type === 'outcome') held.outcomeHeld = true;
            else listener(event);
          },
          options,
        );
      }
    };
  });
  await options.getByTestId('import-name').fill('Cancelled');
  await options.getByTestId('import-files').setInputFiles({
    name: 'late.jsonl',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(story('c1', 'Kharkiv')),
  });
  await options.waitForFunction(() => (window as unknown as { outcomeHeld?: boolean }).outcomeHeld === true);
  await options.getByTestId('cancel').click();
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'cancelled');
  await expect(options.getByTestId('corpus')).toHaveCount(2);
  await options.reload();
  await expect(options.getByTestId('corpus')).toHaveCount(2);
  await expect(corpusCard(options, 'Cancelled')).toHaveCount(0);
  await expect(inUse(options)).toHaveText('Before');
});

/** Starts recording every progress state the options page shows; the returned function reads them. */
async function recordProgress(options: Page): Promise<() => Promise<{ phase: string; line: string }[]>> {
  await options.evaluate(() => {
    const seen: { phase: string; line: string }[] = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      const phase = document.querySelector('[data-testid="progress"]')?.getAttribute('data-phase');
      const line = document.querySelector('[data-testid="progress-line"]')?.textContent ?? '';
      const last = seen.at(-1);
      if (phase && (last?.phase !== phase || last.line !== line)) seen.push({ phase, line });
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () =>
    options.evaluate(() => (window as unknown as { progressSeen: { phase: string; line: string }[] }).progressSeen);
}

/** Two small corpora, dropped on the page as a reader drags files from their desktop. */
async function dropFiles(options: Page, files: { name: string; content: string }[]): Promise<void> {
  const transfer = await options.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, content } of list) data.items.add(new File([content], name));
    return data;
  }, files);
  await options.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

test('the library: drop files, rename, merge, export, delete and reset', async ({ options }) => {
  await dropFiles(options, [
    { name: 'kharkiv.jsonl', content: [story('k1', 'Kharkiv'), story('k2', 'Kupiansk')].join('\n') },
  ]);
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await dropFiles(options, [
    {
      name: 'donetsk.json',
      content: JSON.stringify({
        articles: [JSON.parse(story('d1', 'Pokrovsk')), JSON.parse(story('d2', 'Kramatorsk'))],
      }),
    },
  ]);
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(corpusCard(options, 'donetsk').getByTestId('stats')).toContainText('Sources: Test Wire (2)');

  await corpusCard(options, 'kharkiv').getByTestId('rename').click();
  await corpusCard(options, 'kharkiv').getByTestId('rename-input').fill('Kharkiv oblast');
  await options.getByTestId('rename-save').click();
  await expect(corpusCard(options, 'Kharkiv oblast')).toHaveCount(1);

  await corpusCard(options, 'Kharkiv oblast').getByTestId('select').check();
  await corpusCard(options, 'donetsk').getByTestId('select').check();
  await options.getByTestId('merge-name').fill('East');
  await options.getByTestId('merge').click();
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(corpusCard(options, 'East').getByTestId('stats-articles')).toHaveText('4');

  const download = options.waitForEvent('download');
  await corpusCard(options, 'East').getByTestId('export').click();
  const exported = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; title: string; source: string });
  expect(exported.map((article) => article.id).sort()).toEqual(['d1', 'd2', 'k1', 'k2']);
  expect(exported[0]).toMatchObject({ source: 'Test Wire', title: expect.stringContaining('Shelling in') });

  // The merged corpus is in use once stored.
  await expect(inUse(options)).toHaveText('East');
  options.once('dialog', (dialog) => void dialog.accept());
  await corpusCard(options, 'East').getByTestId('delete').click();
  // Deleting the corpus in use gives way to the bundled one.
  await expect(corpusCard(options, 'East')).toHaveCount(0);
  await expect(inUse(options)).toHaveText('Bundled corpus');
  await corpusCard(options, 'donetsk').getByTestId('use').click();
  await expect(inUse(options)).toHaveText('donetsk');
  await options.getByTestId('reset').click();
  await expect(inUse(options)).toHaveText('Bundled corpus');
  // The library survives a reload of the page (it lives in IndexedDB).
  await options.reload();
  await expect(options.getByTestId('corpus')).toHaveCount(3);
});

test('importing sends no request outside the extension', async ({ extension, options }) => {
  test.skip(
    !hasSharedData('the import’s request log on the Ukraine news dev set'),
    'no ../shared/data beside the repository',
  );
  const urls: string[] = [];
  const record = (request: { url(): string }) => urls.push(request.url());
  extension.context.on('request', record);
  await options.getByTestId('import-files').setInputFiles(UKRAINE_DEV);
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  extension.context.off('request', record);
  // The recorder saw the worker read the extension's own gazetteer; nothing else was asked for.
  expect(urls.some((url) => url.endsWith(GAZETTEER_PATH))).toBe(true);
  expect(urls.filter((url) => !url.startsWith(`chrome-extension://${extension.extensionId}/`))).toEqual([]);
});

test('the library and the corpus in use survive a browser restart', async ({ pagesServer }, testInfo) => {
  test.skip(
    !hasSharedData('a browser restart after importing the Ukraine news dev set'),
    'no ../shared/data beside the repository',
  );
  const profile = testInfo.outputPath('profile');
  const first = await launchWithExtension({ profile });
  try {
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    await options.getByTestId('import-name').fill('Kept');
    await options.getByTestId('import-files').setInputFiles(UKRAINE_DEV);
    await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  } finally {
    await first.close();
  }
  const second = await launchWithExtension({ profile });
  try {
    const options = await second.context.newPage();
    await options.goto(`chrome-extension://${second.extensionId}/options.html`);
    await expect(inUse(options)).toHaveText('Kept');
    const reader = await openSeedPage(second, pagesServer, 'seed-000');
    await clickToolbarIcon(second, reader);
    expect(await waitForSidebar(reader)).toBe('ready');
    await expect(sidebarPanel(reader).locator('.corpus-line').first()).toContainText('Kept (');
  } finally {
    await second.close();
  }
});

test('hostile records go through the importer, the library, the sidebar and the hover card as text, and nothing runs', async ({
  extension,
  pagesServer,
  options,
}) => {
  // Half of seed 002's own text, so the record is related coverage of the seed page, with script, RTL and zero-width characters mixed in.
  const seed = readFileSync(new URL('../../data/seeds/002_b653690046f4697e.txt', import.meta.url), 'utf8');
  const body = `${seed.slice(0, Math.floor(seed.length / 2))} <script>window.__sidenotePwned=2</script> \u202eevil\u202c Kram\u200batorsk residents fled west.`;
  const hostile = [
    {
      id: 'h1',
      title: 'Kostiantynivka <img src=x onerror="window.__sidenotePwned=1">',
      text: body,
      source: '<svg onload=window.__sidenotePwned=3>',
      url: 'javascript:window.__sidenotePwned=4',
      date: '2024-02-01',
      __proto__: { polluted: 1 },
    },
    {
      id: '<img src=x onerror=window.__sidenotePwned=5>',
      text: 'Grain prices rose again on the commodity exchange this week. '.repeat(6),
    },
    {
      id: '<img src=x onerror=window.__sidenotePwned=5>',
      text: 'Grain prices fell again on the commodity exchange this week. '.repeat(6),
    },
    { id: 'long', text: 'x'.repeat(1024 * 1024) },
    // Other subjects, so that the hostile article stands out as related to a page about Kostiantynivka.
    ...[
      'football league final',
      'central bank interest rates',
      'vaccine trial results',
      'wildfire season in California',
      'chess olympiad in Budapest',
      'electric car battery factory',
    ].map((subject, index) => ({
      id: `other-${index}`,
      text: `A report on the ${subject}. `.repeat(12),
    })),
  ];
  // JSON.stringify drops a literal __proto__ key; write it into the line as a reader's file would have it.
  const lines = hostile
    .map((record) => JSON.stringify(record))
    .map((line, index) => (index === 0 ? line.replace('{', '{"__proto__":{"polluted":1},') : line));
  await options.getByTestId('import-name').fill('<b>Hostile</b> corpus');
  await options.getByTestId('import-files').setInputFiles({
    name: 'hostile<img src=x onerror=window.__sidenotePwned=6>.jsonl',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(options.getByTestId('rejection')).toHaveText([
    /duplicate id "<img src=x onerror=window.__sidenotePwned=5>"/,
    /text too long \(1,048,576 characters/,
  ]);
  await expect(corpusCard(options, '<b>Hostile</b> corpus').getByTestId('stats')).toContainText(
    'Sources: <svg onload=window.__sidenotePwned=3> (1)',
  );
  // The page's own objects: the worker drops the key as it parses (utils/options/corpus-import/import-job.test.ts), and the page never holds the records.
  expect(
    await options.evaluate(() => [
      (window as { __sidenotePwned?: number }).__sidenotePwned,
      ({} as { polluted?: number }).polluted,
      document.querySelectorAll('img, svg[onload], b').length,
    ]),
  ).toEqual([undefined, undefined, 0]);

  // Dated the day after the record: an undated page gets no dated article as related coverage.
  const reader = await openDatedPage(extension, pagesServer, 'seed-002', '2024-02-02T09:00:00Z');
  let dialogs = 0;
  reader.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await clickToolbarIcon(extension, reader);
  expect(await waitForSidebar(reader)).toBe('ready');
  const item = sidebarPanel(reader).locator('[data-testid="related-item"][data-article-id="h1"]');
  await expect(item.locator('.related-title')).toHaveText(
    'Kostiantynivka <img src=x onerror="window.__sidenotePwned=1">',
  );
  await expect(item.getByTestId('related-source')).toHaveText('<svg onload=window.__sidenotePwned=3>');
  // A related article's date, as the corpus gives it.
  await expect(item.locator('time')).toHaveAttribute('datetime', '2024-02-01');
  await expect(item.locator('time')).toHaveText('Feb 1, 2024');
  await expect(item.locator('img, svg, script, a')).toHaveCount(0);
  const mark = reader.locator('sidenote-mark[data-place-id="705104"]').first();
  await mark.hover();
  const card = placeCard(reader);
  await expect(card.locator('[data-testid="place-corpus-item"][data-article-id="h1"]')).toContainText(
    '<img src=x onerror=',
  );
  await expect(card.locator('[data-testid="place-corpus-item"] img')).toHaveCount(0);
  expect(await reader.evaluate(() => (window as { __sidenotePwned?: number }).__sidenotePwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

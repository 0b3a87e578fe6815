import { readFileSync, writeFileSync } from 'node:fs';
import { fixturePages, type PageExpectation } from '../support/fixtures';
import type { BrowsingContext } from './browsing-context';
import { expect, settledSidebar, sidenoteInPage, test } from './fixtures';
import { addonId, FIREFOX_EXTENSION_DIR } from './firefox';

const seed000 = fixturePages().find(({ name }) => name === 'seed-000')!.expected as Extract<
  PageExpectation,
  { kind: 'article' }
>;

test('installs as a temporary add-on whose background starts', async ({ firefox }) => {
  expect(firefox.installedId).toBe(addonId(FIREFOX_EXTENSION_DIR));
  const options = await firefox.openExtensionPage('/options.html');
  expect(await options.evaluate(() => browser.runtime.getURL('/'))).toBe(`${firefox.origin}/`);
  // A message reaches the background's listener (it answers nothing to a page that is not its
  // content script); with no background listening Firefox refuses: "Receiving end does not exist".
  const sent = await options.evaluate(() =>
    browser.runtime.sendMessage({ type: 'sidenote/annotate' }).then(
      () => 'delivered',
      (error: unknown) => String(error),
    ),
  );
  expect(sent).toBe('delivered');
});

test('the shortcut opens the sidebar on an article, with related coverage, its places highlighted and their card; pressed again it closes', async ({
  firefox,
  pages,
}) => {
  const page = await firefox.newTab(`${pages.origin}/seed-000/`);
  await firefox.pressShortcut(page);
  const { sidebar, status } = await settledSidebar(page);
  expect(status).toBe('ready');
  const read = () =>
    sidebar.evaluate(() => ({
      related: [...document.querySelectorAll('[data-testid="related-item"]')].map((item) =>
        item.getAttribute('data-article-id'),
      ),
      places: [...document.querySelectorAll('[data-testid="place-item"] .place-name')].map((name) => name.textContent),
      highlighted: document.querySelector('[data-testid="places-count"]')?.textContent ?? '',
    }));
  await expect.poll(async () => (await read()).highlighted).toContain('highlighted in the page');
  const shown = await read();
  expect(shown.related).toEqual(seed000.related);
  expect(shown.places).toEqual(expect.arrayContaining(seed000.places!));

  // The highlights are in the page, each naming its place; hovering one shows its card.
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll('sidenote-mark')].map((mark) => mark.textContent),
  );
  expect(marks).toEqual(expect.arrayContaining(['Dobropillia', 'Pokrovsk']));
  await page.hover('sidenote-mark[data-place-id]');
  const card = await page.frame('/place-card.html');
  const hovered = await page.evaluate(() =>
    document.querySelector('sidenote-mark[data-place-id]')!.getAttribute('data-place-id'),
  );
  await expect
    .poll(() =>
      card.evaluate(() => document.querySelector('[data-testid="place-card"]')?.getAttribute('data-place-id') ?? null),
    )
    .toBe(hovered);

  await firefox.pressShortcut(page);
  await expect.poll(() => sidenoteInPage(page)).toEqual({ sidebars: 0, marks: 0 });
});

test('a channel the page posts to the sidebar is not taken for Sidenote’s', async ({ firefox, pages }) => {
  // The page's own script offers the sidebar's frame channels of its own, again and again from
  // the moment the frame is there: were one taken, the page would drive the sidebar and read it.
  const page = await firefox.newTab(`${pages.origin}/seed-000/`, () => {
    const offered = { posted: 0, heard: [] as string[] };
    Object.assign(window, { offered });
    const timer = setInterval(() => {
      const frame = document.querySelector('sidenote-sidebar')?.shadowRoot?.querySelector('iframe');
      if (!frame?.contentWindow) return;
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = (event) => offered.heard.push(JSON.stringify(event.data));
      frame.contentWindow.postMessage({ sidenotePort: crypto.randomUUID() }, '*', [port2]);
      if (++offered.posted === 100) clearInterval(timer);
    }, 20);
  });
  await firefox.pressShortcut(page);
  const { sidebar, status } = await settledSidebar(page);
  expect(status).toBe('ready');
  await expect
    .poll(() => sidebar.evaluate(() => document.querySelectorAll('[data-testid="related-item"]').length))
    .toBe(seed000.related.length);
  const offered = await page.evaluate(
    () => (window as unknown as { offered: { posted: number; heard: string[] } }).offered,
  );
  expect(offered.posted).toBeGreaterThan(0);
  expect(offered.heard).toEqual([]);
});

test('the options page imports a corpus file and lists it, in use for the next article', async ({
  ownFirefox: firefox,
  pages,
}, testInfo) => {
  // Real local news (LGL, tests/fixtures/toponyms), 25 articles as JSON Lines.
  const rows = readFileSync(new URL('../fixtures/toponyms/lgl.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 25);
  const file = testInfo.outputPath('local-news.jsonl');
  writeFileSync(
    file,
    rows
      .map((row) => JSON.stringify((({ id, text }) => ({ id, text }))(JSON.parse(row) as { id: string; text: string })))
      .join('\n'),
  );

  const options = await firefox.openExtensionPage('/options.html');
  const library = () =>
    options.evaluate(() =>
      [...document.querySelectorAll('[data-testid="corpus"]')].map((corpus) => ({
        name: corpus.querySelector('[data-testid="corpus-name"]')?.textContent,
        inUse: corpus.getAttribute('data-active') === 'true',
        articles: corpus.querySelector('[data-testid="stats-articles"]')?.textContent,
      })),
    );
  await expect.poll(library).toEqual([{ name: 'Bundled corpus', inUse: true, articles: '5' }]);
  await options.type('[data-testid="import-name"]', 'Local news');
  await options.setFiles('[data-testid="import-files"]', [file]);
  await expect
    .poll(
      () =>
        options.evaluate(() => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-status')),
      { timeout: 45_000 },
    )
    .toBe('done');
  await expect.poll(library).toContainEqual({ name: 'Local news', inUse: true, articles: '25' });

  const page = await firefox.newTab(`${pages.origin}/seed-000/`);
  await firefox.pressShortcut(page);
  const { sidebar } = await settledSidebar(page);
  expect(await sidebar.evaluate(() => document.querySelector('.corpus-line')?.textContent)).toContain(
    'Local news (25 articles)',
  );
});

test('a site listed in the options page has its articles annotated as they open, its front page left alone, until it is removed', async ({
  ownFirefox: firefox,
  pages,
}) => {
  const options = await firefox.openExtensionPage('/options.html');
  // The page lays itself out as its sections read their settings and count the library's figures:
  // a click into the field just as the library above grows lands where the field no longer is, and
  // the keys go nowhere. A reader clicks again; so does the test, up to three times.
  const address = `${pages.origin}/seed-000/`;
  const typed = () =>
    options.evaluate(
      () => (document.querySelector('[data-testid="automatic-input"]') as HTMLInputElement | null)?.value ?? '',
    );
  for (let attempt = 0; attempt < 3 && (await typed()) !== address; attempt++) {
    await options.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('[data-testid="automatic-input"]');
      if (field) field.value = '';
    });
    await options.type('[data-testid="automatic-input"]', address);
  }
  expect(await typed()).toBe(address);
  // A real click: the browser asks for the host only from the reader's gesture.
  await options.click('[data-testid="automatic-add"]');
  const listed = () =>
    options.evaluate(() =>
      [...document.querySelectorAll('[data-testid="automatic-site"]')].map((site) => site.getAttribute('data-host')),
    );
  await expect.poll(listed).toEqual(['127.0.0.1']);

  const page = await firefox.newTab(`${pages.origin}/seed-000/`);
  expect((await settledSidebar(page)).status).toBe('ready');
  await expect.poll(async () => (await sidenoteInPage(page)).marks).toBeGreaterThan(0);

  // A front page (no article) gets no sidebar saying so: nobody asked.
  expect(await afterLoad(page, `${pages.origin}/yahoo-2/`)).toEqual({ sidebars: 0, marks: 0 });

  await options.click('[aria-label="Stop annotating 127.0.0.1 automatically"]');
  await expect.poll(listed).toEqual([]);
  expect(await afterLoad(page, `${pages.origin}/seed-000/`)).toEqual({ sidebars: 0, marks: 0 });
});

/** What Sidenote shows in `tab` once `url` has loaded and the moment its content script would have run has passed. */
async function afterLoad(tab: BrowsingContext, url: string) {
  await tab.navigate(url);
  await expect.poll(() => tab.evaluate(() => document.readyState)).toBe('complete');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return sidenoteInPage(tab);
}

import type { Page } from '@playwright/test';
import { expect, placeCard, settledStatus, sidebar, test } from './fixtures';

/** Waits until the Places section reports how many mentions it highlighted in the page. */
async function highlightsDone(page: Page) {
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
}

const card = (page: Page) => placeCard(page);
// The page's own paragraphs (document.querySelectorAll does not enter Sidenote's shadow roots).
const paragraphBoxes = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('p')].map((p) => JSON.stringify(p.getBoundingClientRect())));

test.describe('places in the page', () => {
  test('highlights a seed’s places and tells about one on hover: name, spelling, kind, map and corpus', async ({
    openFixture,
    clickToolbar,
    consoleErrors,
  }) => {
    const page = await openFixture('seed-001');
    const boxesBefore = await paragraphBoxes(page);
    await clickToolbar(page);
    expect(await settledStatus(page)).toBe('ready');
    await highlightsDone(page);
    // Highlights take no room: every paragraph stays where it was.
    expect(await paragraphBoxes(page)).toEqual(boxesBefore);

    // The town is written Konstantinovka here and Kostiantynivka in seed 002.
    const mark = page.locator('sidenote-mark[data-place-id="705104"]').first();
    await expect(mark).toHaveText('Konstantinovka');
    await mark.hover();
    await expect(card(page).getByTestId('place-card-name')).toHaveText('Kostiantynivka');
    await expect(card(page).getByTestId('place-card-kind')).toHaveText(/^Town in Donetsk, Ukraine · [\d,]+ people$/);
    await expect(card(page).getByTestId('place-card-variants')).toHaveText('Written here as Konstantinovka');
    const map = card(page).getByTestId('map');
    await expect(map.locator('path.highlighted')).toHaveCount(1);
    await expect(map.locator('circle')).toHaveCount(1);
    const corpusItem = card(page).getByTestId('place-corpus-item');
    await expect(corpusItem).toHaveCount(1);
    await expect(corpusItem).toHaveAttribute('data-article-id', '002_b653690046f4697e');
    await expect(corpusItem.getByTestId('place-corpus-snippet').locator('mark')).toHaveText('Kostiantynivka');

    // Clicking the name opens its entry in the sidebar's Places section.
    await mark.click();
    const entry = sidebar(page).locator('[data-testid="place-item"][data-place-id="705104"]');
    await expect(entry.locator('button')).toHaveAttribute('aria-expanded', 'true');
    await expect(entry.locator('button')).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });

  test('highlights the places of the headline too', async ({ openFixture, clickToolbar }) => {
    const page = await openFixture('seed-003');
    await clickToolbar(page);
    await settledStatus(page);
    await highlightsDone(page);
    const headlineMark = page.locator('h1 sidenote-mark');
    await expect(headlineMark).toHaveCount(1);
    await expect(headlineMark).toHaveText('Kupiansk');
    await expect(headlineMark).toHaveAttribute('data-place-id', '703656');
  });

  test('the Places section counts the places and maps them all', async ({ openFixture, clickToolbar }) => {
    const page = await openFixture('seed-002');
    await clickToolbar(page);
    await settledStatus(page);
    await highlightsDone(page);
    const section = sidebar(page).getByTestId('places');
    const items = section.getByTestId('place-item');
    const count = await items.count();
    expect(count).toBeGreaterThan(8);
    await expect(section.getByTestId('places-count')).toContainText(`${count} places`);
    // The map is drawn once the reader scrolls the section into view.
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByTestId('map').locator('circle')).toHaveCount(count);
    const names = await items.locator('button').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Kostiantynivka', 'Siverskyi Donets', 'Mariupol', 'Dnipro River']));
    // Every highlighted mention in the page is one the sidebar lists.
    const markedIds = new Set(
      await page
        .locator('sidenote-mark')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-place-id'))),
    );
    const listedIds = new Set(
      await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-place-id'))),
    );
    expect([...markedIds].every((id) => listedIds.has(id))).toBe(true);
  });

  test('keyboard: a highlight takes focus and shows its card, Escape hides the card only, Enter opens the entry', async ({
    openFixture,
    clickToolbar,
  }) => {
    const page = await openFixture('seed-004');
    await clickToolbar(page);
    await settledStatus(page);
    await highlightsDone(page);
    const mark = page.locator('sidenote-mark[data-place-id="713174"]').first();
    await mark.focus();
    await expect(card(page).getByTestId('place-card-name')).toHaveText('Bakhmut');
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(page.locator('sidenote-sidebar')).toHaveCount(1);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(sidebar(page).locator('[data-testid="place-item"][data-place-id="713174"] button')).toBeFocused();
  });

  test('the page’s own button still works after its article is annotated', async ({ openFixture, clickToolbar }) => {
    const page = await openFixture('seed-002');
    await clickToolbar(page);
    await settledStatus(page);
    await highlightsDone(page);
    expect(await page.locator('sidenote-mark').count()).toBeGreaterThan(10);
    await page.locator('#share-button').click();
    await expect(page.locator('#share-count')).toHaveText('1');
  });

  // Real pages (mozilla/readability's test pages, vendored in tests/fixtures/pages): BBC, New York Times, Washington Post.
  for (const [name, placeId, surface, kind] of [
    ['bbc-1', '184745', 'Nairobi', /^City in Nairobi.*, Kenya/],
    ['nytimes-1', '379252', 'Khartoum', /^City in Khartoum, Sudan/],
    ['wapo-1', '2464470', 'Tunis', /^City in Tunis.*, Tunisia/],
  ] as const) {
    test(`on the real page ${name}, hovering ${surface} shows its card`, async ({ openFixture, clickToolbar }) => {
      const page = await openFixture(name);
      await clickToolbar(page);
      expect(await settledStatus(page)).toBe('ready');
      await highlightsDone(page);
      const mark = page.locator(`sidenote-mark[data-place-id="${placeId}"]`).first();
      await expect(mark).toHaveText(surface);
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await expect(card(page).getByTestId('place-card-name')).toHaveText(surface);
      await expect(card(page).getByTestId('place-card-kind')).toHaveText(kind);
      await expect(card(page).getByTestId('map').locator('circle')).toHaveCount(1);
      // The bundled corpus is about Ukraine: it says nothing of these places, and the card says so.
      await expect(card(page).getByTestId('place-corpus-none')).toHaveText(
        `No article in the corpus mentions ${surface}.`,
      );
    });
  }
});

test('markup and script in a page’s title, byline, text and place names show as text and never run', async ({
  openFixture,
  clickToolbar,
  consoleErrors,
}) => {
  const page = await openFixture('hostile-1');
  await clickToolbar(page);
  expect(await settledStatus(page)).toBe('ready');
  await highlightsDone(page);
  const panel = sidebar(page);
  await expect(panel.getByTestId('article-title')).toHaveText(
    'Shelling near Kostiantynivka <img src=x onerror="window.__sidenotePwned=1"> <script>window.__sidenotePwned=2</script>',
  );
  await expect(panel.getByTestId('article-byline')).toHaveText('<svg onload=window.__sidenotePwned=3>');
  await expect(panel.getByTestId('article-site')).toHaveText('The <b>Hostile</b> Ledger');
  // The corpus snippet of a related article and the highlighted names are text nodes too.
  const mark = page.locator('sidenote-mark[data-place-id="705104"]').first();
  await mark.hover();
  await expect(card(page).getByTestId('place-card-name')).toHaveText('Kostiantynivka');
  // No element was made from the payloads, in the page or in Sidenote's frames, and none ran.
  const made = (
    await Promise.all(
      page.frames().map((frame) =>
        frame.evaluate(() =>
          [...document.querySelectorAll('img, script:not([src]), svg[onload], [onerror], [onmouseover]')].map(
            // Reading markup to report it, never writing it.
            // eslint-disable-next-line no-restricted-properties
            (element) => element.outerHTML,
          ),
        ),
      ),
    )
  ).flat();
  expect(page.frames().some((frame) => frame.url().includes('/sidebar.html'))).toBe(true);
  expect(made).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __sidenotePwned?: number }).__sidenotePwned),
  ).toBeUndefined();
  expect(consoleErrors).toEqual([]);
});

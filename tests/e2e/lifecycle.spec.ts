import type { Page } from '@playwright/test';
import { expect, settledStatus, sidebar, test } from './fixtures';

/** Everything in the page a reader or its scripts could see: the DOM, including any leftover attributes or styles. */
const pageSnapshot = (page: Page) => page.evaluate(() => document.documentElement.outerHTML); // eslint-disable-line no-restricted-properties

test.describe('opening and closing', () => {
  for (const [how, close] of [
    ['a second toolbar click', async (page: Page, clickToolbar: (page: Page) => Promise<void>) => clickToolbar(page)],
    ['the close button', async (page: Page) => sidebar(page).getByTestId('close').click()],
    [
      'Escape in the page',
      async (page: Page) => {
        await page.locator('h1').first().click();
        await page.keyboard.press('Escape');
      },
    ],
    [
      'Escape in the sidebar',
      async (page: Page) => {
        await sidebar(page).getByTestId('close').focus();
        await page.keyboard.press('Escape');
      },
    ],
  ] as const) {
    test(`${how} closes the sidebar and removes every trace`, async ({ openFixture, clickToolbar }) => {
      const page = await openFixture('seed-003');
      const before = await pageSnapshot(page);
      await clickToolbar(page);
      await settledStatus(page);
      await close(page, clickToolbar);
      await expect(page.locator('sidenote-sidebar')).toHaveCount(0);
      expect(await pageSnapshot(page)).toBe(before);
    });
  }

  test('closing before the answer shows leaves no trace, whatever was still on its way', async ({
    openFixture,
    clickToolbar,
  }) => {
    const page = await openFixture('seed-003');
    const before = await pageSnapshot(page);
    for (const wait of [0, 30, 60, 120]) {
      await clickToolbar(page);
      await page.waitForTimeout(wait);
      await clickToolbar(page);
      await expect(page.locator('sidenote-sidebar')).toHaveCount(0);
      // Long enough for an answer, highlights or a card that was on its way to arrive.
      await page.waitForTimeout(1500);
      expect(await pageSnapshot(page)).toBe(before);
    }
  });

  test('opens again after closing, as often as the reader likes', async ({ openFixture, clickToolbar }) => {
    const page = await openFixture('seed-001');
    for (let round = 0; round < 3; round++) {
      await clickToolbar(page);
      expect(await settledStatus(page)).toBe('ready');
      await expect(page.locator('sidenote-sidebar')).toHaveCount(1);
      await clickToolbar(page);
      await expect(page.locator('sidenote-sidebar')).toHaveCount(0);
    }
  });

  test('the sidebar takes the keyboard focus when it opens and gives it back when it closes', async ({
    openFixture,
    clickToolbar,
  }) => {
    const page = await openFixture('seed-000');
    await page.locator('#share-button').focus();
    await clickToolbar(page);
    await settledStatus(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()))
      .toBe('sidenote-sidebar');
    await page.keyboard.press('Tab');
    await expect(sidebar(page).getByTestId('close')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('sidenote-sidebar')).toHaveCount(0);
    await expect(page.locator('#share-button')).toBeFocused();
  });

  test('the page’s own buttons keep working with the sidebar open and after it closes', async ({
    openFixture,
    clickToolbar,
  }) => {
    const page = await openFixture('seed-002');
    await clickToolbar(page);
    await settledStatus(page);
    await page.locator('#share-button').click();
    await expect(page.locator('#share-count')).toHaveText('1');
    await sidebar(page).getByTestId('close').click();
    await page.locator('#share-button').click();
    await expect(page.locator('#share-count')).toHaveText('2');
  });
});

test.describe('style isolation', () => {
  test('page styles do not reach the sidebar, and the sidebar’s do not reach the page', async ({
    openFixture,
    clickToolbar,
  }) => {
    const page = await openFixture('seed-004');
    await page.addStyleTag({
      content: `* { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; }
                aside, h2, h4, mark, p, button { background: rgb(0, 255, 0) !important; font-size: 40px !important; }`,
    });
    const pageHeadingBefore = await page
      .locator('article h1')
      .evaluate((element) => getComputedStyle(element).fontSize);
    await clickToolbar(page);
    await settledStatus(page);
    const title = sidebar(page).getByTestId('article-title');
    const styles = await title.evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, fontSize: style.fontSize, background: style.backgroundColor };
    });
    expect(styles.color).not.toBe('rgb(255, 0, 0)');
    expect(styles.fontSize).toBe('17px');
    expect(styles.background).not.toBe('rgb(0, 255, 0)');
    expect(await page.locator('article h1').evaluate((element) => getComputedStyle(element).fontSize)).toBe(
      pageHeadingBefore,
    );
  });

  test('the sidebar sits fixed at the right edge, above the page', async ({ openFixture, clickToolbar }) => {
    const page = await openFixture('seed-000');
    await clickToolbar(page);
    await settledStatus(page);
    const box = await sidebar(page).boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(Math.round(box!.x + box!.width)).toBe(viewport.width);
    expect(box!.height).toBe(viewport.height);
    await page.mouse.wheel(0, 2000);
    await expect.poll(async () => (await sidebar(page).boundingBox())?.y).toBe(0);
  });
});

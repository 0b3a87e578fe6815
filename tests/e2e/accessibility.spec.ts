import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settledStatus, sidebar, test } from './fixtures';

/** axe-core's serious and critical findings that concern Sidenote's own elements (the fixture pages have their own). */
async function sidenoteViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')).filter((target) => target.includes('sidenote')),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the sidebar, the highlights or the hover card (${scheme} scheme)`, async ({ openFixture, clickToolbar }) => {
    const page = await openFixture('seed-001');
    await page.emulateMedia({ colorScheme: scheme });
    await clickToolbar(page);
    expect(await settledStatus(page)).toBe('ready');
    await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
    expect(await sidenoteViolations(page)).toEqual([]);

    await page.locator('sidenote-mark[data-place-id="705104"]').first().hover();
    await expect(page.locator('sidenote-place-card').getByTestId('place-card-name')).toHaveText('Kostiantynivka');
    await expect(page.locator('sidenote-place-card').getByTestId('map')).toBeVisible();
    expect(await sidenoteViolations(page)).toEqual([]);
  });
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, placeCard, settledStatus, sidebar, test } from './fixtures';

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
  test(`axe finds no serious or critical violation in the sidebar, the highlights or the hover card (${scheme} scheme)`, async ({
    openFixture,
    clickToolbar,
  }) => {
    const page = await openFixture('seed-001');
    await page.emulateMedia({ colorScheme: scheme });
    await clickToolbar(page);
    expect(await settledStatus(page)).toBe('ready');
    await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
    await expect(sidebar(page).getByTestId('consistency')).toHaveAttribute('data-status', 'done');
    expect(await sidenoteViolations(page)).toEqual([]);

    await page.locator('sidenote-mark[data-place-id="705104"]').first().hover();
    await expect(placeCard(page).getByTestId('place-card-name')).toHaveText('Kostiantynivka');
    await expect(placeCard(page).getByTestId('map')).toBeVisible();
    expect(await sidenoteViolations(page)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the options page, its automatic-annotation section and mapping form included (${scheme} scheme)`, async ({
    extension,
  }) => {
    const options = await extension.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await expect(options.getByTestId('corpus')).toHaveCount(1);
    await options.locator('details.limits summary').click();
    // The automatic-annotation section, with its refusal of an empty address showing.
    await options.getByTestId('automatic-add').click();
    await expect(options.getByTestId('automatic-notice')).toBeVisible();
    const serious = async () =>
      (await new AxeBuilder({ page: options }).analyze()).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
    expect(await serious()).toEqual([]);
    // A CSV whose text column has another name brings up the mapping form; it must be accessible too.
    await options
      .getByTestId('import-files')
      .setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('headline,story_text\nA,B\n') });
    await expect(options.getByTestId('mapping')).toBeVisible();
    expect(await serious()).toEqual([]);
    await options.close();
  });
}

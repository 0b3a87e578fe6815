import { fixturePages } from '../support/fixtures';
import { expect, settledStatus, sidebar, test } from './fixtures';

for (const { name, expected } of fixturePages()) {
  test(`toolbar click on ${name} shows what the fixture expects`, async ({
    openFixture,
    clickToolbar,
    consoleErrors,
  }) => {
    const page = await openFixture(name);
    await clickToolbar(page);
    const panel = sidebar(page);
    const status = await settledStatus(page);

    if (expected.kind === 'no-article') {
      expect(status).toBe('no-article');
      await expect(panel.getByTestId('no-article')).toContainText('No article here');
      await expect(panel.getByTestId('no-article')).toContainText(expected.reason);
      expect(consoleErrors).toEqual([]);
      return;
    }

    expect(status).toBe('ready');
    await expect(panel.getByTestId('article-title')).toHaveText(expected.title);
    if (expected.byline === expected.siteName) await expect(panel.getByTestId('article-byline')).toHaveCount(0);
    else if (expected.byline) await expect(panel.getByTestId('article-byline')).toHaveText(expected.byline);
    if (expected.siteName) await expect(panel.getByTestId('article-site')).toHaveText(expected.siteName);
    await expect(panel.getByTestId('article-words')).toHaveText(/^[\d,]+ words$/);

    const items = panel.getByTestId('related-item');
    if (expected.related.length === 0) {
      await expect(panel.getByTestId('related-empty')).toHaveText('No article in the corpus covers this story.');
      await expect(items).toHaveCount(0);
    } else {
      const ids = await items.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('data-article-id')),
      );
      expect([...ids].sort()).toEqual(expected.related);
      if (expected.relatedFirst) expect(ids[0]).toBe(expected.relatedFirst);
      for (const item of await items.all()) {
        await expect(item.locator('h4')).not.toBeEmpty();
        await expect(item.getByTestId('related-score')).toHaveText(/^score \d+\.\d, \d+% of key terms$/);
        await expect(item.getByTestId('related-snippet')).toHaveText(/\w{3,}.{20,}/);
        expect(await item.getByTestId('related-snippet').locator('mark').count()).toBeGreaterThan(0);
        await expect(item.getByTestId('related-terms')).not.toBeEmpty();
        // The floor lets an article through only with a rare place in common with a page that names places.
        if (expected.places?.length) await expect(item.getByTestId('related-places')).not.toBeEmpty();
      }
    }
    if (expected.sameArticle)
      await expect(panel.getByTestId('same-article')).toContainText('This article is itself in the corpus');
    expect(consoleErrors).toEqual([]);
  });
}

test('shows the source of a related article, why it is the same story, its shared figures, and an untitled one by its first sentence', async ({
  openFixture,
  clickToolbar,
}) => {
  const page = await openFixture('seed-000');
  await clickToolbar(page);
  await settledStatus(page);
  const ap = sidebar(page).locator('[data-article-id="002_b653690046f4697e"]');
  await expect(ap.getByTestId('related-source')).toHaveText('The Associated Press');
  await expect(ap.getByTestId('related-story')).toHaveText(
    /^Same story: \d+% of this page’s key terms, \d+% of its own$/,
  );
  // Both give about 70% for the share of Donetsk under Russian control: a figure on the same subject.
  await expect(ap.getByTestId('related-figures')).toHaveText('approximately 70% (Donetsk, Luhansk)');
  await expect(ap.locator('h4.fallback')).toContainText('From a bunker in eastern Ukraine');
});

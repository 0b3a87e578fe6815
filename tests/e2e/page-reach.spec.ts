import { readFileSync } from 'node:fs';
import { PAGES_DIR } from '../support/fixtures';
import { expect, placeCard, settledStatus, sidebar, test } from './fixtures';

/**
 * A page's own script, run as a hostile site would: every 100 ms it reads every element and open
 * shadow root it can reach (and any frame's document), searches the rendered text with
 * window.find, clicks every button of Sidenote's it can find, and fakes the reader's input on the
 * highlights (mouseover, click, Enter) and Escape on the page.
 */
const SPY = `<script>
window.__spy = { text: '', clicks: 0, found: [], frameErrors: 0, addresses: [] };
const PROBES = ['Related coverage', 'Show in the sidebar', 'Same story', 'in your corpus', 'mentions'];
setInterval(() => {
  const roots = [document];
  for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  let text = '';
  for (const root of roots) {
    if (root !== document) text += root.textContent;
    for (const control of root.querySelectorAll('button, [role="button"], [role="dialog"] *')) {
      if (root === document && !control.closest('sidenote-sidebar, sidenote-place-card')) continue;
      control.click();
      window.__spy.clicks++;
    }
    for (const frame of root.querySelectorAll('iframe')) {
      window.__spy.addresses.push(frame.src);
      try { text += frame.contentDocument.body.innerText; } catch { window.__spy.frameErrors++; }
    }
  }
  for (const host of document.querySelectorAll('sidenote-sidebar, sidenote-place-card')) text += host.innerText + host.textContent;
  window.__spy.text += text;
  for (const probe of PROBES) if (window.find(probe, false, false, true) && !window.__spy.found.includes(probe)) window.__spy.found.push(probe);
  getSelection().removeAllRanges();
  for (const mark of document.querySelectorAll('sidenote-mark')) {
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.click();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  }
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}, 100);
</script>`;

test('a page’s script can neither read nor drive the sidebar and the card, which the reader still reads and uses', async ({
  page,
  pagesServer,
  clickToolbar,
}) => {
  const source = readFileSync(`${PAGES_DIR}/seed-000/source.html`, 'utf8').replace('</body>', `${SPY}</body>`);
  await page.route(`${pagesServer.origin}/generated/spy/`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: source }),
  );
  await page.goto(`${pagesServer.origin}/generated/spy/`);
  await clickToolbar(page);
  expect(await settledStatus(page)).toBe('ready');
  // The reader reads the sidebar and uses a card, while the page's script keeps at it.
  const related = sidebar(page).getByTestId('related-item');
  await expect(related).toHaveCount(1);
  const relatedTitle = (await related.locator('.related-title').textContent()) ?? '';
  await expect(sidebar(page).getByTestId('places-count')).toContainText('highlighted in the page');
  await page.locator('sidenote-mark').first().hover();
  await expect(placeCard(page)).toBeVisible();
  await placeCard(page).getByTestId('place-card-show').click();
  await expect(sidebar(page).locator('[data-testid="place-item"] button[aria-expanded="true"]')).toHaveCount(1);
  await page.waitForTimeout(1_000);
  // The faked input moved nothing: the sidebar is open, one entry open (the reader's), nothing closed.
  await expect(page.locator('sidenote-sidebar')).toHaveCount(1);

  const spy = await page.evaluate(
    () =>
      (
        window as unknown as {
          __spy: { text: string; clicks: number; found: string[]; frameErrors: number; addresses: string[] };
        }
      ).__spy,
  );
  expect(spy.clicks).toBe(0);
  expect(spy.found).toEqual([]);
  expect(spy.frameErrors).toBeGreaterThan(0); // it tried the frames' documents, and was refused
  // The frames' addresses it read carry no name of their ports: a copy of the sidebar the page frames itself gets none.
  expect(spy.addresses.length).toBeGreaterThan(0);
  for (const address of spy.addresses) expect(address).not.toContain('#');
  for (const shown of ['Related coverage', 'Same story', relatedTitle.trim(), 'Show in the sidebar'])
    expect(spy.text).not.toContain(shown);
});

import type { Request } from '@playwright/test';
import { expect, runningWorkers, settledStatus, stopServiceWorkers, test } from './fixtures';

/**
 * Sidenote sends nothing anywhere: while it annotates, the only requests the browser makes for it
 * are for the extension's own packaged files. Every request of the browser context is recorded,
 * the background worker's included (the positive control proves those are seen).
 */
test('annotating sends no request outside the extension', async ({
  extension,
  openFixture,
  clickToolbar,
  pagesServer,
}) => {
  const page = await openFixture('seed-002');
  await page.waitForLoadState('load');
  const requests: Request[] = [];
  const record = (request: Request) => requests.push(request);
  extension.context.on('request', record);

  // Positive control: a request from the background worker is seen by this recorder.
  const worker = extension.context.serviceWorkers()[0]!;
  const probe = `chrome-extension://${extension.extensionId}/corpus/bundled-stats.json`;
  await worker.evaluate(
    (url) =>
      fetch(url).then(
        () => undefined,
        () => undefined,
      ),
    probe,
  );
  await expect
    .poll(() => requests.some((request) => request.url() === probe && request.serviceWorker() !== null))
    .toBe(true);
  // And the content security policy refuses the worker any other address.
  const foreign = await worker.evaluate(
    (url) =>
      fetch(url).then(
        () => 'fetched',
        (error: unknown) => String(error),
      ),
    `${pagesServer.origin}/privacy-probe`,
  );
  expect(foreign).toMatch(/Failed to fetch/);
  requests.length = 0;

  // With the worker stopped, this click also makes the background load its stored index.
  await stopServiceWorkers(page);
  await expect.poll(() => runningWorkers(extension)).toBe(0);
  await clickToolbar(page); // open: extract, ask the background, render
  expect(await settledStatus(page)).toBe('ready');
  await clickToolbar(page); // close
  await expect(page.locator('sidenote-sidebar')).toHaveCount(0);
  extension.context.off('request', record);

  const urls = requests.map((request) => request.url());
  expect(urls.some((url) => url.endsWith('/corpus/bundled.sidx'))).toBe(true); // the recorder saw the annotation's own reads
  expect(urls.filter((url) => !url.startsWith(`chrome-extension://${extension.extensionId}/`))).toEqual([]);
});

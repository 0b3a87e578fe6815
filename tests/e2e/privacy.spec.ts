import type { Request } from '@playwright/test';
import { expect, runningWorkers, settledStatus, stopServiceWorkers, test } from './fixtures';

/**
 * Without a shared archive chosen, Sidenote sends nothing anywhere: while it annotates, the only
 * requests the browser makes for it are for the extension's own packaged files. Every request of the browser context is recorded,
 * the background worker's included (the positive control proves those are seen).
 */
test('annotating sends no request outside the extension', async ({ extension, openFixture, clickToolbar }) => {
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
  // And the content security policy refuses the worker plain http beyond this computer (https and
  // this computer are left for a shared archive the reader may choose): the request is never made.
  const foreign = 'http://example.com/privacy-probe';
  const outcome = await worker.evaluate(
    (url) =>
      fetch(url).then(
        () => 'fetched',
        (error: unknown) => String(error),
      ),
    foreign,
  );
  expect(outcome).toMatch(/Failed to fetch/);
  expect(requests.map((request) => request.url())).not.toContain(foreign);
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

import { expect, settledStatus, sidebar, test } from './fixtures';

/** How many of the extension's service workers are running, as the browser reports its targets. */
async function runningWorkers(extension: { context: import('@playwright/test').BrowserContext; extensionId: string }): Promise<number> {
  const session = await extension.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: { type: string; url: string }[] };
  await session.detach();
  return targetInfos.filter((target) => target.type === 'service_worker' && target.url.includes(extension.extensionId)).length;
}

/** Stops every service worker of the browser's default partition, the extension's included, as Chrome does to idle workers. */
async function stopServiceWorkers(page: import('@playwright/test').Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

test('the background keeps its index across clicks and reloads the stored one after the browser stops it', async ({ openFixture, clickToolbar, extension }) => {
  const page = await openFixture('seed-001');
  const annotateOnce = async () => {
    await clickToolbar(page);
    expect(await settledStatus(page)).toBe('ready');
    const loadIndexMs = Number(await sidebar(page).getByTestId('timing').getAttribute('data-load-index-ms'));
    const related = await sidebar(page).getByTestId('related-item').count();
    await clickToolbar(page); // close
    await expect(page.locator('sidenote-sidebar')).toHaveCount(0);
    return { loadIndexMs, related };
  };

  await annotateOnce(); // whatever earlier tests left loaded
  const warm = await annotateOnce();
  expect(warm.loadIndexMs).toBe(0);

  await stopServiceWorkers(page);
  await expect.poll(() => runningWorkers(extension)).toBe(0);

  const afterRestart = await annotateOnce();
  expect(afterRestart.loadIndexMs).toBeGreaterThan(0); // loaded again from the stored index file...
  expect(afterRestart.related).toBe(warm.related); // ...and answering as before
  expect(await runningWorkers(extension)).toBe(1);
});

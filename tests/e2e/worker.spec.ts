import { expect, runningWorkers, settledStatus, sidebar, stopServiceWorkers, test } from './fixtures';

test('the background keeps its index across clicks and reloads the stored one after the browser stops it', async ({
  openFixture,
  clickToolbar,
  extension,
}) => {
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

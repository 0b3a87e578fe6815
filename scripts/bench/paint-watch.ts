/**
 * When the reader sees the sidebar's answer, measured in the page itself rather than by the test
 * driver: a frame watcher in the page's own world notes the first frame in which the sidebar shows
 * a settled status (ready, no article, error) and the moment that frame has been painted (a task
 * queued from its animation frame runs after the frame's style, layout and paint). Waiting for the
 * driver to notice instead adds its round trips through a main thread that is already highlighting
 * the page (20-55 ms a click, measured).
 */
import type { Page } from 'playwright-core';

export interface Painted {
  status: string;
  /** Wall-clock ms, on the page's clock. */
  paintedAt: number;
}

// A string, not a function: the TypeScript runner names inner functions with a helper the page lacks.
const WATCHER = `(() => {
  window.__sidenotePainted = null;
  const frame = () => {
    const status = document.querySelector('sidenote-sidebar')?.shadowRoot?.querySelector('[data-testid="status"]')?.getAttribute('data-status');
    if (status && /^(?:ready|no-article|error)$/.test(status)) {
      setTimeout(() => (window.__sidenotePainted = { status, paintedAt: performance.timeOrigin + performance.now() }), 0);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

/** Starts watching; call before the click. */
export async function watchForPaint(page: Page): Promise<void> {
  await page.evaluate(WATCHER);
}

/** The painted answer, once the watcher has seen it. */
export async function paintedAnswer(page: Page): Promise<Painted> {
  const handle = await page.waitForFunction(() => (window as unknown as { __sidenotePainted?: Painted | null }).__sidenotePainted ?? null);
  return (await handle.jsonValue()) as Painted;
}

/**
 * How far the page's clock is ahead of this process's (ms), and within how much: read between two
 * readings of our own clock, so the error is at most half the round trip.
 */
export async function clockOffset(page: Page): Promise<{ offset: number; within: number }> {
  let best = { offset: 0, within: Infinity };
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = performance.timeOrigin + performance.now();
    const pageNow = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = performance.timeOrigin + performance.now();
    if ((after - before) / 2 < best.within) best = { offset: pageNow - (before + after) / 2, within: (after - before) / 2 };
  }
  return best;
}

/**
 * When the reader sees the sidebar's answer, measured where it is painted rather than by the test
 * driver: the sidebar's frame notes on its status element the moment the first frame showing a
 * settled status (ready, no article, error) has been painted (utils/frames/sidebar-view.ts).
 * Waiting for the driver to notice instead adds its round trips through a main thread that is
 * already highlighting the page (20-55 ms a click, measured).
 */
import type { Frame, Page } from 'playwright-core';
import { sidebarPanel } from '../lib/extension-browser';

export interface Painted {
  status: string;
  /** Wall-clock ms, on the sidebar frame's clock. */
  paintedAt: number;
  /** How far the sidebar frame's clock is ahead of this process's (ms). */
  offset: number;
  /** Wall-clock ms, on the frame's clock, when the frame's script first ran (its document loaded). */
  frameScriptAt: number | null;
  /** Wall-clock ms, on the frame's clock, when the frame's navigation started and its document was parsed. */
  frameNavigationAt: number | null;
  frameParsedAt: number | null;
  /** Wall-clock ms, on the frame's clock, when the frame began rendering the answer it then painted. */
  renderStartedAt: number | null;
}

/** The painted answer, once the sidebar's frame has noted it; null when none came within the time. */
export async function paintedAnswer(page: Page, timeoutMs = 30_000): Promise<Painted | null> {
  const status = sidebarPanel(page).getByTestId('status');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const paintedAt = await status
      .getAttribute('data-painted-at', { timeout: Math.max(1, deadline - Date.now()) })
      .catch(() => null);
    if (paintedAt) {
      const frame = page
        .frames()
        .find((candidate) => /^chrome-extension:\/\/[^/]+\/sidebar\.html/.test(candidate.url()));
      const { offset } = frame ? await clockOffset(frame) : { offset: 0 };
      const times: Partial<Record<'scriptStartedAt' | 'navigationStartedAt' | 'parsedAt' | 'renderStartedAt', string>> =
        frame
          ? await frame.evaluate(() => {
              const { scriptStartedAt, navigationStartedAt, parsedAt } = document.documentElement.dataset;
              const { renderStartedAt } = document.querySelector<HTMLElement>('[data-testid="status"]')?.dataset ?? {};
              return { scriptStartedAt, navigationStartedAt, parsedAt, renderStartedAt };
            })
          : {};
      const time = (value: string | undefined) => (value === undefined ? null : Number(value));
      return {
        status: (await status.getAttribute('data-status')) ?? '',
        paintedAt: Number(paintedAt),
        offset,
        frameScriptAt: time(times.scriptStartedAt),
        frameNavigationAt: time(times.navigationStartedAt),
        frameParsedAt: time(times.parsedAt),
        renderStartedAt: time(times.renderStartedAt),
      };
    }
    await page.waitForTimeout(10);
  }
  return null;
}

/**
 * How far a page's or a frame's clock is ahead of this process's (ms), and within how much: read
 * between two readings of our own clock, so the error is at most half the round trip.
 */
export async function clockOffset(target: Page | Frame): Promise<{ offset: number; within: number }> {
  let best = { offset: 0, within: Infinity };
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = performance.timeOrigin + performance.now();
    const pageNow = await target.evaluate(() => performance.timeOrigin + performance.now());
    const after = performance.timeOrigin + performance.now();
    if ((after - before) / 2 < best.within)
      best = { offset: pageNow - (before + after) / 2, within: (after - before) / 2 };
  }
  return best;
}

/** The floor extension's click, from the click: its box painted in the page, its frame painted. */
export interface FloorPaint {
  box: number;
  frame: number;
}

/**
 * Waits for the floor extension's box and frame (scripts/bench/floor-extension) to be painted after
 * a click at `clickedAt` (this process's wall clock, ms), reading each moment on its own clock.
 */
export async function floorPainted(page: Page, clickedAt: number, timeoutMs = 10_000): Promise<FloorPaint | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/floor-frame.html'));
    const framePaintedAt = frame
      ? await frame.evaluate(() => document.body?.dataset.paintedAt ?? null).catch(() => null)
      : null;
    const boxPaintedAt = await page.evaluate(
      () => document.querySelector<HTMLElement>('sidenote-floor')?.dataset.boxPaintedAt ?? null,
    );
    if (frame && framePaintedAt && boxPaintedAt) {
      const { offset: frameOffset } = await clockOffset(frame);
      const { offset: pageOffset } = await clockOffset(page);
      return {
        box: Number(boxPaintedAt) - pageOffset - clickedAt,
        frame: Number(framePaintedAt) - frameOffset - clickedAt,
      };
    }
    await page.waitForTimeout(10);
  }
  return null;
}

/**
 * npm run bench:e2e [-- --rounds 3] [--cold-rounds 1] [--corpus-size 10000]: click-to-sidebar time
 * in real Chromium with the built extension, on the real pages of ../shared/data/pages, from the
 * toolbar click (CDP Extensions.triggerAction) to the frame that paints the sidebar's answer,
 * measured in the sidebar's own frame (paint-watch.ts): injection, Readability, the message round
 * trip, the background's work, and the sidebar frame's loading and render. The first click after the browser starts loads the corpus
 * index and the gazetteer into a running worker and is reported on its own. Warm rounds then click
 * with the worker running, as when a reader opens articles one after another; cold rounds stop it
 * before each click, as Chrome does to a worker idle for 30 seconds, so the click pays for starting
 * it and loading the corpus and the gazetteer again. With the bundled corpus, or with a synthetic corpus of N articles imported first
 * through the options page, as a reader would. Before each warm click, a floor extension that does
 * none of Sidenote's work (./floor-extension) is clicked on the same page, so the figures also read
 * as ratios to what any click costs on this machine. Appends the figures to scripts/bench/RESULTS.md.
 */
import { appendFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  clickToolbarIcon,
  launchWithExtension,
  prepareToolbarClick,
  runningWorkers,
  sidebarPanel,
  stopServiceWorkers,
  waitForSidebar,
  type ExtensionBrowser,
} from '../lib/extension-browser';
import type { Page } from 'playwright-core';
import { serveFolder } from '../lib/static-server';
import { clockOffset, floorPainted, paintedAnswer, type FloorPaint } from './paint-watch';
import { percentile } from './stats';
import { SyntheticCorpus } from './synthetic-corpus';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    'cold-rounds': { type: 'string', default: '1' },
    'corpus-size': { type: 'string', default: '0' },
  },
});
const corpusSize = Number(values['corpus-size']);
const PAGES = new URL('../../../shared/data/pages/', import.meta.url).pathname;
// An extension that does none of Sidenote's work, clicked on the same pages in the same rounds: what
// any click costs on this machine, so that the figures compare across machines and days.
const FLOOR_EXTENSION = new URL('./floor-extension', import.meta.url).pathname;
const names = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Per click: click to paint, click to the driver noticing, and where the wait went (from the sidebar's timing line). */
interface Sample {
  page: string;
  painted: number;
  observed: number;
  figures?: number;
  parts: Record<string, number>;
}

async function importCorpus(browser: ExtensionBrowser, size: number): Promise<number> {
  const file = join(mkdtempSync(join(tmpdir(), 'sidenote-bench-')), `synthetic-${size}.jsonl`);
  writeFileSync(file, [...new SyntheticCorpus(size).articles()].map((article) => JSON.stringify(article)).join('\n'));
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const started = performance.now();
  await options.getByTestId('import-files').setInputFiles(file);
  await options.locator('[data-testid="import-status"][data-status="done"]').waitFor({ timeout: 600_000 });
  await options.close();
  return (performance.now() - started) / 1000;
}

const server = await serveFolder(PAGES);
const browser = await launchWithExtension({ alsoLoad: [FLOOR_EXTENSION] });
const isFloor = (worker: { url(): string }) => worker.url().endsWith('/floor-background.js');
const floorWorker =
  browser.context.serviceWorkers().find(isFloor) ??
  (await browser.context.waitForEvent('serviceworker', { predicate: isFloor }));
await floorWorker.evaluate(() => true); // its click listener registered
const floorId = new URL(floorWorker.url()).host;
const floors: FloorPaint[] = [];
const samples: { first: Sample[]; warm: Sample[]; cold: Sample[] } = { first: [], warm: [], cold: [] };
/** Clicks that got no answer within 30 s: reported, never hidden. */
const unanswered: string[] = [];
let importSeconds = 0;
try {
  if (corpusSize > 0) {
    importSeconds = await importCorpus(browser, corpusSize);
    process.stderr.write(`imported ${corpusSize} articles in the browser in ${importSeconds.toFixed(1)} s\n`);
  }
  const page = await browser.context.newPage();
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.origin) || route.request().url().startsWith('chrome-extension://')
      ? route.continue()
      : route.abort(),
  );
  const rounds = [
    ...Array<'warm'>(Number(values.rounds)).fill('warm'),
    ...Array<'cold'>(Number(values['cold-rounds'])).fill('cold'),
  ];
  for (const [round, roundMode] of rounds.entries()) {
    for (const [position, name] of names.entries()) {
      const mode = round === 0 && position === 0 ? 'first' : roundMode;
      // networkidle: some pages (Breitbart's) still rewrite their document with document.write after load.
      await page.goto(`${server.origin}/${name}/`, { waitUntil: 'networkidle' });
      if (mode === 'cold') {
        await stopServiceWorkers(page);
        for (let waited = 0; (await runningWorkers(browser)) > 0 && waited < 5000; waited += 50)
          await page.waitForTimeout(50);
      }
      if (mode === 'warm') await clickFloor(page, name);
      const { offset } = await clockOffset(page);
      // Playwright compiles its own helper script in the page on its first wait there: 10-20 ms of the
      // page's main thread that would otherwise land inside the click being timed.
      await page.waitForFunction(() => true);
      const toolbar = await prepareToolbarClick(browser, page);
      const started = performance.now();
      const clickedAt = performance.timeOrigin + started;
      await toolbar.click();
      const painted = await paintedAnswer(page);
      const observed = performance.now() - started;
      await toolbar.release();
      if (!painted) {
        unanswered.push(`${name} (round ${round + 1}, ${mode})`);
        continue;
      }
      const status = await waitForSidebar(page);
      // Where the wait went, from the sidebar's timing line (its times count from the article's extraction).
      const timings =
        status === 'ready'
          ? (JSON.parse(
              (await sidebarPanel(page).getByTestId('timing').getAttribute('data-timings')) ?? '{}',
            ) as Record<string, number>)
          : {};
      const parts: Record<string, number> = {};
      if (timings.scriptStarted !== undefined) parts.injected = timings.scriptStarted - offset - clickedAt;
      // The sidebar's frame loads alongside the rest: click to its document's script running.
      if (painted.frameScriptAt !== null) parts.frameLoaded = painted.frameScriptAt - painted.offset - clickedAt;
      // Its steps: the navigation starting (the frame made), the document parsed (committed in the extension's renderer).
      if (painted.frameNavigationAt !== null)
        parts.frameNavigation = painted.frameNavigationAt - painted.offset - clickedAt;
      if (painted.frameParsedAt !== null) parts.frameParsed = painted.frameParsedAt - painted.offset - clickedAt;
      // The frame's own rendering of the answer, to its paint.
      if (painted.renderStartedAt !== null) parts.frameRender = painted.paintedAt - painted.renderStartedAt;
      for (const [part, key] of [
        ['readability', 'extract'],
        ['sidebarOpened', 'sidebarOpened'],
        ['answered', 'answered'],
        ['background', 'background'],
        ['loadIndex', 'loadIndex'],
        ['loadGazetteer', 'loadGazetteer'],
      ] as const) {
        if (timings[key] !== undefined) parts[part] = timings[key];
      }
      const sample: Sample = { page: name, painted: painted.paintedAt - painted.offset - clickedAt, observed, parts };
      // The answer's arrival to its paint (with the script's few statements before extraction starts).
      if (parts.injected !== undefined && parts.answered !== undefined)
        parts.rendered = sample.painted - parts.injected - parts.answered;
      // A reader reads before the next click: the figures are checked (in the background, after the
      // sidebar shows) before the sidebar closes, and that time is reported too.
      if (status === 'ready') {
        const checked = await sidebarPanel(page)
          .locator('[data-testid="consistency"][data-status="done"]')
          .waitFor({ timeout: 30_000 })
          .then(
            () => true,
            () => false,
          );
        if (checked) sample.figures = performance.now() - started;
      }
      samples[mode].push(sample);
      const described = Object.entries(parts)
        .map(([part, ms]) => `${part} ${Math.round(ms)}`)
        .join(', ');
      process.stderr.write(
        `${mode} ${name}: painted ${Math.round(sample.painted)} ms, driver saw it at ${Math.round(observed)} ms (${described})\n`,
      );
      // Close before the next page, and wait until it is gone, as a reader sees it go.
      await clickToolbarIcon(browser, page);
      await page
        .waitForFunction(() => !document.querySelector('sidenote-sidebar'), undefined, { timeout: 10_000 })
        .catch(() => undefined);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

/** The floor extension's click on this page, then its second click, which takes its box and frame away. */
async function clickFloor(page: Page, name: string): Promise<void> {
  const toolbar = await prepareToolbarClick(browser, page, floorId);
  try {
    await page.waitForFunction(() => true);
    const clickedAt = performance.timeOrigin + performance.now();
    await toolbar.click();
    const floor = await floorPainted(page, clickedAt);
    if (floor) floors.push(floor);
    else unanswered.push(`${name} (the floor extension)`);
    await toolbar.click();
    await page.waitForFunction(() => !document.querySelector('sidenote-floor'), undefined, { timeout: 10_000 });
  } finally {
    await toolbar.release();
  }
}

const summary = (list: Sample[]) => {
  const of = (pick: (sample: Sample) => number | undefined) =>
    list.map(pick).filter((value): value is number => value !== undefined);
  const pair = (values: number[]) => ({
    p50: +percentile(values, 50).toFixed(1),
    p95: +percentile(values, 95).toFixed(1),
  });
  const parts = Object.fromEntries(
    [
      'injected',
      'readability',
      'sidebarOpened',
      'answered',
      'background',
      'rendered',
      'frameLoaded',
      'frameNavigation',
      'frameParsed',
      'frameRender',
      'loadIndex',
      'loadGazetteer',
    ].map((part) => [part, pair(of((sample) => sample.parts[part]))]),
  );
  return {
    samples: list.length,
    painted: pair(of((sample) => sample.painted)),
    observed: pair(of((sample) => sample.observed)),
    figures: pair(of((sample) => sample.figures)),
    parts,
  };
};
const floorOf = (pick: (floor: FloorPaint) => number) => ({
  p50: +percentile(floors.map(pick), 50).toFixed(1),
  p95: +percentile(floors.map(pick), 95).toFixed(1),
});
const floor = { samples: floors.length, box: floorOf((f) => f.box), frame: floorOf((f) => f.frame) };
const first = samples.first[0];
const warm = summary(samples.warm);
const cold = summary(samples.cold);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const corpusLabel =
  corpusSize > 0
    ? `a ${corpusSize.toLocaleString('en')}-article synthetic corpus imported on the options page (import ${importSeconds.toFixed(1)} s)`
    : 'bundled corpus';
/** A part of the wait, p50 / p95. */
const spread = ({ p50, p95 }: { p50: number; p95: number }) => `${p50.toFixed(0)} / ${p95.toFixed(0)} ms`;
const describe = (label: string, s: ReturnType<typeof summary>) => {
  const part = (name: string) => spread(s.parts[name]!);
  return (
    `${label} (${s.samples} clicks): click to the answer painted p50 ${ms(s.painted.p50)}, p95 ${ms(s.painted.p95)}; ` +
    `seen by the test driver p50 ${ms(s.observed.p50)}, p95 ${ms(s.observed.p95)}; figures checked p50 ${ms(s.figures.p50)}, p95 ${ms(s.figures.p95)}; ` +
    `of the wait (p50 / p95), click to the content script running ${part('injected')}, Readability ${part('readability')}, ` +
    `its start to the sidebar built ${part('sidebarOpened')} and to the background's answer ${part('answered')}, the answer to its paint ${part('rendered')} (of which the frame's rendering ${part('frameRender')}), ` +
    `click to the sidebar frame's navigation starting ${part('frameNavigation')}, to its document parsed ${part('frameParsed')} and to its script running ${part('frameLoaded')}, ` +
    `the background's work ${part('background')} (loading the index ${part('loadIndex')} and the gazetteer ${part('loadGazetteer')})`
  );
};
const command = `npm run bench:e2e${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const lines = [
  `Click to sidebar in Chromium, ${corpusLabel}, ${names.length} real pages (\`${command}\`, ${new Date().toISOString().slice(0, 10)}):`,
  ...(first
    ? [
        `- The first click after the browser started (${first.page}; the worker running, the corpus index and the gazetteer not yet loaded): answer painted after ${ms(first.painted)}, loading the index ${ms(first.parts.loadIndex ?? 0)} and the gazetteer ${ms(first.parts.loadGazetteer ?? 0)}.`,
      ]
    : []),
  `- ${describe(`worker running, ${values.rounds} rounds`, warm)}${corpusSize ? '' : ' (target p95 ≤ 150 ms)'}.`,
  `- The floor, clicked before each of these on the same page (an extension that only paints a box in the page and opens an empty extension frame, scripts/bench/floor-extension; ${floor.samples} clicks): box painted p50 ${ms(floor.box.p50)}, p95 ${ms(floor.box.p95)}; empty frame painted p50 ${ms(floor.frame.p50)}, p95 ${ms(floor.frame.p95)}. Sidenote's answer painted at ${(warm.painted.p50 / floor.frame.p50).toFixed(2)}× the empty frame's p50 and ${(warm.painted.p95 / floor.frame.p95).toFixed(2)}× its p95.`,
  ...(cold.samples
    ? [`- ${describe(`worker stopped before each click, ${values['cold-rounds']} round(s)`, cold)}.`]
    : []),
  ...(unanswered.length ? [`- No answer within 30 s: ${unanswered.join(', ')}.`] : []),
];
appendFileSync(new URL('./RESULTS.md', import.meta.url), `\n${lines.join('\n')}\n`);
console.log(lines.join('\n'));
console.log(
  JSON.stringify({
    bench: 'sidenote-e2e',
    corpusArticles: corpusSize || 'bundled',
    importSeconds: corpusSize ? +importSeconds.toFixed(1) : null,
    pages: names.length,
    firstClickMs: first ? +first.painted.toFixed(1) : null,
    warm,
    floor,
    cold,
    unanswered,
  }),
);

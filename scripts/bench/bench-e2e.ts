/**
 * npm run bench:e2e [-- --rounds 3] [-- --corpus-size 10000]: click-to-sidebar time in real
 * Chromium with the built extension, on the real pages of ../shared/data/pages. Measured from the
 * toolbar click (CDP Extensions.triggerAction) to the sidebar showing its answer: injection,
 * Readability, the message round trip, ranking and rendering. With the bundled corpus, or with a
 * synthetic corpus of N articles imported first through the options page, as a reader would.
 * Appends the figures to scripts/bench/RESULTS.md.
 */
import { appendFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clickToolbarIcon, launchWithExtension, prepareToolbarClick, waitForSidebar } from '../lib/extension-browser';
import { serveFolder } from '../lib/static-server';
import { percentile } from './stats';
import { SyntheticCorpus } from './synthetic-corpus';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, 'corpus-size': { type: 'string', default: '0' } } });
const corpusSize = Number(values['corpus-size']);
const PAGES = new URL('../../../shared/data/pages/', import.meta.url).pathname;
const names = readdirSync(PAGES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

const server = await serveFolder(PAGES);
const browser = await launchWithExtension();
const samples: number[] = [];
/** Click to the Consistency section's notes, on pages with an article. */
const figureSamples: number[] = [];
/** Readability in the page, and the background's answer (analysis and annotation, loads included), per click. */
const extractSamples: number[] = [];
const backgroundSamples: number[] = [];
/** Click to the content script running (the background's handling and the injection), and its start to the background's answer. */
const injectSamples: number[] = [];
const answerSamples: number[] = [];
let importSeconds = 0;
if (corpusSize > 0) {
  const file = join(mkdtempSync(join(tmpdir(), 'sidenote-bench-')), `synthetic-${corpusSize}.jsonl`);
  const corpus = new SyntheticCorpus(corpusSize);
  writeFileSync(file, [...corpus.articles()].map((article) => JSON.stringify(article)).join('\n'));
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const started = performance.now();
  await options.getByTestId('import-files').setInputFiles(file);
  await options.locator('[data-testid="import-status"][data-status="done"]').waitFor({ timeout: 600_000 });
  importSeconds = (performance.now() - started) / 1000;
  process.stderr.write(`imported ${corpusSize} articles in the browser in ${importSeconds.toFixed(1)} s\n`);
  await options.close();
}
/** Clicks that got no answer within 30 s: reported, never hidden. */
const unanswered: string[] = [];
try {
  const page = await browser.context.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const name of names) {
      // networkidle: some pages (Breitbart's) still rewrite their document with document.write after load.
      await page.goto(`${server.origin}/${name}/`, { waitUntil: 'networkidle' });
      const toolbar = await prepareToolbarClick(browser, page);
      const started = performance.now();
      const clickedAt = performance.timeOrigin + started;
      await toolbar.click();
      // Checked every animation frame in the page (the sidebar's shadow root is open), not by polling from Node.
      const answered = await page
        .waitForFunction(
          () => /ready|no-article|error/.test(document.querySelector('sidenote-sidebar')?.shadowRoot?.querySelector('[data-status]')?.getAttribute('data-status') ?? ''),
          undefined,
          { polling: 'raf', timeout: 30_000 },
        )
        .then(
          () => true,
          () => false,
        );
      await toolbar.release();
      if (!answered) {
        unanswered.push(`${name} (round ${round + 1})`);
        continue;
      }
      const elapsed = performance.now() - started;
      samples.push(elapsed);
      const status = await waitForSidebar(page);
      // Where the wait went: Readability in the page and the background's work, from the sidebar's timing line.
      const timings = status === 'ready'
        ? await page.evaluate(() => JSON.parse(document.querySelector('sidenote-sidebar')?.shadowRoot?.querySelector('[data-testid="timing"]')?.getAttribute('data-timings') ?? '{}') as Record<string, number>)
        : {};
      if (timings.extract !== undefined) extractSamples.push(timings.extract);
      if (timings.scriptStarted !== undefined) injectSamples.push(timings.scriptStarted - clickedAt);
      if (timings.answered !== undefined) answerSamples.push(timings.answered);
      if (timings.background !== undefined) backgroundSamples.push(timings.background);
      process.stderr.write(`${name} ${Math.round(elapsed)} ms (injected after ${Math.round((timings.scriptStarted ?? clickedAt) - clickedAt)} ms, Readability ${Math.round(timings.extract ?? 0)} ms, answered ${Math.round(timings.answered ?? 0)} ms after the script started, background ${Math.round(timings.background ?? 0)} ms)\n`);
      // A reader reads before the next click: the figures are checked (in the background, after the
      // sidebar shows) before the sidebar closes, and that time is reported too.
      if (status === 'ready') {
        const checked = await page
          .waitForFunction(() => document.querySelector('sidenote-sidebar')?.shadowRoot?.querySelector('[data-testid="consistency"]')?.getAttribute('data-status') === 'done', undefined, { polling: 'raf', timeout: 30_000 })
          .then(() => true, () => false);
        if (checked) figureSamples.push(performance.now() - started);
      }
      // Close before the next page, and wait until it is gone, as a reader sees it go.
      await clickToolbarIcon(browser, page);
      await page.waitForFunction(() => !document.querySelector('sidenote-sidebar'), undefined, { timeout: 10_000 }).catch(() => undefined);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const at = (p: number) => percentile(samples, p);
const corpusLabel = corpusSize > 0 ? `a ${corpusSize.toLocaleString('en')}-article synthetic corpus imported on the options page (import ${importSeconds.toFixed(1)} s)` : 'bundled corpus';
const line = `Click to sidebar in Chromium, ${corpusLabel}, ${names.length} real pages × ${values.rounds} rounds (\`npm run bench:e2e${corpusSize ? ` -- --corpus-size ${corpusSize}` : ''}\`, ${new Date().toISOString().slice(0, 10)}): p50 ${at(50).toFixed(0)} ms, p95 ${at(95).toFixed(0)} ms${corpusSize ? '' : ' (target p95 ≤ 150 ms)'}; click to figures checked p50 ${percentile(figureSamples, 50).toFixed(0)} ms, p95 ${percentile(figureSamples, 95).toFixed(0)} ms; of the wait, click to the content script running p50 ${percentile(injectSamples, 50).toFixed(0)} / p95 ${percentile(injectSamples, 95).toFixed(0)} ms, its start to the answer p50 ${percentile(answerSamples, 50).toFixed(0)} / p95 ${percentile(answerSamples, 95).toFixed(0)} ms, Readability within it p50 ${percentile(extractSamples, 50).toFixed(0)} / p95 ${percentile(extractSamples, 95).toFixed(0)} ms and the background p50 ${percentile(backgroundSamples, 50).toFixed(0)} / p95 ${percentile(backgroundSamples, 95).toFixed(0)} ms${unanswered.length ? `; no answer within 30 s on ${unanswered.join(', ')}` : ''}.`;
appendFileSync(new URL('./RESULTS.md', import.meta.url), `\n${line}\n`);
console.log(line);
console.log(JSON.stringify({ bench: 'sidenote-e2e', corpusArticles: corpusSize || 'bundled', importSeconds: corpusSize ? +importSeconds.toFixed(1) : null, pages: names.length, samples: samples.length, p50Ms: +at(50).toFixed(1), p95Ms: +at(95).toFixed(1), figuresP50Ms: +percentile(figureSamples, 50).toFixed(1), figuresP95Ms: +percentile(figureSamples, 95).toFixed(1), extractP50Ms: +percentile(extractSamples, 50).toFixed(1), extractP95Ms: +percentile(extractSamples, 95).toFixed(1), backgroundP50Ms: +percentile(backgroundSamples, 50).toFixed(1), backgroundP95Ms: +percentile(backgroundSamples, 95).toFixed(1) }));

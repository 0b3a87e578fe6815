/**
 * npm run bench [-- --sizes 1000,10000,100000] [--repeat 5] [--baseline-sample 3] [--import-size 10000] [--hostile-length 300000]
 *   [--library-size 10000] [--sentence-rounds 5]
 *
 * In Node, on deterministic corpora made from real article text (./synthetic-corpus.ts): index
 * build time (places found in every article included) and memory, stored index size, cold load, and the time to annotate a page (all that
 * follows Readability) at p50/p95, beside the naive baseline (fuse.js over all corpus text) run in
 * the same process; then the index beside MiniSearch and FlexSearch and the sentence splitter beside
 * Intl.Segmenter (./bench-comparisons.ts). Prints the tables, writes scripts/bench/RESULTS.md (only when every part ran), ends with one JSON line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { keyTerms, termCounts } from '../../utils/core/key-terms';
import type { ArticleInput } from '../../utils/core/types';
import { MAX_CHECKED_CHARACTERS } from '../../utils/core/analyse-page';
import { benchComparisons, comparisonsJson, comparisonsReport, LIBRARY_SIZE } from './bench-comparisons';
import { benchHostile, hostileTable, HOSTILE_CORPUS_SIZE, HOSTILE_ROUNDS } from './bench-hostile';
import { benchImport, importTable } from './bench-import';
import { benchmarkPages, timeAnnotation } from './bench-pages';
import { benchPlaces, PLACES_TARGETS, placesTable } from './bench-places';
import { collectGarbage, heapBytes, typedArrayBytes } from './memory';
import { percentile } from './stats';
import { SyntheticCorpus } from './synthetic-corpus';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { loadGazetteer } from '../lib/gazetteer-file';

const BENCH_OPTIONS = {
  sizes: { type: 'string', default: '1000,10000,100000' },
  repeat: { type: 'string', default: '5' },
  'baseline-sample': { type: 'string', default: '3' },
  'import-size': { type: 'string', default: '10000' },
  'hostile-length': { type: 'string', default: String(MAX_CHECKED_CHARACTERS) },
  'library-size': { type: 'string', default: String(LIBRARY_SIZE) },
  'sentence-rounds': { type: 'string', default: '5' },
} as const;
const { values } = parseArgs({ options: BENCH_OPTIONS });
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const repeat = Number(values.repeat);
const baselineSample = Number(values['baseline-sample']);
const usedBytes = () => {
  collectGarbage();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
};
const progress = (message: string) => process.stderr.write(`bench:   ${message}\n`);
const ms = (value: number) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(0));
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

interface SizeResult {
  size: number;
  buildMs: number;
  buildHeapMB: number;
  indexBytes: number;
  coldLoadMs: number;
  indexMemoryMB: number;
  /** The pass before the timed rounds: code not yet compiled, the number model not yet built. */
  firstPassP50: number;
  firstPassMax: number;
  annotateP50: number;
  annotateP95: number;
  sidebarP50: number;
  sidebarP95: number;
  baselineP50: number;
  baselinePages: number;
  peakRssMB: number;
}

async function measure(size: number, pages: ArticleInput[]): Promise<SizeResult> {
  const corpus = new SyntheticCorpus(size);
  const before = usedBytes();
  // The build is synchronous: sample memory as it pulls articles, and once more at the end.
  let peak = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peak = Math.max(peak, memory.heapUsed + memory.arrayBuffers);
  };
  function* sampled() {
    let count = 0;
    for (const article of corpus.articles()) {
      if (++count % 500 === 0) sample();
      yield article;
    }
  }
  let started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'sidenote-bench-'));
  const file = join(folder, 'index.sidx');
  // In a function of its own so the built index is garbage before the loaded one is measured.
  const buildMs = ((): number => {
    const built = CorpusIndex.build({ name: `synthetic-${size}`, articles: sampled() }, finder);
    const elapsed = performance.now() - started;
    sample();
    writeFileSync(file, built.toBytes());
    return elapsed;
  })();
  const buildHeapMB = (peak - before) / 1048576;
  const indexBytes = readFileSync(file).length;

  // Cold load: from the stored file to an index that answers, as a restarted worker does.
  const loads: number[] = [];
  let index: CorpusIndex | null = null;
  const beforeLoad = heapBytes();
  for (let i = 0; i < 3; i++) {
    index = null;
    started = performance.now();
    index = CorpusIndex.fromBytes(readFileSync(file));
    loads.push(performance.now() - started);
  }
  const indexMemoryMB = (heapBytes() - beforeLoad + typedArrayBytes(index!)) / 1048576;
  progress(`index in memory after loading: ${indexMemoryMB.toFixed(1)} MB`);
  rmSync(folder, { recursive: true, force: true });

  progress(`built in ${(buildMs / 1000).toFixed(1)} s, loads in ${ms(percentile(loads, 50))} ms; annotating`);
  const texts = corpus.texts();
  // One pass over the pages comes first and is reported on its own: it compiles the code and
  // builds the number model, which a worker does once, not once a page.
  const firstPass: number[] = [];
  const samples: number[] = [];
  const sidebarSamples: number[] = [];
  for (let round = -1; round < repeat; round++) {
    for (const page of pages) {
      const { sidebar, whole } = await timeAnnotation(page, index!, texts, finder);
      if (round < 0) firstPass.push(whole);
      else {
        sidebarSamples.push(sidebar);
        samples.push(whole);
      }
    }
  }

  progress(`annotated; baseline on ${size <= 10_000 ? (size <= 1000 ? pages.length : baselineSample) : 0} pages`);
  // The naive baseline: fuse.js extended search over every article's text with the same key terms.
  const baselinePages = size <= 1000 ? pages : pages.slice(0, baselineSample);
  const baseline: number[] = [];
  if (size <= 10_000) {
    const fuse = new Fuse(Array.from(corpus.articles()), {
      keys: ['title', 'text'],
      useExtendedSearch: true,
      ignoreLocation: true,
      threshold: 0.3,
    });
    for (const page of baselinePages) {
      const terms = keyTerms(termCounts(page.text), (term) => index!.bm25.documentFrequency(term), index!.size).filter(
        (term) => term.inCorpus,
      );
      started = performance.now();
      fuse.search(terms.map(({ term }) => term).join(' | '), { limit: 8 });
      baseline.push(performance.now() - started);
    }
  }
  return {
    size,
    buildMs,
    buildHeapMB,
    indexBytes,
    coldLoadMs: percentile(loads, 50),
    indexMemoryMB,
    firstPassP50: percentile(firstPass, 50),
    firstPassMax: Math.max(...firstPass),
    annotateP50: percentile(samples, 50),
    annotateP95: percentile(samples, 95),
    sidebarP50: percentile(sidebarSamples, 50),
    sidebarP95: percentile(sidebarSamples, 95),
    baselineP50: baseline.length ? percentile(baseline, 50) : NaN,
    baselinePages: baseline.length,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

const pages = benchmarkPages();
// Places are part of the index (found in every article at build) and of every annotation.
const finder = new PlaceFinder(loadGazetteer());
const results: SizeResult[] = [];
for (const size of sizes) {
  process.stderr.write(`bench: ${size.toLocaleString('en')} articles…\n`);
  results.push(await measure(size, pages));
}

process.stderr.write('bench: places…\n');
const places = benchPlaces(pages, repeat, heapBytes);
const importSize = Number(values['import-size']);
process.stderr.write(`bench: importing ${importSize.toLocaleString('en')} articles…\n`);
const imported = importSize > 0 ? await benchImport(importSize, finder) : null;
const hostileLength = Number(values['hostile-length']);
process.stderr.write(`bench: hostile pages of ${hostileLength.toLocaleString('en')} characters…\n`);
const hostile = hostileLength > 0 ? await benchHostile(pages, finder, hostileLength, HOSTILE_ROUNDS) : null;
process.stderr.write('bench: beside search libraries and Intl.Segmenter…\n');
const comparisons = await benchComparisons(pages, Number(values['library-size']), Number(values['sentence-rounds']));

const header =
  '| articles | build | build peak heap | index file | cold load | index in memory | first pass p50 / max | annotate p50 | annotate p95 | of which before the sidebar shows, p50 / p95 | baseline p50 (pages) | speed-up | peak RSS |';
const rows = results.map((r) =>
  [
    r.size.toLocaleString('en'),
    `${(r.buildMs / 1000).toFixed(1)} s`,
    `${mb(r.buildHeapMB * 1048576)} MB`,
    `${mb(r.indexBytes)} MB`,
    `${ms(r.coldLoadMs)} ms`,
    `${r.indexMemoryMB.toFixed(1)} MB`,
    `${ms(r.firstPassP50)} / ${ms(r.firstPassMax)} ms`,
    `${ms(r.annotateP50)} ms`,
    `${ms(r.annotateP95)} ms`,
    `${ms(r.sidebarP50)} / ${ms(r.sidebarP95)} ms`,
    r.baselinePages ? `${ms(r.baselineP50)} ms (${r.baselinePages})` : 'not run',
    r.baselinePages ? `${Math.round(r.baselineP50 / r.annotateP50)}×` : '-',
    `${r.peakRssMB.toFixed(0)} MB`,
  ].join(' | '),
);
const table = [header, `|${' --- |'.repeat(13)}`, ...rows.map((row) => `| ${row} |`)].join('\n');
const targets = [
  '10k: annotate p95 ≤ 25 ms, cold load ≤ 300 ms',
  '100k: annotate p95 ≤ 100 ms, index in memory < 500 MB',
  'at least 100× faster than the baseline',
];
const report = `# Benchmark results

Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}).
${pages.length} real pages (../shared/data/pages and the seed pages), each annotated once as a first pass (compiling the
code and building the number model, as a worker does once; its own column) and then ${repeat} times per size; the
baseline (fuse.js extended search over all corpus text, same key terms) on every page at 1k and on
${baselineSample} pages at 10k, not at 100k (minutes a page). "Annotate" is everything after
Readability: places, claims, the corpus figures paired with them, key terms, ranking, copies,
snippets, the places' corpus coverage and the consistency notes; "before the sidebar shows" is the
part the sidebar's first message waits for (all but the notes). The index holds every article's
places and figures about places (found at build time). Targets: ${targets.join('; ')}.

${table}

## Places

The gazetteer (GeoNames cities of 1,000+ people, regions, countries, the curated supplement) as
the extension ships it, loaded as the background loads it; "naive load" normalizes every name as
it reads instead of using the keys the build wrote. Finding places is everything after
Readability for places (candidates, lookup, near misses, disambiguation), on the same pages
${repeat} times after ten unmeasured rounds (the first of them reported apart). Targets: ${PLACES_TARGETS.join('; ')}.

${placesTable(places)}

## Importing a corpus

The options page's import, run as its worker runs it: a JSON Lines file of synthetic news articles
(built like the corpora above) read and checked record by record, indexed with places, its
statistics taken and stored in IndexedDB (fake-indexeddb in Node). Target: 10,000 articles well
within a minute.

${imported ? importTable(imported) : 'not run (--import-size 0)'}

## Hostile pages

Each shape of tests/support/hostile-text.ts (a pasted blob, runs of digits or punctuation, number
words, thousands of names, deep brackets...) as a page of ${hostileLength.toLocaleString('en')} characters, annotated
as the pages above are (figures check included) against a ${HOSTILE_CORPUS_SIZE.toLocaleString('en')}-article corpus, in the same
rounds as the ordinary pages. The last column is the cost of a character beside an ordinary page's.

${hostile ? hostileTable(hostile) : 'not run (--hostile-length 0)'}

${comparisonsReport(comparisons)}`;
// A run with other options (a part left out, fewer rounds) would replace the last full results.
const complete = (Object.keys(BENCH_OPTIONS) as (keyof typeof BENCH_OPTIONS)[]).every(
  (name) => values[name] === BENCH_OPTIONS[name].default,
);
if (complete) writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
else
  process.stderr.write(
    'bench: run with other options than the defaults, so scripts/bench/RESULTS.md is left as it was\n',
  );
console.log(table);
console.log(placesTable(places));
if (imported) console.log(importTable(imported));
if (hostile) console.log(hostileTable(hostile));
console.log(comparisonsReport(comparisons));
console.log(
  JSON.stringify({
    bench: 'sidenote',
    ...comparisonsJson(comparisons),
    hostile: hostile && {
      length: hostile.length,
      ordinaryP50Ms: +hostile.ordinaryP50.toFixed(2),
      p50Ms: Object.fromEntries(hostile.shapes.map(({ shape, p50 }) => [shape, Math.round(p50)])),
    },
    import: imported && {
      articles: imported.articles,
      imported: imported.imported,
      totalMs: Math.round(imported.totalMs),
      buildOnlyMs: Math.round(imported.buildOnlyMs),
      phaseMs: Object.fromEntries(Object.entries(imported.phaseMs).map(([phase, time]) => [phase, Math.round(time)])),
    },
    places: {
      gazetteerBytes: places.fileBytes,
      loadMs: +places.loadMs.toFixed(1),
      naiveLoadMs: +places.naiveLoadMs.toFixed(1),
      findP50Ms: +places.findP50.toFixed(2),
      findP95Ms: +places.findP95.toFixed(2),
      firstRoundP95Ms: +places.firstRoundP95.toFixed(2),
      memoryMB: +places.memoryMB.toFixed(1),
    },
    sizes: Object.fromEntries(
      results.map((r) => [
        r.size,
        {
          buildMs: Math.round(r.buildMs),
          indexBytes: r.indexBytes,
          coldLoadMs: +r.coldLoadMs.toFixed(2),
          firstPassP50Ms: +r.firstPassP50.toFixed(2),
          firstPassMaxMs: +r.firstPassMax.toFixed(2),
          annotateP50Ms: +r.annotateP50.toFixed(2),
          annotateP95Ms: +r.annotateP95.toFixed(2),
          sidebarP50Ms: +r.sidebarP50.toFixed(2),
          sidebarP95Ms: +r.sidebarP95.toFixed(2),
          baselineP50Ms: Number.isNaN(r.baselineP50) ? null : +r.baselineP50.toFixed(1),
          indexMemoryMB: +r.indexMemoryMB.toFixed(1),
          peakMemoryMB: Math.round(r.peakRssMB),
        },
      ]),
    ),
  }),
);

/**
 * The places part of `npm run bench`: gazetteer size and load time (beside the naive load that
 * normalizes every name as it reads, measured in the same run), memory, place finding per page,
 * and the offline maps.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { Gazetteer } from '../../utils/core/places/gazetteer';
import { WorldOutlines } from '../../utils/core/places/locator-map';
import { placeKey } from '../../utils/core/places/place-key';
import type { ArticleInput } from '../../utils/core/types';
import { gazetteerBytes } from '../lib/gazetteer-file';
import { percentile } from './stats';

export interface PlacesResult {
  places: number;
  keys: number;
  fileBytes: number;
  gzipBytes: number;
  loadMs: number;
  naiveLoadMs: number;
  memoryMB: number;
  firstFindMs: number;
  /** Each page found once, in order, right after the first find: before the JIT has optimized the code. */
  firstRoundP50: number;
  firstRoundP95: number;
  /** After WARM_UP_ROUNDS unmeasured rounds: the steady state the target is about. */
  findP50: number;
  findP95: number;
  /** The same pages with the rules alone (no tagger), in the same run: what the learned decision costs. */
  rulesOnlyP50: number;
  rulesOnlyP95: number;
  outlinesLoadMs: number;
  mapP50: number;
}

/**
 * Rounds over all pages before the measured ones. V8 optimizes the finder's code over its first few
 * rounds: measured from the start, a page that takes 0.4 ms once optimized took up to 13 ms in the
 * first five rounds, and the p95 over five rounds said more about when the compiler finished (2.6
 * ms one day, 12 ms on a busier one) than about the finder. After ten, a round's slowest page stays
 * within a few ms. The first round is reported apart, as the cold figure.
 */
const WARM_UP_ROUNDS = 10;

const time = (work: () => void) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

export function benchPlaces(pages: ArticleInput[], repeat: number, heapBytes: () => number): PlacesResult {
  const bytes = gazetteerBytes();
  const loads: number[] = [];
  let gazetteer: Gazetteer | null = null;
  const before = heapBytes();
  for (let i = 0; i < 3; i++) loads.push(time(() => (gazetteer = Gazetteer.fromBytes(bytes))));
  // The loaded gazetteer is its objects on the heap plus the copy of the file its columns are views on
  // (an ArrayBuffer, outside the heap): the heap's growth alone would leave that copy out.
  const memoryMB = (heapBytes() - before + bytes.byteLength) / 1048576;
  const loaded = gazetteer as unknown as Gazetteer;

  // The naive load: reading a text file of the places and normalizing every name into a Map.
  const text = `\n${loaded.size}\n${Array.from(loaded.all(), (place) => `${place.id}\t${place.name}\t${place.kind}\t${place.country}\t${place.regionId}\t${place.lat}\t${place.lon}\t${place.population}`).join('\n')}`;
  const naiveLoadMs = time(() => {
    const byKey = new Map<string, number[]>();
    const lines = text.split('\n');
    const count = Number(lines[1]);
    for (let index = 2; index < count + 2; index++) {
      const key = placeKey(lines[index]!.split('\t')[1] ?? '');
      const bucket = byKey.get(key);
      if (bucket) bucket.push(index);
      else byKey.set(key, [index]);
    }
  });

  const finder = new PlaceFinder(loaded);
  const firstFindMs = time(() => finder.find(pages[0]?.text ?? ''));
  const rulesOnly = new PlaceFinder(loaded, undefined, {});
  rulesOnly.find(pages[0]?.text ?? '');
  const firstRound = pages.map((page) => time(() => finder.find(page.text)));
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const page of pages) {
      finder.find(page.text);
      rulesOnly.find(page.text);
    }
  }
  const finds: number[] = [];
  const ruleFinds: number[] = [];
  for (let round = 0; round < repeat; round++) {
    for (const page of pages) {
      finds.push(time(() => finder.find(page.text)));
      ruleFinds.push(time(() => rulesOnly.find(page.text)));
    }
  }

  const topology = JSON.parse(
    readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'),
  );
  let outlines: WorldOutlines | null = null;
  const outlinesLoadMs = time(() => (outlines = new WorldOutlines(topology)));
  const maps: number[] = [];
  for (const page of pages) {
    const mention = finder.find(page.text)[0];
    const place = mention && loaded.get(mention.placeId);
    if (place) maps.push(time(() => (outlines as unknown as WorldOutlines).render([place], { highlightAt: place })));
  }
  return {
    places: loaded.size,
    keys: loaded.keyCount,
    fileBytes: bytes.byteLength,
    gzipBytes: gzipSync(bytes).length,
    loadMs: percentile(loads, 50),
    naiveLoadMs,
    memoryMB,
    firstFindMs,
    firstRoundP50: percentile(firstRound, 50),
    firstRoundP95: percentile(firstRound, 95),
    findP50: percentile(finds, 50),
    findP95: percentile(finds, 95),
    rulesOnlyP50: percentile(ruleFinds, 50),
    rulesOnlyP95: percentile(ruleFinds, 95),
    outlinesLoadMs,
    mapP50: percentile(maps, 50),
  };
}

export const PLACES_TARGETS = [
  'gazetteer load ≤ 300 ms and at least 5× faster than the naive load',
  "finding places p95 ≤ 5 ms a page once the code is optimized, the tagger adding at most half to the rules' own time",
];

export function placesTable(r: PlacesResult): string {
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  return [
    '| places | lookup keys | file | gzipped | load | naive load | speed-up | in memory | first find (builds near-miss index) | first round p50 / p95 | find p50 | find p95 | rules alone p50 / p95 | outlines load | locator map p50 |',
    `|${' --- |'.repeat(15)}`,
    `| ${r.places.toLocaleString('en')} | ${r.keys.toLocaleString('en')} | ${mb(r.fileBytes)} MB | ${mb(r.gzipBytes)} MB | ${r.loadMs.toFixed(0)} ms | ${r.naiveLoadMs.toFixed(0)} ms | ${Math.round(r.naiveLoadMs / r.loadMs)}× | ${r.memoryMB.toFixed(1)} MB | ${r.firstFindMs.toFixed(0)} ms | ${r.firstRoundP50.toFixed(1)} / ${r.firstRoundP95.toFixed(1)} ms | ${r.findP50.toFixed(2)} ms | ${r.findP95.toFixed(1)} ms | ${r.rulesOnlyP50.toFixed(2)} / ${r.rulesOnlyP95.toFixed(1)} ms | ${r.outlinesLoadMs.toFixed(0)} ms | ${r.mapP50.toFixed(0)} ms |`,
  ].join('\n');
}

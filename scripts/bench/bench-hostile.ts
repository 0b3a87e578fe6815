/**
 * The hostile part of `npm run bench`: each shape of tests/support/hostile-text.ts as a page as long
 * as figures are read from, annotated the way the ordinary pages are, in the same rounds against
 * the same index. Machines differ, so its time is given as a multiple of an ordinary page's, and
 * per character as a multiple of an ordinary page's time per character.
 *
 * Alone: npm run bench:hostile [-- --length 300000] [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { MAX_CHECKED_CHARACTERS } from '../../utils/core/analyse-page';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import type { ArticleInput } from '../../utils/core/types';
import { hostileTexts, type HostileShape } from '../../tests/support/hostile-text';
import { loadGazetteer } from '../lib/gazetteer-file';
import { benchmarkPages, timeAnnotation } from './bench-pages';
import { percentile } from './stats';
import { SyntheticCorpus } from './synthetic-corpus';

/** Articles in the corpus the pages are annotated against: the smallest size of the main table. */
export const HOSTILE_CORPUS_SIZE = 1000;
/** Rounds of every page: a hostile page takes up to a second or two. */
export const HOSTILE_ROUNDS = 3;

export interface HostileResult {
  length: number;
  rounds: number;
  pages: number;
  ordinaryP50: number;
  /** The ordinary pages' median length. */
  ordinaryCharacters: number;
  shapes: { shape: HostileShape; characters: number; p50: number }[];
}

export async function benchHostile(
  pages: readonly ArticleInput[],
  finder: PlaceFinder,
  length: number,
  rounds: number,
): Promise<HostileResult> {
  const corpus = new SyntheticCorpus(HOSTILE_CORPUS_SIZE);
  const index = CorpusIndex.build({ name: `synthetic-${HOSTILE_CORPUS_SIZE}`, articles: corpus.articles() }, finder);
  const texts = corpus.texts();
  const hostile = hostileTexts(length);
  const time = async (page: ArticleInput) => (await timeAnnotation(page, index, texts, finder)).whole;
  // A first pass compiles the code and builds the number model; rounds alternate the two kinds of
  // page, so that a machine busy for a while slows both.
  for (const page of pages) await time(page);
  const ordinary: number[] = [];
  const byShape = hostile.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) ordinary.push(await time(page));
    for (const [at, { text }] of hostile.entries()) byShape[at]!.push(await time({ text }));
  }
  return {
    length,
    rounds,
    pages: pages.length,
    ordinaryP50: percentile(ordinary, 50),
    ordinaryCharacters: percentile(
      pages.map((page) => page.text.length),
      50,
    ),
    shapes: hostile.map(({ shape, text }, at) => ({
      shape,
      characters: text.length,
      p50: percentile(byShape[at]!, 50),
    })),
  };
}

export function hostileTable(result: HostileResult): string {
  const perCharacter = result.ordinaryP50 / result.ordinaryCharacters;
  const rows = result.shapes.map(({ shape, characters, p50 }) =>
    [
      shape,
      characters.toLocaleString('en'),
      `${p50.toFixed(0)} ms`,
      `${(p50 / result.ordinaryP50).toFixed(1)}×`,
      `${(p50 / characters / perCharacter).toFixed(2)}×`,
    ].join(' | '),
  );
  return [
    `Ordinary page: p50 ${result.ordinaryP50.toFixed(1)} ms (${result.pages} pages, median ${result.ordinaryCharacters.toLocaleString('en')} characters), ${result.rounds} rounds.`,
    '',
    '| hostile page | characters | annotate p50 | × an ordinary page | per character, × an ordinary page |',
    `|${' --- |'.repeat(5)}`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

if (process.argv[1]?.endsWith('bench-hostile.ts')) {
  const { values } = parseArgs({
    options: {
      length: { type: 'string', default: String(MAX_CHECKED_CHARACTERS) },
      rounds: { type: 'string', default: String(HOSTILE_ROUNDS) },
    },
  });
  process.stderr.write('bench: hostile pages…\n');
  console.log(
    hostileTable(
      await benchHostile(
        benchmarkPages(),
        new PlaceFinder(loadGazetteer()),
        Number(values.length),
        Number(values.rounds),
      ),
    ),
  );
}

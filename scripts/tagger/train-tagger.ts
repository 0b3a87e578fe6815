/**
 * npm run train:places [-- --check]: trains the place tagger (utils/core/places/place-tagger.ts) on
 * the tuning halves of TR-News and GeoVirus only (tests/fixtures/toponyms/split.json), and writes
 * its weights to utils/core/places/tagger-weights.ts. Every name the gazetteer resolves is an
 * example: a place when its span overlaps a gold place. Deterministic: several perceptrons, each
 * with its own seeded order of the examples, a fixed number of passes, their weights averaged. --check trains and compares with the weights committed, exiting 1 when
 * they differ (train-tagger.test.ts does the same). Only the mentions the rules leave undecided are
 * examples (find-places.ts, rulesVerdict): the tagger learns what it is asked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { PerceptronTrainer } from '../../utils/core/places/place-tagger';
import type { TextRange } from '../../utils/core/types';
import { loadGazetteer } from '../lib/gazetteer-file';
import { placeSets } from '../lib/place-sets';

export const WEIGHTS_FILE = new URL('../../utils/core/places/tagger-weights.ts', import.meta.url).pathname;
const PASSES = 10;
const BAGS = 8;

export function trainTagger(): Record<string, number> {
  const finder = new PlaceFinder(loadGazetteer().withoutHamlets(), undefined, {});
  const examples: { features: string[]; isPlace: boolean }[] = [];
  const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
  for (const set of placeSets().filter((one) => one.trainsTagger)) {
    for (const document of set.documents) {
      finder.find(document.text, (mention, features) =>
        examples.push({ features, isPlace: document.toponyms.some((span) => overlaps(span, mention)) }),
      );
    }
  }
  if (examples.length === 0) throw new Error('no training data: ../shared/data/toponyms is not beside this checkout');
  // One perceptron learns from the order it sees examples in: a rule change that moves a few
  // examples moved its weights by more than the change was worth. Several, each shown the examples
  // in its own fixed random order every pass, averaged, decide alike whatever the order.
  const total = new Map<string, number>();
  for (let bag = 0; bag < BAGS; bag++) {
    const random = seededRandom(bag + 1);
    const order = examples.map((_, index) => index);
    const trainer = new PerceptronTrainer();
    for (let pass = 0; pass < PASSES; pass++) {
      shuffle(order, random);
      for (const index of order) trainer.learn(examples[index]!.features, examples[index]!.isPlace);
    }
    for (const [feature, weight] of Object.entries(trainer.averaged()))
      total.set(feature, (total.get(feature) ?? 0) + weight / BAGS);
  }
  const weights: Record<string, number> = {};
  for (const [feature, weight] of total) {
    const rounded = Math.round(weight * 1000) / 1000;
    if (rounded !== 0) weights[feature] = rounded;
  }
  return weights;
}

/** A small seeded generator (mulberry32): the same orders on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}

export function weightsSource(weights: Record<string, number>): string {
  const entries = Object.keys(weights)
    .sort()
    .map((feature) => `  ${JSON.stringify(feature)}: ${weights[feature]},`);
  return `/** Written by \`npm run train:places\`: the place tagger's weights (place-tagger.ts), learned on the tuning halves of TR-News and GeoVirus. */\nexport const TAGGER_WEIGHTS: Readonly<Record<string, number>> = {\n${entries.join('\n')}\n};\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const text = weightsSource(trainTagger());
  if (values.check) {
    const same = readFileSync(WEIGHTS_FILE, 'utf8') === text;
    console.log(
      same
        ? 'train:places: the committed weights are what training gives'
        : 'train:places: the committed weights differ from what training gives; run npm run train:places',
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`train:places: weights written to ${WEIGHTS_FILE}`);
}

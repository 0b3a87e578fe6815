/**
 * npm run train:places [-- --check]: trains the place tagger (utils/core/places/place-tagger.ts) on
 * the tuning halves of TR-News and GeoVirus only (tests/fixtures/toponyms/split.json), and writes
 * its weights to utils/core/places/tagger-weights.ts. Every name the gazetteer resolves is an
 * example: a place when its span overlaps a gold place. Deterministic: the articles in a fixed order,
 * a fixed number of passes. --check trains and compares with the weights committed, exiting 1 when
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

export function trainTagger(): Record<string, number> {
  const finder = new PlaceFinder(loadGazetteer(), undefined, {});
  const examples: { features: string[]; isPlace: boolean }[] = [];
  const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
  for (const set of placeSets().filter((one) => one.name.endsWith('(tune)'))) {
    for (const document of set.documents) {
      finder.find(document.text, (mention, features) =>
        examples.push({ features, isPlace: document.toponyms.some((span) => overlaps(span, mention)) }),
      );
    }
  }
  if (examples.length === 0) throw new Error('no training data: ../shared/data/toponyms is not beside this checkout');
  const trainer = new PerceptronTrainer();
  // A fixed shuffle: examples of one article together teach one article's habits.
  const order = examples
    .map((_, index) => index)
    .sort((a, b) => ((a * 2654435761) % 4294967296) - ((b * 2654435761) % 4294967296));
  for (let pass = 0; pass < PASSES; pass++)
    for (const index of order) trainer.learn(examples[index]!.features, examples[index]!.isPlace);
  return trainer.averaged();
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

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../lib/related-eval';
import { trainTagger, weightsSource, WEIGHTS_FILE } from './train-tagger';

describe('npm run train:places', () => {
  // The weights shipped are what training on the tuning halves gives: nothing edited by hand.
  it.skipIf(!existsSync(`${SHARED_DATA}toponyms/tr-news.jsonl`))(
    'reproduces the committed weights from the tuning halves',
    () => {
      expect(weightsSource(trainTagger())).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
    },
  );
});

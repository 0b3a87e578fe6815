import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSet, SPEC_FILES, type SetName, type SpecCase } from './lib/claims-eval';

const SPECS = new URL('../tests/fixtures/quantities/recognizers-text-specs-en/', import.meta.url).pathname;

describe('claims evaluation', () => {
  it('counts a figure only when span, value and unit all match', () => {
    const cases: SpecCase[] = [
      {
        Input: 'it cost $ 5 million today',
        Results: [{ Text: '$ 5 million', Start: 8, End: 18, Resolution: { value: '5000000', unit: 'Dollar' } }],
      },
      {
        Input: 'a 10-mile walk',
        Results: [{ Text: '10-mile', Start: 2, End: 8, Resolution: { value: '10', unit: 'Kilometer' } }],
      },
    ];
    const currency = scoreSet('currency', cases.slice(0, 1));
    expect(currency).toMatchObject({ gold: 1, found: 1, correct: 1, precision: 1, recall: 1 });
    // Right value, wrong unit: a miss and an extra, not a hit.
    expect(scoreSet('dimensions', cases.slice(1))).toMatchObject({ gold: 1, found: 1, correct: 0 });
  });

  // The target, on the real specifications (tests/fixtures/quantities): npm run eval:claims prints the figures.
  it.each(Object.entries(SPEC_FILES) as [SetName, string][])(
    '%s: precision and recall of value with unit at least 0.90',
    (set, file) => {
      const specs = JSON.parse(readFileSync(join(SPECS, file), 'utf8')) as SpecCase[];
      const score = scoreSet(set, specs);
      expect(score.gold).toBeGreaterThan(10);
      expect(score.precision).toBeGreaterThanOrEqual(0.9);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { compareSentences, sentenceTable, timeLongText } from './sentence-comparison';

const texts = [
  'Sen. Mark Warner said inflation rose 3.5 percent. Gen. Oleksandr Syrskyi did not comment.',
  'The U.S. Army left at noon. Nobody followed.\n\nA new paragraph starts here.',
];

describe('the sentence-splitting comparison', () => {
  it('counts the boundaries both splitters put and shows how each splits abbreviations and decimals', () => {
    const comparison = compareSentences(texts, 2);
    expect(comparison).toMatchObject({
      articles: 2,
      rounds: 2,
      onlySidenote: 0,
      onlySegmenter: 0,
      articlesDiffering: 0,
      differences: [],
    });
    expect(comparison.characters).toBe(texts.join('').length);
    // Both split after "Sen.", "Gen." and "U.S." before a capital (UAX #29), and neither inside "3.5".
    expect(comparison.common).toBe(7);
    expect(comparison.tricky.map(({ sidenote }) => sidenote)).toEqual([
      expect.stringContaining('Sen. ‖Mark'),
      expect.stringContaining('Gen. ‖Oleksandr'),
      expect.stringContaining('U.S. ‖Army'),
      expect.stringContaining('3.5 percent'),
    ]);
    for (const example of comparison.tricky) expect(example.segmenter).toBe(example.sidenote);
    expect(sentenceTable(comparison, null)).toContain('Boundaries in common: 7 of 7 (100.00%)');
  });

  it('reports where a splitter differs from Intl.Segmenter', () => {
    // A splitter that ends sentences only at the end of the text.
    const comparison = compareSentences(texts, 1, (text) => [text.length]);
    expect(comparison).toMatchObject({ common: 0, onlySidenote: 0, onlySegmenter: 7, articlesDiffering: 2 });
    expect(comparison.differences).toHaveLength(3);
    for (const { sidenote, segmenter } of comparison.differences) {
      expect(sidenote).not.toContain('‖');
      expect(segmenter).toContain('‖');
    }
    expect(sentenceTable(comparison, null)).toContain('Where they differ');
  });

  it('times a long text only at the lengths it has', () => {
    const long = timeLongText('a test text', 'word '.repeat(100), [50, 400, 1000]);
    expect(long.rows.map(({ characters }) => characters)).toEqual([50, 400]);
    expect(sentenceTable(compareSentences(texts, 1), long)).toContain('| 400 |');
  });
});

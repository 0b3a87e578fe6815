import { describe, expect, it } from 'vitest';
import { PageTermHashes, packTermCounts, TERM_ENTRY_BYTES } from './read-for-archive';

describe('term counts packed for the archive', () => {
  const counts = new Map([
    ['donetsk', 3],
    ['kostiantynivka', 1],
    ['шахта', 2],
    ['kramatorsk', 70_000],
  ]);

  it('gives the counts of the page’s terms, and only of those', () => {
    const packed = packTermCounts(counts);
    expect(packed.length).toBe(counts.size * TERM_ENTRY_BYTES);
    const page = new PageTermHashes(['donetsk', 'шахта', 'kramatorsk', 'kharkiv']);
    expect(page.countsIn(packed)).toEqual(
      new Map([
        ['donetsk', 3],
        ['шахта', 2],
        ['kramatorsk', 70_000],
      ]),
    );
  });

  it('matches as a lookup of every term would, for a page of hundreds of terms', () => {
    const article = new Map<string, number>(Array.from({ length: 300 }, (_, at) => [`term${at * 3}`, 1 + (at % 9)]));
    const pageTerms = Array.from({ length: 700 }, (_, at) => `term${at}`);
    const expected = new Map(pageTerms.filter((term) => article.has(term)).map((term) => [term, article.get(term)!]));
    expect(expected.size).toBe(234);
    expect(new PageTermHashes(pageTerms).countsIn(packTermCounts(article))).toEqual(expected);
  });

  it('finds nothing in an article with no terms, or for a page with none', () => {
    expect(new PageTermHashes(['donetsk']).countsIn(packTermCounts(new Map()))).toEqual(new Map());
    expect(new PageTermHashes([]).countsIn(packTermCounts(counts))).toEqual(new Map());
  });
});

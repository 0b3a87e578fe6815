import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../lib/corpus-folder';
import { compareLibraries, libraryTable } from './library-comparison';

// The comparison's figures are times and sizes, which no test asserts; this holds what it reports
// to be well formed on the five seed articles, with two of them as the pages.
describe('the search-library comparison on a tiny corpus', () => {
  const { articles } = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
  const pages = articles.slice(0, 2).map(({ text, title }) => ({ text, title }));

  it('measures all three indexes on the same queries and tabulates them against Sidenote', async () => {
    const comparison = await compareLibraries(articles, pages, 2);
    expect(comparison).toMatchObject({ articles: articles.length, pages: 2, rounds: 2 });
    expect(comparison.queryTerms).toBeGreaterThan(0);
    expect(comparison.engines.map(({ name }) => name.split(' ')[0])).toEqual(['Sidenote', 'MiniSearch', 'FlexSearch']);
    for (const engine of comparison.engines) {
      expect(engine.storedBytes).toBeGreaterThan(0);
      for (const time of [engine.buildMs, engine.coldLoadMs, engine.queryP50]) expect(time).toBeGreaterThanOrEqual(0);
      expect(engine.queryP95).toBeGreaterThanOrEqual(engine.queryP50);
      expect(Number.isFinite(engine.heapMB)).toBe(true);
      // Each page is itself a corpus article: every engine finds it, so their best results overlap.
      expect(engine.sharedTop).toBeGreaterThan(0);
      expect(engine.sharedTop).toBeLessThanOrEqual(1);
    }

    const table = libraryTable(comparison).split('\n');
    const rows = table.filter((line) => /^\| (Sidenote|MiniSearch|FlexSearch)/.test(line));
    expect(rows).toHaveLength(3);
    // Sidenote's own row has no ratio; each library's has one per measured column (without a
    // collector to call, as here, a heap's growth can come out below zero: its ratio too).
    expect(rows[0]).not.toContain('×');
    for (const row of rows.slice(1)) expect(row.match(/\((-?[\d.]+×|-)\)/g)).toHaveLength(6);
  });
});

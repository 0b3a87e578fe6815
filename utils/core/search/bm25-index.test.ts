import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25-index';

const documents = [
  ['kupiansk', 'kharkiv', 'evacuation', 'kupiansk'],
  ['bakhmut', 'donetsk', 'shelling'],
  ['kharkiv', 'shelling', 'drones', 'kharkiv', 'kharkiv'],
  ['recipes', 'soup'],
];
const index = Bm25Index.build(documents);
const idf = (term: string) => {
  const n = documents.filter((document) => document.includes(term)).length;
  return Math.log(1 + (documents.length - n + 0.5) / (n + 0.5));
};

/** BM25 written out plainly, to check the index against. */
function naiveScore(document: string[], query: { term: string; weight: number }[]): number {
  const average = documents.reduce((sum, d) => sum + d.length, 0) / documents.length;
  return query.reduce((score, { term, weight }) => {
    const tf = document.filter((t) => t === term).length;
    if (!tf) return score;
    return score + (weight * idf(term) * tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * document.length) / average));
  }, 0);
}

describe('Bm25Index', () => {
  const query = [
    { term: 'kharkiv', weight: 1 },
    { term: 'shelling', weight: 0.5 },
  ];

  it('scores exactly as BM25 does, best first, with the matched terms flagged', () => {
    const hits = index.search(query, idf, 10);
    const expected = documents
      .map((document, doc) => ({ doc, score: naiveScore(document, query) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score);
    expect(hits.map((hit) => hit.doc)).toEqual(expected.map((hit) => hit.doc));
    hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i]!.score, 10));
    expect(hits.find((hit) => hit.doc === 2)?.matched).toBe(0b11);
    expect(hits.find((hit) => hit.doc === 1)?.matched).toBe(0b10);
  });

  it('keeps only the best `limit`, can leave a document out, and leaves no state behind', () => {
    expect(index.search(query, idf, 1).map((hit) => hit.doc)).toEqual([2]);
    expect(index.search(query, idf, 10, 2).map((hit) => hit.doc)).not.toContain(2);
    expect(index.search(query, idf, 10)).toEqual(index.search(query, idf, 10));
  });

  it('knows document frequencies and which query terms a document holds', () => {
    expect(index.documentFrequency('kharkiv')).toBe(2);
    expect(index.documentFrequency('absent')).toBe(0);
    expect([...index.documentTerms(0, ['kupiansk', 'bakhmut', 'kharkiv'])].sort()).toEqual(['kharkiv', 'kupiansk']);
  });

  it('answers the same after storing and loading its arrays', () => {
    const loaded = new Bm25Index(index.toData());
    expect(loaded.search(query, idf, 10)).toEqual(index.search(query, idf, 10));
  });

  it('refuses damaged stored arrays with a clear error', () => {
    const data = index.toData();
    expect(() => new Bm25Index({ ...data, postingStart: data.postingStart.slice(0, -1) })).toThrow(
      'damaged (term table)',
    );
    expect(() => new Bm25Index({ ...data, postingDocs: data.postingDocs.slice(1) })).toThrow(
      'damaged (posting lengths)',
    );
    const reversed = data.postingStart.slice();
    [reversed[1], reversed[2]] = [reversed[2]!, reversed[1]!];
    expect(() => new Bm25Index({ ...data, postingStart: reversed })).toThrow('damaged (posting ranges)');
    expect(() => new Bm25Index({ ...data, postingDocs: data.postingDocs.map(() => 99) })).toThrow(
      'damaged (document numbers)',
    );
  });

  it('handles an empty corpus and an empty query', () => {
    expect(Bm25Index.build([]).search(query, idf, 5)).toEqual([]);
    expect(index.search([], idf, 5)).toEqual([]);
  });
});

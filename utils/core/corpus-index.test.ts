import { describe, expect, it } from 'vitest';
import { readCorpusFolder, BUNDLED_CORPUS_FOLDER } from '../../scripts/lib/corpus-folder';
import { CorpusIndex, INDEX_VERSION, MIN_COVERAGE } from './corpus-index';

const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
const index = CorpusIndex.build(seeds);

describe('CorpusIndex.related on the seed corpus', () => {
  it.each(seeds.articles.map((article) => [article.id, article] as const))(
    'recognizes seed %s as itself and relates it to the other seeds',
    (id, article) => {
      const { related, sameArticle } = index.related({ text: article.text, title: article.title ?? null });
      expect(sameArticle?.id).toBe(id);
      const relatedIds = related.map((item) => item.id);
      expect(relatedIds).not.toContain(id);
      expect(relatedIds.length).toBeGreaterThan(0);
      for (const item of related) {
        expect(item.coverage).toBeGreaterThanOrEqual(MIN_COVERAGE);
        expect(item.matchedTerms.length).toBeGreaterThan(0);
        expect(item.snippet.text.length).toBeGreaterThan(0);
        expect(item.snippet.marks.length).toBeGreaterThan(0);
      }
      const scores = related.map((item) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  it('ranks the other Donetsk-control story first for 002 (Fox’s home region)', () => {
    const page = seeds.articles.find((article) => article.id.startsWith('002'))!;
    const [first] = index.related({ text: page.text }).related;
    expect(first?.id).toBe('000_9b88eb52003466db');
    expect(first?.matchedTerms).toEqual(expect.arrayContaining(['donetsk', 'putin']));
  });

  it('finds nothing related for a text on another subject', () => {
    const text = `The city council approved a new budget for public libraries on Tuesday, adding reading rooms
      and evening hours. Librarians said the money would pay for children's programs and new computers,
      while the mayor praised volunteers who had kept branches open during the summer.`;
    expect(index.related({ text }).related).toEqual([]);
  });

  it('answers an empty or stopword-only page with nothing, not an error', () => {
    expect(index.related({ text: '' })).toEqual({ related: [], sameArticle: null });
    expect(index.related({ text: 'the and of a to in' })).toEqual({ related: [], sameArticle: null });
  });

  it('shows untitled articles by their first sentence, marked as such', () => {
    const page = seeds.articles.find((article) => article.id.startsWith('004'))!;
    const untitled = index.related({ text: page.text }).related.find((item) => item.id.startsWith('003'));
    expect(untitled?.titleIsFallback).toBe(true);
    expect(untitled?.title.startsWith('As tensions escalate')).toBe(true);
    expect(untitled?.date).toBe('2023-11-09');
  });
});

describe('CorpusIndex serialization', () => {
  it('answers identically after a JSON round trip', () => {
    const loaded = CorpusIndex.load(JSON.parse(JSON.stringify(index.toJSON())));
    for (const article of seeds.articles) {
      expect(loaded.related({ text: article.text })).toEqual(index.related({ text: article.text }));
    }
  });

  it('refuses an index of another format or version instead of misreading it', () => {
    expect(() => CorpusIndex.load({ format: 'something-else' })).toThrow('not a Sidenote corpus index');
    expect(() => CorpusIndex.load({ ...index.toJSON(), version: INDEX_VERSION + 1 })).toThrow('rebuild it');
    expect(() => CorpusIndex.load(null)).toThrow('not a Sidenote corpus index');
  });
});

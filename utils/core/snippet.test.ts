import { describe, expect, it } from 'vitest';
import { bestSnippet } from './snippet';
import { normalizeTerm } from './text';

describe('bestSnippet', () => {
  const text = 'Markets were calm. Shelling hit Kupiansk and Kharkiv overnight, officials said. The weather was cold.';

  it('picks the sentence holding the most term weight and marks the matches', () => {
    const snippet = bestSnippet(text, new Map([['kupiansk', 2], ['kharkiv', 1], ['weather', 0.5]]), 60);
    expect(snippet.text).toBe('Shelling hit Kupiansk and Kharkiv overnight, officials said.');
    const marked = snippet.marks.map(({ start, end }) => snippet.text.slice(start, end));
    expect(marked).toEqual(['Kupiansk', 'Kharkiv']);
  });

  it('cuts a long sentence around its matches, at word boundaries, and says so', () => {
    const long = `${'Filler words about nothing much at all, '.repeat(12)}then Bakhmut appears, ${'and more filler follows here, '.repeat(12)}end.`;
    const snippet = bestSnippet(long, new Map([['bakhmut', 1]]), 120);
    expect(snippet.text.length).toBeLessThanOrEqual(120);
    expect(snippet.text).toContain('Bakhmut');
    expect(snippet.truncatedStart || snippet.truncatedEnd).toBe(true);
    for (const { start, end } of snippet.marks) {
      expect(normalizeTerm(snippet.text.slice(start, end))).toBe('bakhmut');
    }
  });

  it('returns an empty snippet for empty text', () => {
    expect(bestSnippet('', new Map()).text).toBe('');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyTerms, termCounts } from './key-terms';
import { bestSnippet } from './snippet';
import { normalizeTerm, sentences, words } from './text';
import { hasSharedData } from '../../tests/support/shared-data';

describe('bestSnippet', () => {
  const text = 'Markets were calm. Shelling hit Kupiansk and Kharkiv overnight, officials said. The weather was cold.';

  it('picks the sentence holding the most term weight and marks the matches', () => {
    const snippet = bestSnippet(
      text,
      new Map([
        ['kupiansk', 2],
        ['kharkiv', 1],
        ['weather', 0.5],
      ]),
      60,
    );
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

  it.runIf(hasSharedData('snippets on the Ukraine news dev set'))(
    'picks the sentence a reading of every sentence picks, on real articles',
    () => {
      // The plain reading the paragraph and sentence bounds must agree with: score every sentence, the first best wins.
      const bestSentence = (article: string, weights: ReadonlyMap<string, number>) => {
        let best = { text: '', score: 0 };
        for (const sentence of sentences(article)) {
          const terms = new Set(
            words(sentence.text)
              .map((token) => token.term)
              .filter((term) => weights.has(term)),
          );
          const score = [...weights].reduce((sum, [term, weight]) => sum + (terms.has(term) ? weight : 0), 0);
          if (score > best.score) best = { text: sentence.text, score };
        }
        return best.text;
      };
      const articles = readFileSync(
        new URL('../../../shared/data/corpora/ukraine-news-dev.jsonl', import.meta.url),
        'utf8',
      )
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text);
      for (const [at, article] of articles.entries()) {
        // Each article read for the key terms of the next one, as a related result is read for a page's.
        const page = articles[(at + 1) % articles.length]!;
        const weights = new Map(
          keyTerms(termCounts(page), () => 1, articles.length).map(({ term, weight }) => [term, weight]),
        );
        const expected = bestSentence(article, weights);
        if (expected) expect(bestSnippet(article, weights, 100_000).text.startsWith(expected)).toBe(true);
      }
    },
  );
});

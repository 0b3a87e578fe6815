import { describe, expect, it } from 'vitest';
import { readMarked } from './convert-marked';

describe('a copy of an article with its places marked', () => {
  it('gives the text back and each mark as a span of it, a bracket of the text kept outside', () => {
    const { text, toponyms } = readMarked('Strikes on [[Kharkiv]] could threaten [[[Russia]]], said [[Kyiv]].');
    expect(text).toBe('Strikes on Kharkiv could threaten [Russia], said Kyiv.');
    expect(toponyms.map(({ start, end }) => text.slice(start, end))).toEqual(['Kharkiv', 'Russia', 'Kyiv']);
  });
});

import { describe, expect, it } from 'vitest';
import { words } from '../text';
import { clauseOf } from './frame-phrases';

/** The words of the clause before a figure, as clauseOf reads them. */
function wordsBefore(sentence: string, figure: string): string[] {
  const start = sentence.indexOf(figure);
  const { before } = clauseOf(sentence, words(sentence), { start, end: start + figure.length });
  return before.map((token) => sentence.slice(token.start, token.end));
}

describe("a figure's clause", () => {
  it("runs through an initialism's full stop, not through another word's", () => {
    expect(wordsBefore('The U.S. has sent 800 troops.', '800 troops')).toEqual(['The', 'U', 'S', 'has', 'sent']);
    // An abbreviation of more than one letter still ends what comes before it.
    expect(wordsBefore('Lt. Gen. Budanov said Russia has 20,000 troops.', '20,000 troops')).toEqual([
      'Budanov',
      'said',
      'Russia',
      'has',
    ]);
  });
});

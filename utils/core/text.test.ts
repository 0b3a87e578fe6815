import { describe, expect, it } from 'vitest';
import { firstSentence, LONGEST_TOKEN, nameTerms, normalizeTerm, sentences, tidyText, words } from './text';

describe('normalizeTerm', () => {
  it.each([
    ['Ukraine’s', 'ukraine'],
    ["Putin's", 'putin'],
    ['Ukraineʼs', 'ukraine'],
    ['Kyïv', 'kyiv'],
    ['Dnipró', 'dnipro'],
    ['Kleban-Byk', 'kleban-byk'],
  ])('%s → %s', (word, term) => expect(normalizeTerm(word)).toBe(term));
});

describe('words', () => {
  it('returns each word with offsets into the original text', () => {
    const text = 'In Kleban-Byk, Ukraine’s forces held.';
    const tokens = words(text);
    expect(tokens.map((token) => token.term)).toEqual(['in', 'kleban-byk', 'ukraine', 'forces', 'held']);
    for (const token of tokens) expect(normalizeTerm(text.slice(token.start, token.end))).toBe(token.term);
  });

  it('counts words the same way', () => {
    expect(words('Thirty-one-year-old Laarz and nineteen-year-old Varia.')).toHaveLength(5);
  });
});

describe('sentences', () => {
  it('splits on sentence ends and on paragraph breaks, with offsets that slice back to the sentence', () => {
    const text = 'Headline without period\n\nFirst sentence here. Second one? Third!';
    const found = sentences(text);
    expect(found.map((sentence) => sentence.text)).toEqual([
      'Headline without period',
      'First sentence here.',
      'Second one?',
      'Third!',
    ]);
    for (const sentence of found) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('cuts a long first sentence at a word boundary', () => {
    const long = `${'word '.repeat(60)}end.`;
    const first = firstSentence(long, 100);
    expect(first.length).toBeLessThanOrEqual(100);
    expect(first.endsWith('…')).toBe(true);
  });
});

describe('tidyText', () => {
  it('collapses spaces and keeps paragraph breaks', () => {
    expect(tidyText('  a \u00a0 b\r\n\r\n\r\n\r\nc  ')).toBe('a b\n\nc');
  });

  it('cuts a run without white space past LONGEST_TOKEN characters, never inside a surrogate pair', () => {
    const whole = 'x'.repeat(LONGEST_TOKEN);
    expect(tidyText(`a ${whole} b`)).toBe(`a ${whole} b`);
    expect(tidyText(`a ${whole}yz\n${whole}y b`)).toBe(`a ${whole}…\n${whole}… b`);
    const astral = `${'x'.repeat(LONGEST_TOKEN - 1)}😀yz`;
    expect(tidyText(astral)).toBe(`${'x'.repeat(LONGEST_TOKEN - 1)}…`);
  });
});

describe('nameTerms', () => {
  it('keeps words capitalized inside a sentence and skips sentence starts', () => {
    const names = nameTerms('The soldiers left Donetsk for Kramatorsk. Later they returned.');
    expect([...names].sort()).toEqual(['donetsk', 'kramatorsk']);
  });

  it('gives a first sentence whole, not cut after an abbreviation', () => {
    expect(firstSentence('Sen. Mark Warner said the U.S. Army will leave. Then more.')).toBe(
      'Sen. Mark Warner said the U.S. Army will leave.',
    );
    expect(firstSentence('Gen. Oleksandr Syrskyi took over on Friday. Then more.')).toBe(
      'Gen. Oleksandr Syrskyi took over on Friday.',
    );
    expect(firstSentence('Plain first. Second.')).toBe('Plain first.');
  });

  it('passes over a credit, a greeting or a call to subscribe for the first sentence that says something', () => {
    // The openings of articles of the war-news collection (ukraine-news-dev).
    expect(
      firstSentence(
        'Melbourne, Australia CNN —\n\nUS Secretary of State Antony Blinken said Friday that an invasion could begin.',
      ),
    ).toBe('US Secretary of State Antony Blinken said Friday that an invasion could begin.');
    expect(
      firstSentence('Good evening.\n\nFive railway stations were targeted in the space of an hour on Monday.'),
    ).toBe('Five railway stations were targeted in the space of an hour on Monday.');
  });

  it('ends the first sentence where two run together without a space', () => {
    expect(firstSentence('The last obstetric clinic in Donbas is operating.Doctors say that stress is constant.')).toBe(
      'The last obstetric clinic in Donbas is operating.',
    );
    expect(firstSentence('Meetings were held on the structures of the alliance.A spokeswoman said no.')).toBe(
      'Meetings were held on the structures of the alliance.',
    );
    expect(firstSentence('Gen.Milley and the others met in Washington on Friday.')).toBe(
      'Gen.Milley and the others met in Washington on Friday.',
    );
    expect(firstSentence('The U.S. Army and the E.U. met in Washington on Friday.')).toBe(
      'The U.S. Army and the E.U. met in Washington on Friday.',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedArticleTexts, sharedPageSources } from '../../tests/support/shared-texts';
import { sentenceBreaks } from './sentence-breaks';
import { hasSharedData } from '../../tests/support/shared-data';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Where Intl.Segmenter ends each sentence: what sentenceBreaks must give, faster. */
const segmenterBreaks = (text: string) =>
  Array.from(segmenter.segment(text), (segment) => segment.index + segment.segment.length);

describe('sentenceBreaks ends sentences where Intl.Segmenter does', () => {
  it.each([
    ['abbreviations and initials', 'Mr. Smith met the U.S. Army at 3.5 km. Then e.g. the rest. A.B. Smith left.'],
    [
      'terminators in a row, quotes and brackets',
      '"Hello!" he said. Done... and more. Done... And more. Really?! Yes. (It ended.) Next.',
    ],
    ['continuing marks and lower case', 'one.— Two. one. - two. one.\t2 two. one. 2 Two. Ask? no. x;. Y'],
    ['line breaks', 'Headline\r\nA sentence. Another.\n\nA paragraph.\u2028More\u0085end'],
    ['invisible characters', 'a. \u200bb. a.\u200b B. Sen.\u200dfoo. Hi.\ufeff Bob. a.\u0301 B'],
    [
      'other scripts',
      'x\u3002Y. Q\uff0e Then. x\u0589 Y. \u0644\u0627\u061f \u0646\u0639\u0645. \u0939\u093e\u0964 \u0928\u0939\u0940\u0902',
    ],
    ['no terminator at all', 'A headline without a full stop'],
    ['nothing', ''],
  ])('%s', (_, text) => {
    expect(sentenceBreaks(text)).toEqual(segmenterBreaks(text));
  });

  it.runIf(hasSharedData('sentence breaks against Intl.Segmenter on ../shared/data'))(
    'on every seed, every article of ../shared/data and every page source there',
    () => {
      // The segmenter takes over a minute on a 1.6 MB page source: the first 50,000 characters.
      const texts = [...sharedArticleTexts(), ...sharedPageSources(50_000)];
      expect(texts.length).toBeGreaterThan(500);
      const differing = texts.filter((text) => sentenceBreaks(text).join() !== segmenterBreaks(text).join());
      expect(differing.map((text) => text.slice(0, 80))).toEqual([]);
    },
  );

  it('with every character of the Basic Multilingual Plane, and every other one the rules tell apart, in each position a rule looks at', () => {
    // Before and after a full stop (SB6, SB7), among its closing marks and spaces (SB8, SB9, SB10),
    // ahead of the next letter (SB8, SB8a), and as a terminator or separator itself (SB4, SB11).
    const positions = [
      (c: string) => `Ab.${c}cd Ef`,
      (c: string) => `Ab.${c}Cd`,
      (c: string) => `Ab. ${c}cd`,
      (c: string) => `Ab.${c} cd`,
      (c: string) => `Ab.${c} Cd`,
      (c: string) => `x${c}. Cd`,
      (c: string) => `Ab${c} Cd`,
      (c: string) => `Ab${c} cd`,
      (c: string) => `Ab.)${c}9 cd`,
    ];
    // Beyond it, the characters of the kinds the rules tell apart (letters with case, digits, punctuation, marks, formats).
    const special = /[\p{P}\p{M}\p{Cf}\p{Lu}\p{Ll}\p{Lt}\p{Nd}\p{No}\p{Sentence_Terminal}]/u;
    const differing: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (codePoint > 0xffff && !special.test(character)) continue;
      for (const position of positions) {
        const text = position(character);
        if (sentenceBreaks(text).join() !== segmenterBreaks(text).join())
          differing.push(`U+${codePoint.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
      }
    }
    expect(differing).toEqual([]);
  }, 60_000);

  it('on any text made of the characters news is written in', () => {
    const alphabet = fc.constantFrom(
      ...'aAbZ.!?;:,-–— \n\r\t"\'“”‘’()[]…0123456789\u00a0\u200b\u0301\u3002Éé'.split(''),
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((characters) => characters.join('')),
        (text) => {
          expect(sentenceBreaks(text)).toEqual(segmenterBreaks(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

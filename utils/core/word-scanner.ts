/**
 * Where words begin and end: runs of letters and digits, joined by single inner apostrophes or
 * hyphens ("Kleban-Byk", "Putin's"): what the pattern `[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*` (Unicode) matches.
 * Every word of the page is read this way several times (terms, place names, figures' subjects),
 * and walking the characters is three to four times faster than matchAll, which builds an array per
 * match. word-scanner.test.ts holds it to the pattern.
 */

import { codeUnitTest } from './code-units';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigitUnit = codeUnitTest(LETTER_OR_DIGIT);

const HIGH_SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;

/** How many code units the letter or digit at `at` takes (2 outside the Basic Multilingual Plane), 0 when it is none. */
export function letterOrDigitWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= HIGH_SURROGATE_FIRST && code <= HIGH_SURROGATE_LAST) {
    const codePoint = text.codePointAt(at)!;
    return codePoint > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(code) ? 1 : 0;
}

const isJoiner = (code: number) => code === 45 || code === 39 || code === 0x2019 || code === 0x2bc;

/** The first position from `from` where a word starts, or text.length. */
export function nextWordStart(text: string, from: number): number {
  let at = from;
  while (at < text.length && !letterOrDigitWidth(text, at)) at++;
  return at;
}

/** Where the word starting at `start` (a letter or digit) ends. */
export function wordEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    let width: number;
    while ((width = letterOrDigitWidth(text, at))) at += width;
    if (isJoiner(text.charCodeAt(at)) && letterOrDigitWidth(text, at + 1)) at++;
    else return at;
  }
}

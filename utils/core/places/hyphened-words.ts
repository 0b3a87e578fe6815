/**
 * A page's words as place finding holds them, and hyphened words read as their parts ("Russia-Turkey
 * ties", "London-based") unless they are one place's name, a person's or a model's ("Su-25").
 */
import type { TextRange } from '../types';
import { DEMONYMS } from './demonyms';
import { isGivenName } from './given-names';

export interface Word extends TextRange {
  text: string;
  /** End including a possessive "'s", which may sit inside a name ("People's Republic of China"). */
  outerEnd: number;
  capitalized: boolean;
  dotted: boolean;
  hyphenPart?: boolean;
}

const HYPHENS = /[-‐‑–]/;
export const CAPITALIZED = /^\p{Lu}/u;
// A name after a prefix: "mid-Ohio", "made-in-China", "pro-Russia" (not "euro-Atlantic", an adjective).
const CAPITALIZED_PART = /^\p{Lu}|(?:^|[-‐‑–])(?:mid|pro|anti|trans|pan|non|post|pre|inter|cross|in)[-‐‑–]\p{Lu}/u;

// "Cranny-Evans", "Maria Lvova-Belova": two capitalized words joined, one of them neither a place
// nor a people's word ("Russian-Iran ties"), or both after a first name, are a person's name.
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
function isDoubleSurname(parts: readonly string[], isKey: (spelling: string) => boolean, afterFirstName: boolean) {
  return (
    parts.length === 2 &&
    parts.every((part) => NAME_WORD.test(part)) &&
    (afterFirstName || parts.some((part) => !isKey(part) && !DEMONYMS.has(part.toLowerCase())))
  );
}

// "Su-25", "MiG-29", "Tu-95": a model's name and number, no place.
const MODEL_NUMBER = /^\p{N}/u;

/**
 * "Russia-Turkey", "Montreal-area", "Zurich, Switzerland-based": a hyphened word no place is named
 * whole is read as its parts, of which the capitalized ones may be places ("Kleban-Byk" stays whole).
 */
export function splitHyphened(words: readonly Word[], isKey: (spelling: string) => boolean): Word[] {
  const result: Word[] = [];
  words.forEach((word, position) => {
    if (!HYPHENS.test(word.text) || !CAPITALIZED_PART.test(word.text) || isKey(word.text)) {
      result.push(word);
      return;
    }
    const parts = word.text.split(HYPHENS);
    const previous = words[position - 1];
    const afterFirstName = previous !== undefined && previous.capitalized && isGivenName(previous.text);
    if (isDoubleSurname(parts, isKey, afterFirstName) || parts.some((part) => MODEL_NUMBER.test(part))) {
      result.push(word);
      return;
    }
    let offset = 0;
    for (const part of parts) {
      const start = word.start + offset;
      offset += part.length + 1;
      if (part.length < 2 || !CAPITALIZED.test(part)) continue;
      result.push({
        text: part,
        start,
        end: start + part.length,
        outerEnd: start + part.length,
        capitalized: true,
        dotted: false,
        hyphenPart: true,
      });
    }
  });
  return result;
}

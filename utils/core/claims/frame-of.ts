/**
 * What a figure is a measure of, beyond a place named after "of": a place's population, the whole a
 * share is of, one region's front. Read by figure-frame.ts into the frame's `of`; two figures are
 * compared only when these are one (consistency/pair-figures.ts).
 */
import type { Token } from '../text';
import type { TextRange } from '../types';
import { DEMONYM_COUNTRIES } from './frame-lexicon';
import { lower } from './frame-phrases';

/** A share's whole that points back to something the frame does not resolve: it equals no other. */
export const UNRESOLVED_WHOLE = 'w:?';
// "40% of the EU's gas", "40% of EU gas": whose whole a share is; "of its gas", "of their wheat",
// "of these exports" point back.
const SHARE_OWNER =
  /^\s*of\s+(?:the\s+)?(?:(its|their|these|those|this|his|her|our)\b|(\p{Lu}[\p{L}.]*)(?:['’]s)?\s+\p{Ll})/u;

/**
 * Whose whole a share is of, when its words say: "40% of the EU's gas" is not "40% of its gas"
 * (Germany's, a sentence earlier) nor "40% of the wheat consumed in Africa". Kept with the place a
 * share is of (`of`): two shares compare only when their wholes are one.
 */
export function shareWholeOf(text: string, figure: TextRange): string[] {
  const match = SHARE_OWNER.exec(text.slice(figure.end, figure.end + 80));
  if (!match) return [];
  if (match[1]) return [UNRESOLVED_WHOLE];
  const word = match[2]!.toLowerCase().replace(/\./g, '');
  return [`w:${DEMONYM_COUNTRIES.get(word) ?? word}`];
}

// "a 300-mile front in the Donbas": one region's front, a part of the war's whole line.
const FRONT_IN = /^[\s-]*(?:front[- ]?lines?|fronts?)\s+(?:in|along|across|through)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/u;
export function frontOf(text: string, figure: TextRange): string[] {
  const match = FRONT_IN.exec(text.slice(figure.end, figure.end + 80));
  return match ? [`w:${match[1]!.toLowerCase()}`] : [];
}

/**
 * A place's population: people or inhabitants a place is "home to" or who "live" there, or its
 * inhabitants as the place's own ("Mariupol's 400,000 residents", "a city of 120,000 inhabitants").
 * Not anyone else a sentence counts: "home to 290,000 developers" counts developers, power
 * "to two million residents" counts customers, sanctions "against 121 citizens" count people sanctioned.
 */
export function isPopulation(
  text: string,
  measure: string,
  event: string | null,
  before: readonly Token[],
  ofPlace: boolean,
): boolean {
  if (measure !== 'residents' && measure !== 'people') return false;
  if (event === 'inhabited') return true;
  if (event !== null || measure !== 'residents') return false;
  const lead = before
    .slice(-2)
    .map((token) => lower(text, token))
    .join(' ');
  return ofPlace || /['’]s$/.test(text.slice(0, before.at(-1)?.end ?? 0)) || /\b(?:city|town|village|of)$/.test(lead);
}

/**
 * What happened to what a figure counts or shares, its frame's event: killed, wounded, casualties,
 * massed, fired... Read by figure-frame.ts; two counts are compared only when their events are one
 * (consistency/pair-figures.ts).
 */
import type { Token } from '../text';
import { EVENT_FAMILIES } from './frame-lexicon';
import { familyOf, isCapitalized, lower } from './frame-phrases';

// Words either side of a figure read for its event: its clause, not its sentence.
const EVENT_REACH = 8;

/** The event of a count or share, from the nearest event word of its clause, or null. */
export function eventOf(
  text: string,
  before: readonly Token[],
  own: readonly Token[],
  after: readonly Token[],
  sentenceStart: number,
  measure: string,
  figureStart: number,
): string | null {
  const countsMunitions = MUNITIONS.has(measure);
  // Nearest first: the words right after the figure, then those right before it.
  const ordered: Token[] = [];
  for (let index = 0; index < EVENT_REACH; index++) {
    if (after[index]) ordered.push(after[index]!);
    const back = before[before.length - 1 - index];
    if (back) ordered.push(back);
  }
  for (const token of [...own, ...ordered]) {
    // A capital inside the sentence makes the word part of a name: "Homes for Ukraine" is a scheme.
    if (token.start !== sentenceStart && isCapitalized(text, token)) continue;
    const word = lower(text, token);
    if (word === 'hit' && countsMunitions) {
      if (munitionsHit(text, token, after.includes(token), figureStart)) return 'fired';
      continue;
    }
    const family = familyOf(EVENT_FAMILIES, word);
    if (
      family === 'control' &&
      measure !== 'territory' &&
      GAINED.test(text.slice(Math.max(0, token.start - 16), token.start))
    )
      return 'captured';
    if (family) return family === 'killed' || family === 'wounded' ? killedOrWounded(text, token, family) : family;
  }
  return null;
}

// Control taken of places counted is what happened, not what is held: "regained control of more
// than 20 settlements" counts a gain, as "seized five settlements" does. A share of land is held
// whatever the verb ("has lost control of around 70% of the region").
const GAINED =
  /\b(?:regain|regained|reclaim|reclaimed|retake|retook|retaken|recapture|recaptured|take|took|taken|seize|seized)\s+(?:back\s+)?$/i;

const MUNITIONS: ReadonlySet<string> = new Set(['missiles', 'drones']);
// Whether the munitions counted did the hitting ("eight missiles hit Kharkiv", "Kharkiv was hit
// with eight missiles"), so were fired; not "air defences hit eight missiles" nor "eight drones
// were hit", which were shot at. A town "hit" keeps its residents, a share that "hit" 10% is a level.
function munitionsHit(text: string, hit: Token, afterTheCount: boolean, figureStart: number): boolean {
  if (afterTheCount)
    return !/\b(?:was|were|been|being|be|got|get)\s+$/i.test(text.slice(Math.max(0, hit.start - 8), hit.start));
  // "Kharkiv was hit with eight missiles", "Russia hit Kyiv with 20 drones": "with" or "by" before the count.
  return /\b(?:with|by)\b/i.test(text.slice(hit.end, Math.min(figureStart, hit.end + 80)));
}

// "Killed or wounded", "dead and injured": casualties, a larger count than deaths alone.
const JOINED_WORD = /^\s+(?:or|and|and\/or)\s+(\p{L}+)/u;
function killedOrWounded(text: string, token: Token, family: 'killed' | 'wounded'): string {
  const joined = JOINED_WORD.exec(text.slice(token.end, token.end + 24));
  const other = joined ? familyOf(EVENT_FAMILIES, joined[1]!.toLowerCase()) : null;
  return other && other !== family && (other === 'killed' || other === 'wounded') ? 'casualties' : family;
}

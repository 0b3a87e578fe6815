/**
 * Where troops stand is part of what they are: Kyiv's 40,000 "at the border with the LPR" are not
 * the 15,000 Ukraine "amassed" on "the Belarusian border", and the 30,000 Russia sent "to
 * neighbouring Belarus" are not the 130,000 "on the Ukrainian border". Read by figure-frame.ts for
 * counts of troops and kept in the frame's `of` under prefixes of their own, which every reader of
 * `of` that means "what the figure measures" leaves aside (`wholesOf`).
 */
import type { Token } from '../text';
import type { TextRange } from '../types';
import type { FramePlace } from './frame-actors';
import { DEMONYM_COUNTRIES } from './frame-lexicon';
import { lower } from './frame-phrases';
import { COUNTRY_NAMES } from './frame-of';

/**
 * A side of the border the troops stand at. A side is a country, or a first-level region the
 * sentence names ("the Luhansk region"), which is its own side: the LPR's border is not the one
 * Ukraine shares with Belarus.
 */
export const BORDER_PREFIX = 'b:';
/** The country the count's own words put the troops in: "30,000 troops into neighbouring Belarus", "100,000 troops in Russia". */
const STANDS_IN_PREFIX = 'in:';
/**
 * Troops the sentence sets apart from the count, in another country: "amassed roughly 150,000
 * troops and deployed 30,000 into neighbouring Belarus" counts the troops outside Belarus, a part of
 * any total "near Ukraine".
 */
const APART_PREFIX = 'x:';
export const isBorderKey = (key: string) => key.startsWith(BORDER_PREFIX);
/** The country a count's troops stand in, and the countries of troops its sentence tells apart: two counts compared share both. */
export const standingOf = (of: readonly string[]) => ({
  standsIn: of.find((key) => key.startsWith(STANDS_IN_PREFIX))?.slice(STANDS_IN_PREFIX.length) ?? null,
  apart: of.filter((key) => key.startsWith(APART_PREFIX)).map((key) => key.slice(APART_PREFIX.length)),
});
// Where troops stand in a country or beside troops told apart, a count that says neither is not known to be them.
const isExactKey = (key: string) => key.startsWith(STANDS_IN_PREFIX) || key.startsWith(APART_PREFIX);
/** What a figure is a measure of, where its troops stand aside. */
export const wholesOf = (of: readonly string[]) => of.filter((key) => !isBorderKey(key) && !isExactKey(key));
/**
 * Whether two counts of troops may stand in one place. Both stand in the same country, or neither
 * says, and both set apart the same troops elsewhere, or none: the troops sent into Belarus, or
 * those left on Russia's side once the Belarusian deployment is told apart, are not the whole force
 * "near Ukraine". Where both name a border, the sides one names are all among the other's
 * ("Ukraine's border" and "the Russian-Ukrainian border"); sharing one side is not enough (the
 * Russia-Finland border is not the Russian-Ukrainian one), and a count that names no border may be at any.
 */
export function whereaboutsMeet(a: readonly string[], b: readonly string[]): boolean {
  const [ownExact, theirExact] = [a.filter(isExactKey), b.filter(isExactKey)];
  if (ownExact.length !== theirExact.length || ownExact.some((key) => !theirExact.includes(key))) return false;
  const [own, theirs] = [a.filter(isBorderKey), b.filter(isBorderKey)];
  if (!own.length || !theirs.length) return true;
  return own.every((side) => theirs.includes(side)) || theirs.every((side) => own.includes(side));
}

const BORDER_WORDS = /^(?:border|borders|frontier|frontiers)$/;
// "Border guards said Russia has massed 100,000 troops": a border that names a kind of thing is no
// border the troops stand at.
const BORDER_AS_MODIFIER =
  /^(?:guards?|crossings?|controls?|posts?|service|police|patrols?|checkpoints?|agency|force)$/;
// "the Polish-Ukrainian border", "Ukraine's northern border": the sides are a word or two before it.
const SIDE_REACH = 2;
const SKIPPED_BEFORE_SIDE = /^(?:northern|southern|eastern|western|the)$/;
// The border is read in the figure's own stretch of the sentence: "massed 100,000 troops on the
// Belarusian border" (after it), "at the border, Russia has 100,000 troops" (before it); a sentence
// with two counts ("100,000 near the border with Ukraine, and 30,000 on Finland's border") gives each the border nearest it.
const BORDER_WORDS_AFTER = 10;
const BORDER_WORDS_BEFORE = 6;
// A list of sides goes on after a comma or "and": "its borders with Russia, Belarus and Moldova".
const LIST_GAP = /^\s*,\s*$/;
// "30,000 troops into neighbouring Belarus", "100,000 troops in Russia": the country the count's own
// words put it in, at most this many words after it.
const STANDS_IN = /^(?:in|into|to)$/;
const STANDS_IN_REACH = 3;
// "30,000 troops and military equipment in Belarus": the troops' gear told beside them goes where they go.
const WITH_THEIR_GEAR =
  /^(?:\s+(?:troops|soldiers|servicemen|forces))?\s+and\s+(?:(?:military|heavy|combat)\s+)?(?:equipment|hardware|weaponry|weapons|vehicles|armou?r|tanks)\b/i;
const GEAR_WORDS = 3;
const COUNTRY_EPITHET = /^(?:the|neighbou?ring|allied)$/;
// "... and deployed 30,000 soldiers into Belarus", "but the deployment of another 30,000 to
// Belarus": troops sent elsewhere, told beside the count, within this many words of where they went.
const SENT = /^(?:deploy|deployed|deploying|deployment|send|sent|sending|moved|moving|stationed|positioned)$/;
const SENT_REACH = 8;
// The sending is a second clause of the same subject: "and deploying", "but the deployment of
// another", "and has sent"; not "while Russia deployed", not "prompting NATO to send".
const JOINED_CLAUSE = /^(?:and|but)$/;
const BEFORE_SENT = /^(?:has|have|had|also|then|the|an|another|additional|it)$/;
// "massed in Belarus and western Russia": the words between "and" and a list's next country.
const SIDE_EPITHET = /^(?:the|western|eastern|northern|southern|neighbou?ring)$/;
const LOCATION_WORD = /^(?:on|in|along|near|at|inside|across)$/;
const LOCATION_REACH = 4;
// Punctuation ends the count's own words: "100,000 troops, officials in Kyiv said" stand nowhere said.
const CLAUSE_BREAK = /[,;:()—–]/;

/** The sides of the border a count of troops stands at, the country it stands in, and the countries whose troops its sentence sets apart. */
export function whereaboutsOf(
  text: string,
  sentenceWords: readonly Token[],
  places: readonly FramePlace[],
  figure: TextRange,
): string[] {
  const wordAt = (index: number) => (sentenceWords[index] ? lower(text, sentenceWords[index]!) : '');
  const after = sentenceWords.findIndex((token) => token.start >= figure.end);
  const firstAfter = after === -1 ? sentenceWords.length : after;
  const lastBefore = sentenceWords.findIndex((token) => token.end > figure.start) - 1;
  const sides = new Set(borderSides(text, sentenceWords, places, firstAfter, lastBefore));
  let standsIn: string | null = null;
  // "and on the Russian side of the border", "and along the border": a place goes on; "and on
  // Thursday began drills" is another clause.
  const placeAfterLocationWord = (at: number) => {
    if (!LOCATION_WORD.test(wordAt(at))) return false;
    for (let word = at + 1; word <= at + LOCATION_REACH && sentenceWords[word]; word++)
      if (
        sidesAt(text, sentenceWords[word]!, places).length > 0 ||
        BORDER_WORDS.test(wordAt(word)) ||
        wordAt(word) === 'side'
      )
        return true;
    return false;
  };
  // The country a word after "in", "into" or "to" names, and where that word is.
  const countryAfter = (at: number): { side: string; at: number } | null => {
    if (!STANDS_IN.test(wordAt(at))) return null;
    // "30,000 troops to Belarus", "sent troops to Belarus"; not "massed close to Ukraine".
    if (
      wordAt(at) === 'to' &&
      at !== firstAfter &&
      !SENT.test(wordAt(at - 1)) &&
      !/^(?:troops|soldiers|forces)$/.test(wordAt(at - 1))
    )
      return null;
    let next = at + 1;
    while (COUNTRY_EPITHET.test(wordAt(next))) next++;
    // A country's own name, not an adjective: "to the Ukrainian border" puts no troops in Ukraine.
    const word = sentenceWords[next];
    const named = word && places.some((place) => place.start <= word.start && word.start < place.end);
    // "massed in Belarus and western Russia", "in Belarus and on the Russian side of the border"
    // stand in no one country: the list is the whole force.
    let listed = next + 2;
    while (SIDE_EPITHET.test(wordAt(listed))) listed++;
    const following = sentenceWords[next + 1];
    const listGoesOn =
      (wordAt(next + 1) === 'and' &&
        sentenceWords[listed] !== undefined &&
        (sidesAt(text, sentenceWords[listed]!, places).length > 0 || placeAfterLocationWord(listed))) ||
      (following !== undefined &&
        LIST_GAP.test(text.slice(word!.end, following.start)) &&
        sidesAt(text, following, places).length > 0);
    // "to Ukraine's north" is beside Ukraine, not in it.
    const possessive = word !== undefined && /['’]s$/.test(text.slice(word.start, word.end));
    const side =
      named && !possessive && !listGoesOn && !BORDER_WORDS.test(wordAt(next + 1))
        ? sidesAt(text, word, places)[0]
        : undefined;
    return side ? { side, at: next } : null;
  };
  let ownEnd = firstAfter;
  const reach = STANDS_IN_REACH + (WITH_THEIR_GEAR.test(text.slice(figure.end, figure.end + 60)) ? GEAR_WORDS : 0);
  for (let at = firstAfter; at < Math.min(sentenceWords.length, firstAfter + reach); at++) {
    const from = sentenceWords[at - 1]?.end ?? figure.end;
    if (CLAUSE_BREAK.test(text.slice(Math.max(from, figure.end), sentenceWords[at]!.start))) break;
    const stands = countryAfter(at);
    if (!stands) continue;
    standsIn = stands.side;
    ownEnd = stands.at + 1;
    break;
  }
  // Another country troops were sent to, told after the count in a clause of the same subject
  // joined by "and" or "but", with the sending verb in that clause.
  const apart = new Set<string>();
  for (let at = ownEnd; at < sentenceWords.length; at++) {
    const sentTo = countryAfter(at);
    if (!sentTo || sentTo.side === standsIn) continue;
    let sent = -1;
    for (let back = at - 1; sent === -1 && back >= Math.max(ownEnd, at - SENT_REACH); back--)
      if (SENT.test(wordAt(back))) sent = back;
    if (sent === -1) continue;
    let joined = sent - 1;
    while (joined >= ownEnd && BEFORE_SENT.test(wordAt(joined))) joined--;
    // Another count or "while" before the clause makes it another subject's: "250,000 troops, while
    // Russia deployed 100,000 ... and sent troops into Belarus".
    const between = sentenceWords.slice(ownEnd, Math.max(ownEnd, joined));
    const anotherSubject = between.some((token) => /\d|^(?:while|whereas)$/i.test(text.slice(token.start, token.end)));
    if (joined >= ownEnd && JOINED_CLAUSE.test(wordAt(joined)) && !anotherSubject) apart.add(sentTo.side);
  }
  return [
    ...[...sides].sort().map((side) => BORDER_PREFIX + side),
    ...(standsIn ? [STANDS_IN_PREFIX + standsIn] : []),
    ...[...apart].sort().map((side) => APART_PREFIX + side),
  ];
}

/** The sides of the border word nearest the figure: after it, else before it. */
function borderSides(
  text: string,
  sentenceWords: readonly Token[],
  places: readonly FramePlace[],
  firstAfter: number,
  lastBefore: number,
): string[] {
  const wordAt = (index: number) => (sentenceWords[index] ? lower(text, sentenceWords[index]!) : '');
  const isBorderAt = (index: number) => BORDER_WORDS.test(wordAt(index)) && !BORDER_AS_MODIFIER.test(wordAt(index + 1));
  let index = -1;
  for (let at = firstAfter; index === -1 && at < Math.min(sentenceWords.length, firstAfter + BORDER_WORDS_AFTER); at++)
    if (isBorderAt(at)) index = at;
  for (let at = lastBefore; index === -1 && at >= 0 && at > lastBefore - BORDER_WORDS_BEFORE; at--)
    if (isBorderAt(at)) index = at;
  if (index === -1) return [];
  const sides = new Set<string>();
  const add = (found: readonly string[]) => found.forEach((side) => sides.add(side));
  for (let at = index - 1, read = 0; at >= 0 && read < SIDE_REACH; at--) {
    const word = wordAt(at);
    if (SKIPPED_BEFORE_SIDE.test(word) && !(word === 'the' && read > 0)) continue;
    const found = sidesAt(text, sentenceWords[at]!, places);
    if (!found.length) break;
    add(found);
    read++;
  }
  // "the border with the Lugansk People's Republic", "the eastern border of Ukraine", "the border
  // between Russia and Ukraine", "its borders with Russia, Belarus and Moldova".
  let at = index + 1;
  if (/^(?:with|of|between)$/.test(wordAt(at))) {
    at++;
    while (sentenceWords[at]) {
      if (wordAt(at) === 'the') at++;
      const found = sentenceWords[at] ? sidesAt(text, sentenceWords[at]!, places) : [];
      if (!found.length) break;
      add(found);
      const next = sentenceWords[at + 1];
      if (next && wordAt(at + 1) === 'and') at += 2;
      else if (next && LIST_GAP.test(text.slice(sentenceWords[at]!.end, next.start))) at += 1;
      else break;
    }
  }
  return [...sides];
}
/** The sides one word names: a demonym, a country's name, a place (its possessive too), each part of "Polish-Ukrainian". */
function sidesAt(text: string, token: Token, places: readonly FramePlace[]): string[] {
  const sides: string[] = [];
  let start = token.start;
  for (const part of text.slice(token.start, token.end).split('-')) {
    const end = start + part.length;
    const word = part.toLowerCase().replace(/['’]s$/, '');
    const place = places.find((candidate) => candidate.start <= start && start < candidate.end);
    const side =
      place && place.kind === 'region' && place.id.includes('.')
        ? place.id
        : (place?.country ?? (/^\p{Lu}/u.test(part) ? (DEMONYM_COUNTRIES.get(word) ?? COUNTRY_NAMES.get(word)) : null));
    if (side) sides.push(side);
    start = end + 1;
  }
  return sides;
}

/**
 * Who a sentence's words stand for, by country: "Moscow", "the Pentagon", "Ukrainian", a place in a
 * country. And who says a figure is so ("Ukraine claimed", "according to the U.S. military"): a
 * side's losses in a war are told by each side its own way, and two sides' counts are two figures.
 */
import type { Token } from '../text';
import type { PlaceKind, TextRange } from '../types';
import { DEMONYMS } from '../places/demonyms';
import { ACTOR_COUNTRIES, BE_FORMS, DEMONYM_COUNTRIES, LOCATIVE_WORDS } from './frame-lexicon';
import { isCapitalized, lower } from './frame-phrases';

/** A place the sentence names, as the frame needs it: where it is and the country it stands for. */
export interface FramePlace extends TextRange {
  id: string;
  kind: PlaceKind;
  country: string | null;
}

/** Whether a word names a people: a demonym, capitalized. */
export const isDemonym = (text: string, token: Token) => DEMONYMS.has(token.term) && isCapitalized(text, token);

/** The country one word of a list stands for, reading a two-word name ("white house") where there is one. */
export function actorAt(
  text: string,
  list: readonly Token[],
  index: number,
  places: readonly FramePlace[],
): string | null {
  const token = list[index]!;
  const word = lower(text, token);
  const two = index + 1 < list.length ? `${word} ${lower(text, list[index + 1]!)}` : '';
  if (ACTOR_COUNTRIES.has(two)) return ACTOR_COUNTRIES.get(two)!;
  if (isCapitalized(text, token) && ACTOR_COUNTRIES.has(word)) return ACTOR_COUNTRIES.get(word)!;
  // A people is written capitalized: "3,000 poles along the road" are no Poles.
  if (isDemonym(text, token)) return DEMONYM_COUNTRIES.get(token.term) ?? token.term;
  return places.find((place) => place.start <= token.start && token.end <= place.end)?.country ?? null;
}

/**
 * Who a word of a speaker's name stands for, its possessive too: "Ukraine's military said", "the
 * Kremlin's spokesman said" (the word runs past the place's name by its "'s").
 */
export function speakerAt(
  text: string,
  list: readonly Token[],
  index: number,
  places: readonly FramePlace[],
): string | null {
  const actor = actorAt(text, list, index, places);
  if (actor) return actor;
  const token = list[index]!;
  if (!/['’]s$/i.test(text.slice(token.start, token.end))) return null;
  if (isCapitalized(text, token) && ACTOR_COUNTRIES.has(token.term)) return ACTOR_COUNTRIES.get(token.term)!;
  return places.find((place) => place.start <= token.start && token.start < place.end)?.country ?? null;
}

const SAYING = new Set([
  'said',
  'says',
  'say',
  'claimed',
  'claims',
  'claim',
  'confirmed',
  'confirms',
  'estimated',
  'estimates',
  'reported',
  'reports',
  'announced',
  'announces',
  'told',
  'tells',
  // "the Ukrainian foreign ministry saying Tuesday that Russia has massed 115,000 troops" ("claiming
  // the lives of" is no saying).
  'saying',
  // "Colonel General Sergey Rudskoy informed on Friday that so far, 1,351 Russian soldiers...".
  'informed',
]);
/**
 * Where the words a sentence reports begin: after its last verb of saying or warning before the
 * figure ("Zakharova said Ukraine has amassed 125,000 troops"), or -1. Who speaks is not who holds.
 */
export function reportedClauseStart(text: string, before: readonly Token[]): number {
  for (let index = before.length - 1; index >= 0; index--) {
    const word = lower(text, before[index]!);
    if (!SAYING.has(word) && !WARNING.has(word)) continue;
    // "Blinken warned Ukraine's allies that Russia could deploy": whom it was told to is not in the report.
    for (let at = index + 1; at < Math.min(before.length, index + 1 + ADDRESSEE_REACH); at++)
      if (before[at]!.term === 'that') return at + 1;
    return index + 1;
  }
  return -1;
}
const ADDRESSEE_REACH = 6;
const BESIDE_A_VERB: ReadonlySet<string> = new Set('now also still already'.split(' '));
/**
 * "Were assessed at", "are now widely assessed at": a passive, whose judge is unnamed. After a comma
 * the verb is as often active ("The Institute, a U.S. think tank, assessed that") and keeps its speaker.
 */
function judgedPassively(text: string, before: readonly Token[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (BESIDE_A_VERB.has(before[at]!.term) || /ly$/.test(before[at]!.term))) at--;
  return at >= 0 && BE_FORMS.has(before[at]!.term);
}
const WARNING = new Set([
  'warned',
  'warns',
  'warn',
  'alleged',
  'alleges',
  'insisted',
  'insists',
  'believes',
  'believe',
  'assessed',
  'assesses',
  'assess',
]);

// How far before "said" its speaker is looked for: "Russia's general staff said", "The U.S. military says".
const SPEAKER_REACH = 5;
// How far after "according to" the source is named: "according to the Ukrainian military".
const SOURCE_REACH = 4;
const PRONOUNS = /^(?:it|they)$/;
const SPEAKER_BREAK = /[—–,;:()]/;

/**
 * The countries that say the figure is so, read before it in its sentence: the speaker of the last
 * verb of saying or judging ("Ukraine claimed to have killed 5,710", "The U.S. government has
 * assessed that nearly 10,000"), the source after "according to"; for "it
 * said", the one actor the sentence opens with ("Russia lists its deaths as secrets ... when it said
 * that 1,351 had been killed"). Empty when the sentence does not say, or names no country for it.
 */
export function claimantsOf(
  text: string,
  sentenceWords: readonly Token[],
  figureStart: number,
  places: readonly FramePlace[],
): string[] {
  const before = sentenceWords.filter((token) => token.end <= figureStart);
  const found = new Set<string>();
  for (let index = before.length - 1; index >= 0 && found.size === 0; index--) {
    const word = before[index]!.term;
    if (word === 'according' && before[index + 1]?.term === 'to') {
      // The source's own words only: "According to officials, Ukraine has killed ..." names none.
      for (let at = index + 2; at < Math.min(before.length, index + 2 + SOURCE_REACH); at++) {
        if (SPEAKER_BREAK.test(text.slice(before[at - 1]!.end, before[at]!.start))) break;
        const actor = speakerAt(text, before, at, places);
        if (actor) found.add(actor);
      }
    } else if (
      SAYING.has(lower(text, before[index]!)) ||
      // "Its losses were assessed at 10,000": what is judged is not who judges.
      (WARNING.has(lower(text, before[index]!)) && !judgedPassively(text, before, index))
    ) {
      const speaker = before[index - 1];
      if (speaker && PRONOUNS.test(lower(text, speaker))) {
        // Where something happened ("its casualty figures in Ukraine") is not who speaks.
        const opening = before
          .slice(0, index - 1)
          .map((_, at) =>
            LOCATIVE_WORDS.has(before[at - 1]?.term ?? '') ? null : speakerAt(text, before, at, places),
          );
        const actors = new Set(opening.filter((actor): actor is string => actor !== null));
        if (actors.size === 1) found.add([...actors][0]!);
      } else {
        // The speaker's own words only: "Odesa — The U.S. military says" is filed from Odesa.
        for (let at = index - 1; at >= Math.max(0, index - SPEAKER_REACH); at--) {
          const actor = speakerAt(text, before, at, places);
          if (actor) found.add(actor);
          if (at > 0 && SPEAKER_BREAK.test(text.slice(before[at - 1]!.end, before[at]!.start))) break;
        }
      }
      // A verb of saying whose speaker is no country ("He also told the Commons") still ends the search.
      break;
    }
  }
  if (found.size === 0)
    for (const source of trailingSources(text, sentenceWords, figureStart, places)) found.add(source);
  return [...found].sort();
}

// "... have been killed since the invasion, according to the latest update from the United Nations
// Human Rights Office": a source named at the sentence's end, a few words into its phrase.
const TRAILING_SOURCE_REACH = 7;
const SITTING_WORDS: ReadonlySet<string> = new Set('in at near inside outside across throughout'.split(' '));
function trailingSources(
  text: string,
  sentenceWords: readonly Token[],
  figureStart: number,
  places: readonly FramePlace[],
): string[] {
  const after = sentenceWords.filter((token) => token.start > figureStart);
  const at = after.findIndex((token, index) => token.term === 'according' && after[index + 1]?.term === 'to');
  if (at < 0) return [];
  const found = new Set<string>();
  for (let word = at + 2; word < Math.min(after.length, at + 2 + TRAILING_SOURCE_REACH); word++) {
    if (SPEAKER_BREAK.test(text.slice(after[word - 1]!.end, after[word]!.start))) break;
    // "the UN monitoring mission in Ukraine": where the source sits is not who it is.
    if (SITTING_WORDS.has(after[word - 1]!.term)) continue;
    const actor = speakerAt(text, after, word, places);
    if (actor) found.add(actor);
  }
  return [...found];
}

const RECEIVING = /^(?:received|receives|receive|receiving|got|gets|obtained)$/;
// Words between a receiver and its verb: "Ukraine has already received", "Kyiv has so far got".
const BESIDE_RECEIVING = /^(?:has|have|had|already|now|also|so|far|reportedly|just|since)$/;
/**
 * Who a figure is given to when the clause says so by its subject: "Israel received $3.8 billion in
 * military aid from the U.S.": Israel receives it, and holds nothing. The actor right before the
 * verb of receiving, or null.
 */
export function receiverBefore(text: string, before: readonly Token[], places: readonly FramePlace[]): string | null {
  let verb = before.length - 1;
  while (verb >= 0 && !RECEIVING.test(before[verb]!.term)) verb--;
  if (verb < 0) return null;
  let at = verb - 1;
  while (at >= 0 && BESIDE_RECEIVING.test(before[at]!.term)) at--;
  return at >= 0 ? actorAt(text, before, at, places) : null;
}

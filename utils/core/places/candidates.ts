/**
 * Step one of finding places: the phrases of a text that a gazetteer knows, with what surrounds
 * them. Which place a phrase is, is resolve-places.ts's job; whether it is a place at all here is
 * place-rules.ts's and the tagger's.
 */

import { STOPWORDS } from '../stopwords';
import { nextWordStart, wordEnd } from '../word-scanner';
import type { TextRange } from '../types';
import type { Gazetteer } from './gazetteer';
import { CAPITALIZED, splitHyphened, type Word } from './hyphened-words';
import { NEAR_MISS_MIN_LETTERS } from './near-miss';
import { isZeroWidth } from '../zero-width';
import { isGivenName } from './given-names';
import { INSTITUTION_AFTER, LOCAL_OFFICE, NOT_A_SURNAME, PLACE_WORD_AFTER } from './place-cues';
import { placeKey } from './place-key';
import { shoutedWords } from './shouted-words';

export interface NameCandidate extends TextRange {
  surface: string;
  key: string;
  /** First word of its sentence: capitalized whatever it is. */
  sentenceStart: boolean;
  /** Up to 24 characters before, lower-cased: "the city of ", "fighting near ". */
  textBefore: string;
  /** Up to 24 characters after, lower-cased: " region", " oblast,". */
  textAfter: string;
  /** The capitalized word just before, when the name sits inside a longer proper name ("President Obama"). */
  capitalizedBefore: string;
  /** How many capitalized words run on just before it (up to 3, none opening a sentence): two or more close a longer name ("Radio Free Europe"). */
  capitalizedRunBefore: number;
  /** The capitalized word just after, when it is not part of the match ("Fox News", "Washington Post"). */
  capitalizedAfter: string;
  /** "Louisville, Ky.", "Walker County (Ga.)": the candidate right after a comma or an opening bracket that follows another candidate. */
  afterComma: NameCandidate | null;
  /** Dotted abbreviation such as "Ky." or "U.S.". */
  dotted: boolean;
  /** False for a capitalized word the gazetteer does not know: a candidate for near-miss matching only. */
  known: boolean;
  /** A part of a hyphened word the gazetteer does not know whole: "Montreal-area", "Russia-Turkey ties", "London-based". */
  hyphenPart: boolean;
  /** After a surname's particle: "Luis de Miranda", "De Miranda writes" (names with one are read whole: "Rio de Janeiro"). */
  afterParticle: boolean;
}

const SURNAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
]);
// "ST." and "MT." are how a dateline in capitals writes the "St." and "Mt." that open names ("ST. LOUIS").
const DOTTED_ABBREVIATION = /^(?:[A-Z]\.){2,}$|^[A-Z]\.[A-Z][a-z]{1,3}\.$|^[A-Z][a-z]{1,4}\.$|^(?:STE?|MT|FT)\.$/;
const POSSESSIVE = /['’ʼ]s$/;
const FULL_STOP = 46;
const LETTER_S = 115;
const isAsciiCapital = (code: number) => code >= 65 && code <= 90;
const isAsciiLowerCase = (code: number) => code >= 97 && code <= 122;
const capitalAt = (text: string, at: number) => isAsciiCapital(text.charCodeAt(at));
const stopAt = (text: string, at: number) => text.charCodeAt(at) === FULL_STOP;
// A French or Arabic article joined to a capitalized name is a name's word: "Côte d'Ivoire", "Ras
// al-Khaimah", "Deir ez-Zor", "Kafr el-Sheikh".
const PARTICLE_BEFORE_NAME = /^(?:[dl]['’]|(?:a[dglnrstz]|ash|e[dlnrstz]|u[dlnr])[-‐‑])\p{Lu}/u;
// Lower-case words that may sit inside a multi-word name: "Bosnia and Herzegovina", "Sea of Azov", "Dar es Salaam".
const NAME_CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'es',
  'da',
  'do',
  'la',
  'le',
  'el',
  'al',
  'upon',
  'on',
  'sur',
]);
// Lower-case words that may end a name the gazetteer knows whole: "the Crimean peninsula", "Donetsk region", "the Baltic states".
const GEOGRAPHIC_WORDS = new Set([
  'peninsula',
  'river',
  'sea',
  'lake',
  'island',
  'islands',
  'valley',
  'strait',
  'gulf',
  'bay',
  'region',
  'oblast',
  'province',
  'mountains',
  'states',
  'countries',
  'republics',
]);
const MAX_NAME_WORDS = 6;
const CONTEXT_CHARACTERS = 24;

/** "U.S.", "U.S.A.", "W.Va.": where a dotted abbreviation starting at `start` ends, or -1 when none does. */
function dottedAbbreviationEnd(text: string, start: number): number {
  if (!capitalAt(text, start) || !stopAt(text, start + 1) || !capitalAt(text, start + 2)) return -1;
  if (stopAt(text, start + 3)) {
    let end = start + 4;
    while (capitalAt(text, end) && stopAt(text, end + 1)) end += 2;
    return end;
  }
  let lowerCase = 0;
  while (lowerCase < 3 && isAsciiLowerCase(text.charCodeAt(start + 3 + lowerCase))) lowerCase++;
  return lowerCase > 0 && stopAt(text, start + 3 + lowerCase) ? start + 4 + lowerCase : -1;
}

/** The words of a text: with inner apostrophes or hyphens ("Kleban-Byk", "Ukraine’s"), dotted abbreviations ("U.S.", "W.Va.", "Ky."). */
export function splitWords(text: string): Word[] {
  const result: Word[] = [];
  for (let start = nextWordStart(text, 0), end = 0; start < text.length; start = nextWordStart(text, end)) {
    end = dottedAbbreviationEnd(text, start);
    if (end < 0) {
      end = wordEnd(text, start);
      if (text.charCodeAt(end) === FULL_STOP) end++;
    }
    let raw = text.slice(start, end);
    // Every dotted abbreviation opens with a capital A-Z and ends with its full stop.
    const endsWithStop = raw.charCodeAt(raw.length - 1) === FULL_STOP;
    const dotted = endsWithStop && isAsciiCapital(raw.charCodeAt(0)) && DOTTED_ABBREVIATION.test(raw);
    // A sentence's full stop is not part of its last word, unless the word is an abbreviation.
    if (endsWithStop && !dotted) raw = raw.slice(0, -1);
    const outerEnd = start + raw.length;
    if (raw.charCodeAt(raw.length - 1) === LETTER_S && POSSESSIVE.test(raw)) raw = raw.slice(0, -2);
    const first = raw.charCodeAt(0);
    const capitalized =
      (first < 128 ? isAsciiCapital(first) : CAPITALIZED.test(raw)) ||
      (isAsciiLowerCase(first) && PARTICLE_BEFORE_NAME.test(raw));
    result.push({ text: raw, start, end: start + raw.length, outerEnd, capitalized, dotted });
  }
  return result;
}

// Characters skipped when looking back for a sentence's end: spaces, quotes, brackets, dashes.
const SKIPPED_BEFORE_WORD = new Set([...' \t\r\u00a0"“‘\'([—–-'].map((char) => char.charCodeAt(0)));
const SENTENCE_ENDS = new Set([...'.!?:'].map((char) => char.charCodeAt(0)));
const NEWLINE = 10;

function isSentenceStart(text: string, position: number): boolean {
  for (let index = position - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === NEWLINE) return true;
    if (SKIPPED_BEFORE_WORD.has(code)) continue;
    return SENTENCE_ENDS.has(code);
  }
  return true;
}

/** Capitalized words, no function word among them and none opening a sentence, joined by spaces up to the word at `index` (at most 3). */
function capitalizedRunBefore(text: string, wordList: readonly Word[], index: number): number {
  let count = 0;
  for (let at = index - 1; at >= 0 && count < 3; at--) {
    const word = wordList[at]!;
    if (!word.capitalized || STOPWORDS.has(word.text.toLowerCase()) || !adjacent(text, word, wordList[at + 1]!)) break;
    if (isSentenceStart(text, word.start)) break;
    count++;
  }
  return count;
}

/** After a surname's particle: "Luis de Miranda", "de Miranda writes", "De Miranda's", "van Gogh". */
function isAfterParticle(text: string, words: readonly Word[], position: number): boolean {
  const particle = words[position - 1];
  return (
    particle !== undefined &&
    SURNAME_PARTICLES.has(particle.text.toLowerCase()) &&
    adjacent(text, particle, words[position]!)
  );
}

/** Only spaces (no punctuation, no line break) between two words of one name. */
function adjacent(text: string, left: Word, right: Word): boolean {
  if (right.start <= left.outerEnd) return false;
  for (let index = left.outerEnd; index < right.start; index++) {
    const code = text.charCodeAt(index);
    // Spaces, and the zero-width characters pages put between words ("Sea of \u200bAzov").
    if (code !== 32 && code !== 9 && code !== 0xa0 && !isZeroWidth(code)) return false;
  }
  return true;
}

/** `answer`, asked once per argument. */
function remembered<T>(answer: (argument: string) => T): (argument: string) => T {
  const answers = new Map<string, T>();
  return (argument) => {
    let known = answers.get(argument);
    if (known === undefined) answers.set(argument, (known = answer(argument)));
    return known;
  };
}

export interface NameCandidates {
  candidates: NameCandidate[];
  /**
   * Last words of multi-word proper names that are not places ("Andrei Karlov" → "karlov"): when the
   * article later says just "Karlov", that is the man, not a village of that name.
   */
  surnames: Set<string>;
  /**
   * First names before the last words of proper names that are not places, with those last words
   * ("Taylor Swift" → "taylor" → {"swift"}, "Chad Thomas" → "chad" → {"thomas"}): the article's
   * "Taylor" is the woman.
   */
  firstNames: Map<string, Set<string>>;
  /** Words the article also writes in lower case ("mobile", "reading"): common words, not names, at a sentence's start. */
  lowercaseWords: Set<string>;
}

// A comma and a name of one or two capitalized words, as a region is written after its town.
const REGION_AFTER_COMMA = /^\s*,\s*(\p{Lu}[\p{L}.'’-]*)(?:[^\S\n]+(\p{Lu}[\p{L}.'’-]*))?/u;
const REGION_AFTER_COMMA_REACH = 50;

export function findNameCandidates(text: string, gazetteer: Gazetteer): NameCandidates {
  // A page repeats its names: each spelling is folded once, and each key looked up once.
  const wordKey = remembered((spelling: string) => placeKey(spelling));
  const hasKey = remembered((key: string) => gazetteer.hasKey(key));
  // Places other than hamlets tell a person's name from a place's (hamlets bear people's names:
  // "Susan Moore") and which of two names starting at one word is meant.
  const namesAPlace = (key: string) => gazetteer.hasKeyBesidesHamlets(key);
  const wordList = splitHyphened(splitWords(text), (spelling) => namesAPlace(wordKey(spelling)));
  const wordKeyAt = (position: number) => wordKey(wordList[position]!.text);
  const hasKeyStartingWith = remembered((prefix: string) => gazetteer.hasKeyStartingWith(prefix));
  // A phrase's key is its words' keys joined (placeKey folds nothing across a space), less a leading "the".
  const spanKey = (from: number, to: number) => {
    let key = '';
    for (let position = from; position <= to; position++) {
      const part = wordKeyAt(position);
      if (!part || (position === from && to > from && part === 'the')) continue;
      key = key ? `${key} ${part}` : part;
    }
    return key;
  };
  const shouted = shoutedWords(text, wordList);
  const found: NameCandidate[] = [];
  const surnames = new Set<string>();
  const firstNames = new Map<string, Set<string>>();
  const lowercaseWords = new Set<string>();
  for (const word of wordList) if (!word.capitalized) lowercaseWords.add(word.text);
  // A capitalized word opening a sentence is part of a name only if it is not an ordinary word ("Taking Bakhmut").
  const joinsName = (word: Word) => {
    const lower = word.text.toLowerCase();
    if (STOPWORDS.has(lower)) return false;
    return !isSentenceStart(text, word.start) || !(lowercaseWords.has(lower) || /(ing|ed|ly)$/.test(lower));
  };
  let runStart = 0;
  wordList.forEach((word, position) => {
    if (!word.capitalized || shouted[position]) {
      runStart = position + 1;
      return;
    }
    const previous = wordList[position - 1];
    // "Luis de Miranda", "Vincent van Gogh": a name after a surname's particle is the person's.
    // (The name the particle may sit inside starts a word before it: "Rio de Janeiro"; a text may open with it.)
    if (isAfterParticle(text, wordList, position) && !namesAPlace(spanKey(Math.max(0, position - 2), position)))
      surnames.add(wordKeyAt(position));
    if (position > runStart && previous && adjacent(text, previous, word) && joinsName(previous)) {
      const next = wordList[position + 1];
      const runEnds = !next || !next.capitalized || !adjacent(text, word, next);
      if (runEnds && !namesAPlace(spanKey(runStart, position))) {
        surnames.add(wordKeyAt(position));
        // Not after a possessive ("Georgia's Parliament" is the country's), nor across a sentence's end.
        const possessive = previous.end < previous.outerEnd;
        const surname =
          !STOPWORDS.has(word.text.toLowerCase()) &&
          !PLACE_WORD_AFTER.test(word.text) &&
          !INSTITUTION_AFTER.test(word.text) &&
          !LOCAL_OFFICE.test(word.text) &&
          !NOT_A_SURNAME.test(word.text);
        if (!possessive && !previous.dotted && surname && isGivenName(previous.text)) {
          const first = wordKeyAt(position - 1);
          firstNames.set(first, (firstNames.get(first) ?? new Set()).add(wordKeyAt(position)));
        }
      }
    } else {
      runStart = position;
    }
  });
  // "Dallas City, Illinois", "Dallas City, Ill.": a hamlet's name followed across a comma by its region's.
  const isFollowedByItsRegion = (hamletKey: string, end: number) => {
    const after = REGION_AFTER_COMMA.exec(text.slice(end, end + REGION_AFTER_COMMA_REACH));
    if (!after) return false;
    const regions = new Set(gazetteer.withKey(hamletKey).map(({ place }) => place.regionId));
    const names = after[2] ? [`${after[1]} ${after[2]}`, after[1]!] : [after[1]!];
    return names.some((name) => gazetteer.withKey(wordKey(name)).some(({ place }) => regions.has(place.id)));
  };
  let index = 0;
  while (index < wordList.length) {
    const first = wordList[index]!;
    if (!first.capitalized) {
      index++;
      continue;
    }
    // Longest known name starting here: "Democratic Republic of the Congo" before "Congo". A name only
    // hamlets bear is matched only where no other starts ("Dallas City Council" is Dallas's)...
    let matchEnd = -1;
    let matchKey = '';
    let hamletEnd = -1;
    let hamletKey = '';
    let last = index;
    for (let next = index + 1; next < wordList.length && next - index < MAX_NAME_WORDS; next++) {
      const word = wordList[next]!;
      if (!adjacent(text, wordList[next - 1]!, word)) break;
      if (!word.capitalized && !NAME_CONNECTORS.has(word.text) && !GEOGRAPHIC_WORDS.has(word.text)) break;
      last = next;
    }
    // Ascending, stopping as soon as no gazetteer key goes on from the words so far.
    for (let end = index; end <= last; end++) {
      const key = spanKey(index, end);
      const lastWord = wordList[end]!;
      const mayEnd = lastWord.capitalized || (end > index && GEOGRAPHIC_WORDS.has(lastWord.text));
      if (key && mayEnd && hasKey(key)) {
        if (namesAPlace(key)) {
          matchEnd = end;
          matchKey = key;
        } else {
          hamletEnd = end;
          hamletKey = key;
        }
      }
      const leadingThe = end === index && key === 'the';
      if (end < last && !leadingThe && !hasKeyStartingWith(`${key} `)) break;
    }
    // ...or where it is paired across a comma with its region, as a town is: "Dallas City, Illinois".
    const pairedHamlet = hamletEnd > matchEnd && isFollowedByItsRegion(hamletKey, wordList[hamletEnd]!.end);
    if ((matchEnd < 0 || pairedHamlet) && hamletEnd >= 0) {
      matchEnd = hamletEnd;
      matchKey = hamletKey;
    }
    if (matchEnd < 0) {
      // Unknown long words may still be misspelled places; the finder decides whether to look further.
      // Shorter ones are never looked up as near misses, so they are not candidates.
      if (first.text.length < NEAR_MISS_MIN_LETTERS) {
        index++;
        continue;
      }
      matchEnd = index;
      matchKey = wordKeyAt(index);
    }
    // "The Hague" keeps its article; "the United States" at a sentence's start does not.
    if (first.text === 'The' && matchEnd > index && hasKey(spanKey(index + 1, matchEnd))) {
      index++;
      continue;
    }
    const lastWord = wordList[matchEnd]!;
    const before = wordList[index - 1];
    const after = wordList[matchEnd + 1];
    const joinedBefore = before && adjacent(text, before, first);
    const joinedAfter = after && adjacent(text, lastWord, after);
    const previous = found.at(-1);
    // "Walker County (Ga.)" pairs as "Walker County, Ga." does.
    const pairedWithPrevious = previous && /^(?:,\s*|\s\()$/.test(text.slice(previous.end, first.start));
    // In a headline in capitals, the words beside a name say nothing of its being part of a longer one.
    const inCapitals = shouted[index]! && shouted[matchEnd]!;
    found.push({
      start: first.start,
      end: lastWord.end,
      surface: text.slice(first.start, lastWord.end),
      key: matchKey,
      sentenceStart: isSentenceStart(text, first.start),
      textBefore: text.slice(Math.max(0, first.start - CONTEXT_CHARACTERS), first.start).toLowerCase(),
      textAfter: text.slice(lastWord.end, lastWord.end + CONTEXT_CHARACTERS).toLowerCase(),
      // "In Kharkiv": a sentence's capitalized function word is no part of a name.
      capitalizedBefore:
        joinedBefore && before.capitalized && !inCapitals && !STOPWORDS.has(before.text.toLowerCase())
          ? before.text
          : '',
      capitalizedRunBefore: inCapitals ? 0 : capitalizedRunBefore(text, wordList, index),
      // A word ending in a full stop may end its sentence ("in Ohio. Another"): what follows is not part of its name.
      capitalizedAfter: joinedAfter && after.capitalized && !lastWord.dotted && !inCapitals ? after.text : '',
      afterComma: pairedWithPrevious ? previous : null,
      dotted: first === lastWord && first.dotted,
      known: hasKey(matchKey),
      hyphenPart: first.hyphenPart === true,
      afterParticle: isAfterParticle(text, wordList, index),
    });
    index = matchEnd + 1;
  }
  return { candidates: found, surnames, firstNames, lowercaseWords };
}

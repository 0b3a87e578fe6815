/**
 * Names ruled out before any place is chosen for them: the reasons a capitalized word that the
 * gazetteer knows is no place here, whatever place it might be (a demonym, a function word, part of a
 * web address or of an organisation's name), and where an unknown word may be looked up as a
 * misspelled place. Read from the cues around the name (place-cues.ts).
 */
import type { NameCandidate } from './candidates';
import { DEMONYMS } from './demonyms';
import { STOPWORDS } from '../stopwords';
import { foldPlaceName } from './place-key';
import {
  CONTRACTION,
  DISEASE_AFTER,
  LOCAL_OFFICE,
  MODIFIERS,
  NOT_PLACES,
  NUMBER_WORDS,
  ORGANISATION_OF_BEFORE,
  PLACE_PREPOSITION_BEFORE,
  REGION_AFTER,
  TITLE_BEFORE,
} from './place-cues';

const IN_WEB_ADDRESS = /(?:\/\/|www\.|[a-z0-9]\.[a-z]{2,6}\/)\S*$/;
// "JOIN US ON TELEGRAM", "FOLLOW US ON X", "CONTACT US.": a page's call to its readers (the words
// around a name are read in lower case).
const CALL_TO_READERS_BEFORE = /\b(?:join|follow|contact|e-?mail|message|subscribe to)\s+$/;
const CALL_TO_READERS_AFTER =
  /^(?:\s+on\s+(?:telegram|twitter|x|facebook|instagram|youtube|whatsapp|viber|tiktok|threads|linkedin)\b|\s*(?:[.!:]|$))/;
const BALTIC_GROUP_AFTER = /^\s+(?:states|countries|republics|nations|nato|allies|members|neighbou?rs)\b/;

/** A one-word name the article also writes in lower case is that common word ("Mobile", "Center", "Justice"). */
export function isCommonWord(candidate: NameCandidate, lowercaseWords: ReadonlySet<string>): boolean {
  return !/\s/.test(candidate.surface) && lowercaseWords.has(candidate.surface.toLowerCase());
}

/** Reasons a capitalized word that a gazetteer knows is not a place here, whatever place it might be. */
export function isRuledOut(candidate: NameCandidate, lowercaseWords: ReadonlySet<string>): boolean {
  const folded = foldPlaceName(candidate.surface);
  // A plural demonym ("Russians") is no place, but a known name is not one for ending in s ("Laos").
  if (NOT_PLACES.has(folded) || DEMONYMS.has(folded) || (!candidate.known && DEMONYMS.has(folded.replace(/s$/, ''))))
    return true;
  if (TITLE_BEFORE.test(candidate.capitalizedBefore)) return true;
  // A function word, number word or contraction is that word, whatever a gazetteer files under it:
  // "Over the weekend", "Ten people", "I'll" (folded, Illinois's "Ill.").
  if (!/\s/.test(candidate.surface) && candidate.surface !== candidate.surface.toUpperCase()) {
    const word = candidate.surface.toLowerCase();
    if (STOPWORDS.has(word) || NUMBER_WORDS.has(word) || CONTRACTION.test(word)) return true;
  }
  if (DISEASE_AFTER.test(candidate.textAfter)) return true;
  // "the Baltic states", "Baltic republics": the adjective of a group of countries, not a village in Connecticut.
  if (folded === 'baltic' && BALTIC_GROUP_AFTER.test(candidate.textAfter)) return true;
  // "US$460 million", "C$20": a currency, not the country.
  if (candidate.textAfter.startsWith('$')) return true;
  if (
    candidate.surface === 'US' &&
    CALL_TO_READERS_BEFORE.test(candidate.textBefore) &&
    CALL_TO_READERS_AFTER.test(candidate.textAfter)
  )
    return true;
  // Part of a web address ("developer.mozilla.org/en-US/Apps") or of a photo's credit ("Clodagh Kilcoyne/PA").
  if (IN_WEB_ADDRESS.test(candidate.textBefore)) return true;
  if (
    /\p{L}\/$/u.test(candidate.textBefore) &&
    candidate.surface === candidate.surface.toUpperCase() &&
    /^\s*(?:\)|\n|$)/.test(candidate.textAfter)
  )
    return true;
  // "Voice of America", "the Peanut Corporation of America": the end of an organisation's name.
  if (ORGANISATION_OF_BEFORE.test(candidate.textBefore)) return true;
  const letters = candidate.surface.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return true;
  // A sentence's first word that the article also uses in lower case is a common word: "Mobile", "Police";
  // an office's name is one even when the article does not ("Police in London, Ontario, said").
  return candidate.sentenceStart && (isCommonWord(candidate, lowercaseWords) || LOCAL_OFFICE.test(candidate.surface));
}

/** A small or ambiguous place's name inside a longer proper name is that name's: "Fox News", "Andrei Karlov". */
export function insideOtherName(candidate: NameCandidate): boolean {
  if (
    candidate.capitalizedAfter &&
    !/^(River|Oblast|Region|Province|County)$/.test(candidate.capitalizedAfter) &&
    !LOCAL_OFFICE.test(candidate.capitalizedAfter)
  )
    return true;
  return (
    Boolean(candidate.capitalizedBefore) && !MODIFIERS.has(candidate.capitalizedBefore) && !candidate.sentenceStart
  );
}

/**
 * May an unknown word be looked up as a misspelled place? Only where the text says a place follows
 * ("near Kharkhiv", "Pokrovs'k region"), and never a sentence's first word, a surname or a common word.
 */
export function mayBeMisspelledPlace(
  candidate: NameCandidate,
  surnames: ReadonlySet<string>,
  lowercaseWords: ReadonlySet<string>,
): boolean {
  return (
    (PLACE_PREPOSITION_BEFORE.test(candidate.textBefore) || REGION_AFTER.test(candidate.textAfter)) &&
    !candidate.sentenceStart &&
    !/\s/.test(candidate.surface) &&
    !surnames.has(candidate.key) &&
    !isCommonWord(candidate, lowercaseWords) &&
    !insideOtherName(candidate)
  );
}

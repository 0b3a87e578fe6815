/**
 * Which of the places a name's key finds it may be, by how the name is written: abbreviations only
 * as the curated supplement spells them, and outside the romanizations of Cyrillic, a place only
 * by its own spelling. Pure: it reads a candidate and its options.
 */
import type { NameCandidate } from './candidates';
import type { PlaceCandidate } from './gazetteer';
import { SETTLEMENT_KINDS } from './place-context';
import { DATELINE_AFTER } from './place-cues';
import { foldPlaceName, placeKey } from './place-key';

/** Abbreviations name places only as the curated supplement spells them: "US" and "NSW", not "HIV" or "BBC". */
export function usableOptions(candidate: NameCandidate, allOptions: PlaceCandidate[]): PlaceCandidate[] {
  const options = spelledAsNamed(candidate, allOptions);
  const letters = candidate.surface.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase() || letters.length > 5) return options;
  // A dateline writes its town in capitals: "PARIS, Mo. —", "KYIV (Reuters) -".
  if (candidate.sentenceStart && letters.length >= 4 && DATELINE_AFTER.test(candidate.textAfter))
    return options.filter((option) => option.mainName || option.curated);
  // Spelled exactly as curated: the key's folding of doubled letters would make "BBC" the "BC" of British Columbia.
  if (placeKey(candidate.surface) !== foldPlaceName(candidate.surface)) return [];
  return options.filter(
    (option) => option.curated && !(letters.length === 2 && isUndottedStateCode(option, candidate)),
  );
}

/**
 * Two capitals that are a US state's code ("LA", "MD", "PA") name the state where an address puts
 * it, after a town and a comma ("Shreveport, LA"); in prose they are another name or a word ("fans
 * in LA", "a MD").
 */
const isUndottedStateCode = ({ place }: PlaceCandidate, candidate: NameCandidate) =>
  place.kind === 'region' &&
  place.country === 'US' &&
  candidate.afterComma === null &&
  !candidate.surface.includes('.');

// A capital and a few letters with a vowel among them, the capital included ("Con", "Dell", "Ill"; not "Qld").
const SHORT_WORD = /^(?:[AEIOUY][a-z]{1,4}|[A-Z](?=[a-z]*[aeiouy])[a-z]{1,4})$/;
// Where news and gazetteers romanize one name several ways (Dobropillya, Dobropillia; Kupjansk).
const ROMANIZED_COUNTRIES = new Set('UA RU BY MD KZ KG UZ TJ TM AZ AM GE MN BG RS MK ME BA'.split(' '));

const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);

// Words that begin or end many places' names, and so say nothing of which place another name is.
const GENERIC_WORDS = new Set(
  'north south east west new old upper lower great little greater saint st san santa fort port mount lake city town'.split(
    ' ',
  ),
);

/**
 * Whether another name of a place is a form of its own: one's words begin or end the other's ("New
 * York" of New York City, "Hull" of Kingston upon Hull), or they share a first or last word that is
 * not a compass point or a title ("Mount Royal", Mont-Royal; not "West Side", West Newton).
 */
function isFormOf(name: string, other: string): boolean {
  const [shorter, longer] = name.length <= other.length ? [name, other] : [other, name];
  if (longer === shorter || longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`)) return true;
  const words = name.split(/[\s-]+/);
  const otherWords = other.split(/[\s-]+/);
  const shared = (word: string | undefined, otherWord: string | undefined) =>
    word !== undefined && word === otherWord && !GENERIC_WORDS.has(word);
  return shared(words[0], otherWords[0]) || shared(words.at(-1), otherWords.at(-1));
}

/**
 * The key folds doubled letters and y/i for the romanizations of Ukrainian and Russian. Elsewhere a
 * place's own name must be written as it is: "LEDs" is not Leeds, "Sony" not Soni, "Keep" not Kep.
 */
function spelledAsNamed(candidate: NameCandidate, options: PlaceCandidate[]): PlaceCandidate[] {
  // A near miss ("Mauritious") was looked up for being misspelled.
  if (!candidate.known) return options;
  // Read once for all the name's options, and only when there is one.
  let surface: string | undefined;
  let shortWord: boolean | undefined;
  return options.filter(({ place, mainName, curated }) => {
    surface ??= foldPlaceName(candidate.surface);
    if (curated && (shortWord ??= SHORT_WORD.test(candidate.surface.replace(/\.$/, '')))) {
      // A state's abbreviation is dotted ("Conn.", "Del.", "Miss."): without its dot it is a word or a name.
      if (place.kind === 'region' && surface !== foldPlaceName(place.name))
        return candidate.dotted || candidate.afterComma !== null;
      // A city's is in capitals ("LA"): "La", in "La Civilta Cattolica", is another word, and "La." Louisiana.
      if (SETTLEMENT_KINDS.has(place.kind) && !isFormOf(surface, foldPlaceName(place.name))) return false;
    }
    if (curated || ROMANIZED_COUNTRIES.has(place.country)) return true;
    if (mainName) return surface === foldPlaceName(place.name);
    // English-speaking places go by their own names: another of theirs is part of it ("New York" for
    // New York City, "Hull" for Kingston upon Hull) or a former one ("Google", for a month, Topeka).
    return !ENGLISH_SPEAKING.has(place.country) || isFormOf(surface, foldPlaceName(place.name));
  });
}

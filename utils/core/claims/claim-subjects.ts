/**
 * What a figure is about. Its places: those its sentence names, nearest first; or, when the
 * sentence only says "the region" or "the city", the last place of that kind named before it
 * ("around 70% of the region" after "Battlefield developments in Donetsk"). Its terms: the words
 * around the figure that say what was measured ("control", "troops", "killed"), stemmed so
 * "controls" and "control" meet.
 */
import type { Gazetteer, Place } from '../places/gazetteer';
import type { PlaceMention } from '../places/find-places';
import { SETTLEMENT_KINDS } from '../places/place-context';
import { isContentTerm, words, type Sentence, type Token } from '../text';
import type { ClaimSubject, PlaceKind, TextRange } from '../types';

export interface PlaceInText extends TextRange {
  id: string;
  name: string;
  kind: PlaceKind;
  /** The first-level region the place lies in, if any. */
  region: { id: string; name: string } | null;
  /** The country it lies in (ISO code), or null above countries (continents, seas). */
  country: string | null;
  /**
   * A sea, a river, a continent, or an area in no region that spans a degree or more (Donbas, not
   * Schiphol or Lesbos): it describes what is near a figure and names no event's site.
   */
  broad?: boolean;
}

// An area's extent, in degrees, from which it is broad: airports and islands span a tenth of one.
const BROAD_AREA_DEGREES = 1;
const BROAD_KINDS: ReadonlySet<PlaceKind> = new Set(['sea', 'river', 'continent']);
function isBroad(place: Place, inRegion: boolean): boolean {
  if (BROAD_KINDS.has(place.kind)) return true;
  if (place.kind !== 'area' || inRegion || !place.extent) return false;
  const [south, west, north, east] = place.extent;
  return north - south >= BROAD_AREA_DEGREES || Math.abs(east - west) >= BROAD_AREA_DEGREES;
}

/** The place finder's mentions, with what the subjects need to know of each place. */
export function placesInText(mentions: readonly PlaceMention[], gazetteer: Gazetteer): PlaceInText[] {
  return mentions.flatMap((mention) => {
    const place = gazetteer.get(mention.placeId);
    if (!place) return [];
    const region = place.regionId ? gazetteer.get(place.regionId) : undefined;
    return [
      {
        start: mention.start,
        end: mention.end,
        id: place.id,
        name: place.name,
        kind: place.kind,
        region: region ? { id: region.id, name: region.name } : null,
        country: place.country || null,
        broad: isBroad(place, region !== undefined),
      },
    ];
  });
}

const ANAPHORS: [RegExp, ReadonlySet<PlaceKind>][] = [
  [/\bthe (?:region|oblast|province|state|territory)\b/i, new Set<PlaceKind>(['region', 'district', 'area'])],
  [/\bthe (?:city|town|village|settlement|municipality)\b/i, SETTLEMENT_KINDS],
  [/\bthe country\b/i, new Set<PlaceKind>(['country'])],
  [/\b(?:the area|there)\b/i, new Set<PlaceKind>(['region', 'district', 'area', ...SETTLEMENT_KINDS])],
];
const TERM_WINDOW = 7;
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|dozen|percent|cent)s?$/;

/** A light stem: enough for "controls"/"control", "killed"/"kill", "evacuating"/"evacuate" to meet. */
export function stem(term: string): string {
  if (term.length <= 4) return term;
  return term
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/e$/, '');
}

const REGION_KINDS = new Set<PlaceKind>(['region', 'district', 'area']);
// "Donetsk" the city in "Donetsk" the region: a region named after its city.
const namesItsRegion = (place: PlaceInText) =>
  place.region !== null && place.region.name.toLowerCase().startsWith(place.name.toLowerCase());

/** The last place of the kind `phrase` points back to ("the region", "the city"), named before `before` and not before `notBefore`. */
function antecedent(
  phrase: string,
  before: number,
  places: readonly PlaceInText[],
  notBefore = 0,
): Pick<PlaceInText, 'id' | 'name' | 'region'> | null {
  for (const [pattern, kinds] of ANAPHORS) {
    if (!pattern.test(phrase)) continue;
    for (let index = places.length - 1; index >= 0; index--) {
      const place = places[index]!;
      if (place.start < notBefore) break;
      if (place.end > before) continue;
      if (kinds.has(place.kind)) return place;
      // "Battlefield developments in Donetsk ... 70% of the region": the city's name stood for its region.
      if ([...kinds].some((kind) => REGION_KINDS.has(kind)) && namesItsRegion(place))
        return { ...place.region!, region: null };
    }
  }
  return null;
}

function placesFor(
  figure: TextRange,
  sentence: TextRange,
  text: string,
  places: readonly PlaceInText[],
  previousSentenceStart: number,
  clause: Clause,
): Pick<PlaceInText, 'id' | 'name' | 'region'>[] {
  // "around 70% of the region": the figure's own words point back, whatever else the sentence names.
  const ownWords = /^\s+(?:of|in|across)\s+the\s+\p{L}+/u.exec(
    text.slice(figure.end, Math.min(sentence.end, figure.end + 30)),
  );
  if (ownWords && ANAPHORS.some(([pattern]) => pattern.test(ownWords[0]))) {
    // "70% of the city of Sievierodonetsk": the place named right after says which.
    const namedAfter = figure.end + ownWords[0].length;
    const apposed = /^\s+of\s+/.exec(text.slice(namedAfter, namedAfter + 6));
    const after = apposed && places.find((place) => place.start === namedAfter + apposed[0].length);
    if (after) return [after];
    // Else the last of its kind named earlier in its sentence or in the one before; further back a
    // reader (and a judge) can no longer tell which city "the city" is.
    const pointedTo = antecedent(
      ownWords[0],
      figure.start,
      places.filter((place) => !namesASide(text, place)),
      previousSentenceStart,
    );
    return pointedTo ? [pointedTo] : [];
  }
  const sentencePlaces = places.filter(
    (place) => place.start >= sentence.start && place.end <= sentence.end && !namesASide(text, place),
  );
  // A clause of its own that names a place: the figure is of that clause's places, and of what the
  // sentence names before its first figure. A clause that names none ("14 people were killed | and
  // 30 injured in Bucha") keeps the sentence's.
  const ownPart = (place: TextRange) => place.start >= Math.max(clause.start, clause.lead) && place.end <= clause.end;
  const inSentence = sentencePlaces.some(ownPart)
    ? sentencePlaces.filter((place) => ownPart(place) || place.end <= clause.lead)
    : sentencePlaces;
  if (inSentence.length) {
    // "Estonia's third biggest city ... its population is 97% Russian-speaking": the figure is of a
    // city in Estonia, not of Estonia; the city, when named, is a place of the sentence too.
    const ofTheirPlace = (place: PlaceInText) =>
      PLACE_WITHIN.test(text.slice(place.end, Math.min(sentence.end, place.end + 60)));
    // "Russian missiles killed 19 people, including five in Kyiv": the place of a part told after the
    // figure is the part's, not the figure's.
    const ofAPart = (place: PlaceInText) =>
      place.start >= figure.end && PART_PLACE.test(text.slice(Math.max(figure.end, place.start - 40), place.start));
    // "The town of Makariv near Kyiv": a city named to say where a settlement lies is not the site.
    const locates = (place: PlaceInText) =>
      LOCATOR_BEFORE.test(text.slice(Math.max(sentence.start, place.start - 40), place.start)) &&
      inSentence.some(
        (site) =>
          site !== place &&
          SETTLEMENT_KINDS.has(site.kind) &&
          site.end <= place.start &&
          LOCATED_SITE.test(text.slice(site.end, place.start)),
      );
    const named = inSentence.filter((place) => !ofTheirPlace(place) && !ofAPart(place) && !locates(place));
    if (!named.length) return [];
    const distance = (place: PlaceInText) =>
      place.start >= figure.end ? place.start - figure.end : figure.start - place.end + 0.5;
    return named.sort((a, b) => distance(a) - distance(b));
  }
  const own = text.slice(sentence.start, sentence.end);
  // "Boychenko said his once-thriving port city of 400,000 people ... 5,000 people there": a place
  // told as someone's is theirs (the mayor's), not the last one named (Bucha, in the sentence before).
  if (SOMEONES_PLACE.test(own)) return [];
  // "Horlivka is ... about 35 kilometers northwest of Donetsk. The city's population is 360,000":
  // "the city" is the one located, not the one named to locate it.
  const previous = antecedent(
    own,
    sentence.start,
    places.filter((place) => !locatesAnother(text, place, places)),
  );
  return previous ? [previous] : [];
}
// "35 kilometers northwest of", "20 miles from", "near", "outside": words that place one town by
// another. Not a bare "of" ("the safety of Zaporizhzhia") nor a bare "from" ("fled from Mariupol").
const LOCATOR_PHRASE =
  /(?:\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+of|\b(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?from|\b(?:near|outside))\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$/i;
const LOCATED_WITHIN = 150;
function locatesAnother(text: string, place: PlaceInText, places: readonly PlaceInText[]): boolean {
  if (!LOCATOR_PHRASE.test(text.slice(Math.max(0, place.start - 40), place.start))) return false;
  return places.some(
    (site) =>
      site !== place &&
      SETTLEMENT_KINDS.has(site.kind) &&
      site.end <= place.start &&
      place.start - site.end <= LOCATED_WITHIN &&
      !/[.!?]\s/.test(text.slice(site.end, place.start)),
  );
}
// "Pro-Moscow separatists control 60% of the territory", "Kremlin-backed officials", "a Kyiv-based
// analyst": a place in a word of allegiance or origin names a side, not what the figure is about.
const SIDE_BEFORE = /\b(?:pro|anti)-$/i;
const SIDE_AFTER =
  /^-(?:backed|installed|appointed|led|allied|aligned|friendly|leaning|based|controlled|held|occupied|supported|sponsored)\b/i;
export const namesASide = (text: string, place: TextRange) =>
  SIDE_BEFORE.test(text.slice(Math.max(0, place.start - 5), place.start)) ||
  SIDE_AFTER.test(text.slice(place.end, place.end + 14));
// "Makariv near Kyiv", "Makariv, a town outside Kyiv": what lies between the site and its locator.
const LOCATOR_BEFORE = /\b(?:near|outside)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$/i;
const LOCATED_SITE =
  /^(?:,?\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?)?\s*(?:near|outside)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$/iu;
const PART_PLACE = /\b(?:including|among them|of them|of whom)\s+(?:[\p{L}\d,-]+\s+){0,2}?in\s+(?:the\s+)?$/iu;
// "Estonia's third biggest city -", "Ukraine's capital lost 25%", not "Russia's capital outflows"
// (capital as money) nor "Ukraine's defense of the city" (no small word between).
const PLACE_WITHIN =
  /^['’]s\s+(?:(?!(?:of|the|a|an|and|to|in|on|for|by|with)\b)[\p{L}-]+\s+){0,3}?(?:city|town|village|port|capital(?!\s+(?:outflows?|inflows?|flight|markets?|controls?|investments?|spending|expenditure|gains?|reserves?|ratios?|requirements?)\b))\b/iu;
// A person's: "their city", "their country" are as often the place just named (residents "defending
// their city"), and keep it.
const SOMEONES_PLACE = /\b(?:his|her|my)\s+(?:[\p{L}-]+\s+){0,3}?(?:city|town|village|hometown)\b/iu;

/**
 * Whether a figure in this sentence can have a place as its subject: the sentence names one or
 * points back to one. `places` in text order: the first starting in the sentence is found by
 * halving, where reading them all for each sentence would cost a page of names its sentences times its places.
 */
export function mayBeAboutPlace(sentence: Sentence, places: readonly PlaceInText[]): boolean {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (places[middle]!.start < sentence.start) low = middle + 1;
    else high = middle;
  }
  for (let at = low; at < places.length && places[at]!.start < sentence.end; at++)
    if (places[at]!.end <= sentence.end) return true;
  return ANAPHORS.some(([pattern]) => pattern.test(sentence.text));
}

/** A figure's own part of its sentence, and where the sentence's first figure starts: what comes before that is every part's. */
export type Clause = TextRange & { lead: number };

/**
 * `previousSentenceStart`: where the sentence before this one starts, as far back as "the city" may
 * point. `sentenceWords`: the sentence's words with offsets into `text`, when the caller keeps them
 * for the sentence's other figures. `clause`: the figure's own part of the sentence, when it tells
 * two figures' news in clauses of their own.
 */
export function subjectOf(
  text: string,
  figure: TextRange,
  sentence: TextRange,
  places: readonly PlaceInText[],
  previousSentenceStart: number,
  sentenceWords = wordsOf(text, sentence),
  clause: Clause = { ...sentence, lead: sentence.start },
): ClaimSubject {
  const chosen = placesFor(figure, sentence, text, places, previousSentenceStart, clause);
  const seen = new Set<string>();
  // Only a city named like its region may stand for it ("70% of Donetsk"); Bakhmut is not the Donetsk region.
  const subjectPlaces = chosen
    .filter((place) => !seen.has(place.id) && seen.add(place.id))
    .map((place) => ({
      id: place.id,
      name: place.name,
      within: place.region && 'kind' in place && namesItsRegion(place as PlaceInText) ? place.region.id : null,
      ...('kind' in place && (place as PlaceInText).broad ? { broad: true as const } : {}),
    }));
  const overlapping = places.filter((place) => place.end > sentence.start && place.start < sentence.end);
  const insidePlace = (token: TextRange) =>
    overlapping.some((place) => place.start <= token.start && token.end <= place.end);
  const before = sentenceWords.filter((token) => token.end <= figure.start).slice(-TERM_WINDOW);
  const after = sentenceWords.filter((token) => token.start >= figure.end).slice(0, TERM_WINDOW);
  const terms = new Set<string>();
  for (const token of [...before, ...after]) {
    if (!isContentTerm(token.term) || NUMBER_WORDS.test(token.term) || /\d/.test(token.term) || insidePlace(token))
      continue;
    terms.add(stem(token.term));
  }
  return { places: subjectPlaces, terms: [...terms] };
}

/** The words of one sentence of `text`, with offsets into `text`. */
export function wordsOf(text: string, sentence: TextRange): Token[] {
  return words(text.slice(sentence.start, sentence.end)).map((token) => ({
    ...token,
    start: token.start + sentence.start,
    end: token.end + sentence.start,
  }));
}

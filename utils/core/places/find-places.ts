/**
 * Finds the places an article mentions and decides which place each mention is.
 *
 * A name the gazetteer knows is only a candidate: "Anna", "Fox" and "Churchill" are towns too. A
 * candidate becomes a place when it is a big or unambiguous one (a country, a region, a city of
 * 100,000) or when the text supports it: a preposition of place before it ("near Kleban-Byk"), a
 * region cue after it ("Donetsk region"), a comma pairing ("Innisfail, Alta."), other places of
 * its region in the article, or, for a town of 50,000, its country named in the article. Among
 * places that share a name, the one that fits those cues and the article's other places wins,
 * then the most populous.
 */

import type { TextRange } from '../types';
import { distanceKm } from './geo';
import { findNameCandidates, type NameCandidate } from './candidates';
import { DEMONYMS } from './demonyms';
import type { Gazetteer, Place, PlaceCandidate } from './gazetteer';
import { NEAR_MISS_THRESHOLD, NearMissIndex } from './near-miss';
import { foldPlaceName, placeKey } from './place-key';

export interface PlaceMention extends TextRange {
  surface: string;
  placeId: string;
}

// A name preceded by one of these is a place rather than a person or an organization.
const LOCATIVE_BEFORE = /\b(in|near|at|from|to|outside|around|into|toward|towards|across|through|between|via|of|village|town|city|settlement|region|province|state|county)\s+(the\s+)?$/;
// Stricter, for words the gazetteer does not know: "leader of Ennahda" says nothing of place.
const PLACE_PREPOSITION_BEFORE = /\b(in|near|outside|around)\s+$/;
// "an Azov company commander", "the Wagner group": a name used to label a unit or an organization.
const ARTICLE_A_BEFORE = /\b(a|an)\s+$/;
const UNIT_AFTER = /^\s+(battalion|brigade|regiment|company|unit|group|fighters|militia|division|commander|corps)\b/;
const REGION_AFTER = /^\s+(region|oblast|province|governorate|state|territory|prefecture|krai)\b/;
const DISTRICT_AFTER = /^\s+(county|district|raion)\b/;
const CITY_BEFORE = /\b(city|town|village|settlement)\s+of\s+$/;
const CITY_AFTER = /^\s+(city|town|village)\b/;
// Capitalized words that may stand before a place name without making it part of another name.
const MODIFIERS = new Set(['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Greater', 'Downtown', 'Rural', 'Metro', 'Occupied', 'Coastal']);
// Capitalized words that are not names at a sentence's start, or are names of something else.
const NOT_PLACES = new Set(
  `january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday god christmas easter north south east west northern southern eastern western central`.split(/\s+/),
);
// Titles before a name make it a person's, however big the place of that name ("President Jordan").
const TITLE_BEFORE = /^(Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Gen|General|Sen|Senator|Rep|Gov|Governor|Judge|Justice|Officer|Sgt|Capt|Captain|Col|Lt|King|Queen|Prince|Princess|Pope|Saint|St|Rev|Prof|Minister|Chancellor|Mayor|Coach)\.?$/;
// Disease names keep the place they were named after: "West Nile virus", "Marburg virus", "Rift Valley fever".
const DISEASE_AFTER = /^[\s-]+(virus|fever|flu|disease|strain|ebolavirus|variant)\b/;
const BIG_CITY = 100_000;
const TOWN_WITH_COUNTRY = 50_000;
// A region whose namesake city holds a quarter of its people is named far less often than the city (Kharkiv, Moscow).
const CITY_REGION_SHARE = 0.25;
const CITY_REGION_PENALTY = 1;
// Scores weigh population (log10) against cues; a cue is worth about a factor of 10-100,000 in people.
const MAIN_NAME_BONUS = 1;
// A name the curated supplement gives a place is what news means by it: "Washington" is the capital before the state.
const CURATED_BONUS = 1.5;
const KIND_CUE_BONUS = 5;
const COMMA_PAIR_BONUS = 5;
const SAME_COUNTRY_BONUS = 2;
const SAME_REGION_BONUS = 1;
const NEARBY_BONUS = 2;
const NEARBY_KM = 200;
const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);

/** People for scoring: places that have none (continents, seas) still outrank a village of the same name. */
function weight(place: Place): number {
  switch (place.kind) {
    case 'continent':
      return 1e9;
    case 'area':
    case 'sea':
    case 'river':
      return 1e7;
    default:
      return Math.max(place.population, 1000);
  }
}

function contains(outer: Place, inner: Place): boolean {
  if (outer.kind === 'country') return inner.country === outer.country && inner.id !== outer.id;
  if (outer.kind === 'region') return inner.regionId === outer.id;
  return false;
}

interface Context {
  countries: Map<string, number>;
  regions: Map<string, number>;
  /** Settlements the article names for sure: a namesake near them is likelier than one far away. */
  settlements: Place[];
}

/** How well the words around a name fit a pairing ("Paris, Texas"): either side may contain the other. */
function pairBonus(place: Place, neighbours: (Place | undefined)[]): number {
  const paired = neighbours.some((neighbour) => neighbour && (neighbour.id === place.id || contains(neighbour, place) || contains(place, neighbour)));
  return paired ? COMMA_PAIR_BONUS : 0;
}

// 200 km is under two degrees of latitude: a cheap test before the great-circle one.
const NEARBY_DEGREES = NEARBY_KM / 111 + 0.1;
function isNear(a: Place, b: Place): boolean {
  return Math.abs(a.lat - b.lat) < NEARBY_DEGREES && distanceKm(a.lat, a.lon, b.lat, b.lon) < NEARBY_KM;
}

function score(candidate: NameCandidate, option: PlaceCandidate, context: Context | null): number {
  const { place } = option;
  let total = Math.log10(weight(place)) + (option.mainName ? MAIN_NAME_BONUS : 0) + (option.curated ? CURATED_BONUS : 0);
  if (REGION_AFTER.test(candidate.textAfter) && place.kind === 'region') total += KIND_CUE_BONUS;
  if (DISTRICT_AFTER.test(candidate.textAfter) && place.kind === 'district') total += KIND_CUE_BONUS;
  if ((CITY_BEFORE.test(candidate.textBefore) || CITY_AFTER.test(candidate.textAfter)) && ['city', 'town', 'village'].includes(place.kind)) {
    total += KIND_CUE_BONUS;
  }
  if (context) {
    const sameCountry = context.countries.get(place.country) ?? 0;
    if (place.country && sameCountry > 0) total += SAME_COUNTRY_BONUS;
    // Only settlements: a region would otherwise score for its own capital ("Moscow" the city lies in "Moscow" the region).
    if (SETTLEMENT_KINDS.has(place.kind)) {
      if ((context.regions.get(place.regionId) ?? 0) > 0) total += SAME_REGION_BONUS;
      if (context.settlements.some((other) => other.id !== place.id && isNear(other, place))) {
        total += NEARBY_BONUS;
      }
    }
  }
  return total;
}

const regionOf = (place: Place) => (place.kind === 'region' ? place.id : place.regionId);

/**
 * Whether a resolved name stands without further support. A first-level region only does in an
 * article about its country ("Centre" and "Michael" are regions of Cameroon and the Isle of Man);
 * a name known only as an alternate spelling never does (GeoNames lists "Franklin" for Columbus).
 */
function isStrong(candidate: NameCandidate, option: PlaceCandidate, context: Context | null): boolean {
  const { place } = option;
  if (!option.mainName) return false;
  if (option.curated || place.id.startsWith('s:')) return true;
  switch (place.kind) {
    case 'continent':
    case 'country':
    case 'area':
    case 'sea':
    case 'river':
      return true;
    case 'region':
      return context !== null && ((context.countries.get(place.country) ?? 0) > 0 || (context.regions.get(place.id) ?? 0) > 1);
    default:
      return (place.population >= BIG_CITY || /\s/.test(candidate.surface)) && !insideOtherName(candidate);
  }
}

/** A one-word name the article also writes in lower case is that common word ("Mobile", "Center", "Justice"). */
function isCommonWord(candidate: NameCandidate, lowercaseWords: Set<string>): boolean {
  return !/\s/.test(candidate.surface) && lowercaseWords.has(candidate.surface.toLowerCase());
}

/** Reasons a capitalized word that a gazetteer knows is not a place here, whatever place it might be. */
function isRuledOut(candidate: NameCandidate, lowercaseWords: Set<string>): boolean {
  const folded = foldPlaceName(candidate.surface);
  if (NOT_PLACES.has(folded) || DEMONYMS.has(folded) || DEMONYMS.has(folded.replace(/s$/, ''))) return true;
  if (TITLE_BEFORE.test(candidate.capitalizedBefore)) return true;
  if (DISEASE_AFTER.test(candidate.textAfter)) return true;
  const letters = candidate.surface.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return true;
  // A sentence's first word that the article also uses in lower case is a common word: "Mobile", "Police".
  return candidate.sentenceStart && isCommonWord(candidate, lowercaseWords);
}

/** Abbreviations name places only as the curated supplement spells them: "US" and "NSW", not "HIV" or "BBC". */
function usableOptions(candidate: NameCandidate, options: PlaceCandidate[]): PlaceCandidate[] {
  const letters = candidate.surface.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase() || letters.length > 5) return options;
  // Spelled exactly as curated: the key's folding of doubled letters would make "BBC" the "BC" of British Columbia.
  if (placeKey(candidate.surface) !== foldPlaceName(candidate.surface)) return [];
  return options.filter((option) => option.curated);
}

/** A small or ambiguous place's name inside a longer proper name is that name's: "Fox News", "Andrei Karlov". */
function insideOtherName(candidate: NameCandidate): boolean {
  if (candidate.capitalizedAfter && !/^(River|Oblast|Region|Province|County)$/.test(candidate.capitalizedAfter)) return true;
  return Boolean(candidate.capitalizedBefore) && !MODIFIERS.has(candidate.capitalizedBefore) && !candidate.sentenceStart;
}

function resolveOne(candidate: NameCandidate, options: PlaceCandidate[], neighbours: (Place | undefined)[], context: Context | null): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined;
  let bestScore = -Infinity;
  for (const option of options) {
    // Dotted state abbreviations ("Ky.", "Miss.") only name a region right after "City, ".
    if (candidate.dotted && option.place.kind === 'region' && !candidate.afterComma) continue;
    const { place } = option;
    const namesakeCity =
      place.kind === 'region' &&
      options.some((other) => other.mainName && SETTLEMENT_KINDS.has(other.place.kind) && other.place.regionId === place.id && other.place.population >= CITY_REGION_SHARE * place.population);
    const neighbourScore = score(candidate, option, context) + pairBonus(place, neighbours) - (namesakeCity ? CITY_REGION_PENALTY : 0);
    if (neighbourScore > bestScore) {
      bestScore = neighbourScore;
      best = option;
    }
  }
  return best;
}

function tally(places: Iterable<Place>): Context {
  const context: Context = { countries: new Map(), regions: new Map(), settlements: [] };
  for (const place of places) {
    if (SETTLEMENT_KINDS.has(place.kind)) context.settlements.push(place);
    if (place.country) context.countries.set(place.country, (context.countries.get(place.country) ?? 0) + 1);
    const regionId = regionOf(place);
    if (regionId) context.regions.set(regionId, (context.regions.get(regionId) ?? 0) + 1);
  }
  return context;
}

/** Finds and resolves place mentions with one gazetteer; builds its near-miss index on first need. */
export class PlaceFinder {
  private nearMisses: NearMissIndex | undefined;

  constructor(
    readonly gazetteer: Gazetteer,
    private readonly nearMissThreshold = NEAR_MISS_THRESHOLD,
  ) {}

  find(text: string): PlaceMention[] {
    return findPlacesWith(text, this.gazetteer, (key) => this.nearMiss(key));
  }

  private nearMiss(key: string): string | undefined {
    this.nearMisses ??= new NearMissIndex(this.gazetteer.prominentKeys(), this.nearMissThreshold);
    return this.nearMisses.closest(key);
  }
}

/**
 * May an unknown word be looked up as a misspelled place? Only where the text says a place follows
 * ("near Kharkhiv", "Pokrovs'k region"), and never a sentence's first word, a surname or a common word.
 */
function mayBeMisspelledPlace(candidate: NameCandidate, surnames: Set<string>, lowercaseWords: Set<string>): boolean {
  return (
    (PLACE_PREPOSITION_BEFORE.test(candidate.textBefore) || REGION_AFTER.test(candidate.textAfter)) &&
    !candidate.sentenceStart &&
    !/\s/.test(candidate.surface) &&
    !surnames.has(candidate.key) &&
    !isCommonWord(candidate, lowercaseWords) &&
    !insideOtherName(candidate)
  );
}

function findPlacesWith(text: string, gazetteer: Gazetteer, nearMiss: (key: string) => string | undefined): PlaceMention[] {
  const { candidates, surnames, lowercaseWords } = findNameCandidates(text, gazetteer);
  const optionsOf = new Map<NameCandidate, PlaceCandidate[]>();
  const misspelled = new Set<NameCandidate>();
  for (const candidate of candidates) {
    if (isRuledOut(candidate, lowercaseWords)) continue;
    let key: string | undefined = candidate.key;
    if (!candidate.known) {
      key = mayBeMisspelledPlace(candidate, surnames, lowercaseWords) ? nearMiss(candidate.key) : undefined;
      if (!key) continue;
      misspelled.add(candidate);
    }
    const options = usableOptions(candidate, gazetteer.withKey(key));
    if (options.length > 0) optionsOf.set(candidate, options);
  }
  const kept = [...optionsOf.keys()];

  const resolveAll = (context: Context | null, previous: Map<NameCandidate, PlaceCandidate> | null) => {
    const result = new Map<NameCandidate, PlaceCandidate>();
    kept.forEach((candidate, position) => {
      const before = candidate.afterComma ? previous?.get(candidate.afterComma)?.place : undefined;
      const next = kept[position + 1];
      const after = next && next.afterComma === candidate ? previous?.get(next)?.place : undefined;
      const option = resolveOne(candidate, optionsOf.get(candidate)!, [before, after, undefined], context);
      if (option) result.set(candidate, option);
    });
    return result;
  };
  // Pass one: each name alone and with its comma partner, to learn what the article is about.
  const first = resolveAll(null, resolveAll(null, null));
  const context = tally([...first].filter(([candidate, option]) => isStrong(candidate, option, null)).map(([, option]) => option.place));

  // Pass two: with the article's countries and regions as context; weak names need support to stay.
  const second = resolveAll(context, first);
  const mentions: PlaceMention[] = [];
  for (const candidate of kept) {
    const option = second.get(candidate);
    if (!option) continue;
    const { place } = option;
    if (misspelled.has(candidate) || !isStrong(candidate, option, context)) {
      if (surnames.has(candidate.key) || insideOtherName(candidate)) continue;
      if (isCommonWord(candidate, lowercaseWords)) continue;
      if (ARTICLE_A_BEFORE.test(candidate.textBefore) || UNIT_AFTER.test(candidate.textAfter)) continue;
      const commaPartner = candidate.afterComma ? second.get(candidate.afterComma)?.place : undefined;
      const supported =
        LOCATIVE_BEFORE.test(candidate.textBefore) ||
        REGION_AFTER.test(candidate.textAfter) ||
        DISTRICT_AFTER.test(candidate.textAfter) ||
        (commaPartner !== undefined && (contains(commaPartner, place) || contains(place, commaPartner))) ||
        (context.regions.get(regionOf(place)) ?? 0) > 0 ||
        // A town of some size in a country the article is about ("shelled Bakhmut" in a story on Ukraine).
        (place.population >= TOWN_WITH_COUNTRY && (context.countries.get(place.country) ?? 0) > 0);
      if (!supported) continue;
    }
    // "China." ends a sentence; "Ky." is an abbreviation only when it names a region.
    const end = candidate.dotted && !option.curated && candidate.surface.endsWith('.') ? candidate.end - 1 : candidate.end;
    mentions.push({ start: candidate.start, end, surface: text.slice(candidate.start, end), placeId: place.id });
  }
  return mentions;
}

/**
 * Which place a name is, among those the gazetteer gives it: a score for each reading from its
 * people (log), its own name before another's alternate, a curated name first, the cues around it
 * ("Donetsk region", "the city of"), the names beside it (a "Paris, Texas" pairing, a list of one
 * kind) and the article's other places (its country, its leading region, a neighbour within 200 km,
 * or 50 km for a town named like a far bigger city abroad; local-readings.ts). A hamlet is a reading
 * only where the article is local to it. Whether the name is a place at all is decided after
 * (place-rules.ts, place-tagger.ts).
 */
import type { NameCandidate } from './candidates';
import type { Place, PlaceCandidate } from './gazetteer';
import {
  CITY_AFTER,
  CITY_BEFORE,
  DISTRICT_AFTER,
  isWrittenAsDateline,
  isPeoplesRepublic,
  REGION_AFTER,
  REGION_PAIR_AFTER,
  STATE_OFFICE_AFTER,
} from './place-cues';
import {
  BESIDE_KM,
  hasFamousNamesakeAbroad,
  homeRegion,
  isHamlet,
  isLeadingRegion,
  isLocalTo,
  isNearAny,
  isOvershadowed,
  isPlacedInRegion,
  LOCAL_TOWN,
  regionSpeaksFor,
  speaksFor,
} from './local-readings';
import { contains, countryCount, regionCount, regionNameCount, SETTLEMENT_KINDS, type Context } from './place-context';

// A region whose namesake city holds a quarter of its people is named far less often than the city (Kharkiv, Moscow).
const CITY_REGION_SHARE = 0.25;
const CITY_REGION_PENALTY = 1;
// Scores weigh population (log10) against cues; a cue is worth about a factor of 10-100,000 in people.
const MAIN_NAME_BONUS = 2;
// A name the curated supplement gives a place is what news means by it: "Washington" is the capital before the state.
const CURATED_BONUS = 1.5;
const KIND_CUE_BONUS = 5;
const COMMA_PAIR_BONUS = 5;
const SAME_COUNTRY_BONUS = 2;
const SAME_REGION_BONUS = 1;
const NEARBY_BONUS = 2;
// The region the article names most often (its other names' regions, not this name's own) is where its
// towns and counties are, before a bigger namesake elsewhere: "Plymouth County" in a story about Iowa.
const LEADING_REGION_BONUS = 1;

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

/** A name beside another: across a comma (it may pair or list), or across "and" / "or" (it only lists). */
export interface Neighbour {
  place: Place;
  listedOnly: boolean;
  /** Written as a dotted abbreviation ("S.C.", "Mo."): after a comma, a town's state, never a list's next name. */
  dotted: boolean;
}

export interface Neighbours {
  before?: Neighbour;
  after?: Neighbour;
}

/**
 * What the names beside a name say of a reading. A list names things of one kind: beside a
 * first-level region, a name that may be a first-level region of the same country is one more of
 * the list ("Ohio, Oregon, Virginia, Washington and Wyoming" names states, not Oregon, Ohio); beside
 * a country, a name that may be a country is one ("Armenia, Azerbaijan, Georgia, Iraq" names
 * Georgia the country). Otherwise a pairing ("Paris, Texas"): the name before the comma lies in the
 * one after it, so "Paris" gains from a "Texas" after it and "Texas" from a "Paris" before it.
 */
function neighbourBonus(place: Place, options: readonly PlaceCandidate[], { before, after }: Neighbours): number {
  // "Columbia, S.C.": a state written short after a comma pairs a town with it, it lists no regions.
  const pairedWithState = pairs(after) && after.dotted && options.some((other) => contains(after.place, other.place));
  if (!pairedWithState && (listsRegions(before, options) || listsRegions(after, options)))
    return place.kind === 'region' && (inSameList(before, place) || inSameList(after, place)) ? KIND_CUE_BONUS : 0;
  if (listsCountries(before, options) || listsCountries(after, options))
    return place.kind === 'country' ? KIND_CUE_BONUS : 0;
  const pairedBefore = pairs(before) && (before.place.id === place.id || contains(place, before.place));
  const pairedAfter = pairs(after) && (contains(after.place, place) || isOwnRegion(after.place, place, options));
  return pairedBefore || pairedAfter ? COMMA_PAIR_BONUS : 0;
}

// The helpers of neighbourBonus live outside it: it runs for every option of every name in every
// pass, and closures made on each call cost more than the checks themselves.
// A list names each region once: "Kharkiv, Kharkiv region" is the city in its region, not two regions.
function listsRegions(neighbour: Neighbour | undefined, options: readonly PlaceCandidate[]): boolean {
  if (neighbour?.place.kind !== 'region') return false;
  const { country, id } = neighbour.place;
  return options.some(
    (other) => other.place.kind === 'region' && other.place.country === country && other.place.id !== id,
  );
}

function inSameList(neighbour: Neighbour | undefined, place: Place): boolean {
  return (
    neighbour?.place.kind === 'region' && neighbour.place.country === place.country && neighbour.place.id !== place.id
  );
}

function listsCountries(neighbour: Neighbour | undefined, options: readonly PlaceCandidate[]): boolean {
  return neighbour?.place.kind === 'country' && options.some((other) => other.place.kind === 'country');
}

/**
 * A name followed by itself across a comma pairs with itself only when it has no reading inside that
 * place: "New York, NY" is the city in the state, as no one writes a state's name before its own.
 */
function isOwnRegion(after: Place, place: Place, options: readonly PlaceCandidate[]): boolean {
  return after.id === place.id && !options.some((other) => other.place.id !== place.id && contains(after, other.place));
}

function pairs(neighbour: Neighbour | undefined): neighbour is Neighbour {
  return neighbour !== undefined && !neighbour.listedOnly;
}

function score(
  candidate: NameCandidate,
  option: PlaceCandidate,
  context: Context | null,
  options: readonly PlaceCandidate[] = [],
): number {
  const { place } = option;
  let total =
    Math.log10(weight(place)) + (option.mainName ? MAIN_NAME_BONUS : 0) + (option.curated ? CURATED_BONUS : 0);
  total += kindCueBonus(candidate, place);
  if (context) {
    // A town named like a far bigger city abroad is the town only where the article names a town
    // beside it, or is about its state (two of its names at least lie there, and more of its mentions
    // than in any other region), a village under 10,000 only if the article also names its county;
    // not merely its country or a city of its state: a flight "from Newark to Paris" goes to France,
    // so does "the Moulin Rouge in Paris" in a story that names Chicago and Cincinnati as well as Los
    // Angeles and Las Vegas, Brussels beside Toronto is Belgium's, not a village in Ontario, London in
    // a story on a company in California is England's, not a village of 2,000 there, and "the
    // Worcester County sheriff flew to Berlin" goes to Germany; "LAUREL COUNTY, Ky. ... Smith of
    // London" is London, Kentucky.
    const famous = hasFamousNamesakeAbroad(place, options);
    let local = false;
    // The region the reading lies in, or is, when the article's other names lie there too.
    const home = homeRegion(place, options);
    const inHome = home ? regionCount(context, candidate, home) : 0;
    // A town a far bigger city's name overshadows is placed by its region only through the region
    // named, a county of it, or a place of its own size there: a big city speaks for itself.
    const overshadowed = isOvershadowed(place, options);
    const aboutHome = () =>
      regionNameCount(context, candidate, home!) > 1 &&
      isLeadingRegion(context, candidate, home!, true) &&
      (place.population >= LOCAL_TOWN || isNearAny(context.districts, candidate, place, BESIDE_KM));
    if (
      home &&
      inHome > 0 &&
      (!overshadowed || regionSpeaksFor(context, candidate, place, home)) &&
      (!famous || aboutHome())
    ) {
      local = true;
      total += SAME_REGION_BONUS;
      if (isLeadingRegion(context, candidate, home)) total += LEADING_REGION_BONUS;
    }
    // Not near its own other reading: "Artemivsk" read as Bakhmut makes no case for the village of that name.
    if (
      isPlacedInRegion(place) &&
      isNearAny(
        context.settlements,
        candidate,
        place,
        famous ? BESIDE_KM : undefined,
        overshadowed ? (other) => speaksFor(place, other) : undefined,
      )
    ) {
      local = true;
      total += NEARBY_BONUS;
    }
    const sameCountry = place.country !== '' && countryCount(context, candidate, place.country) > 0;
    // A country holding the article's other places is named by them as a region is ("Tbilisi" speaks
    // for Georgia the country, where "Washington" only shares a country with the state).
    if (place.kind === 'country' && sameCountry) total += SAME_REGION_BONUS;
    if (sameCountry && (local || !famous)) total += SAME_COUNTRY_BONUS;
  }
  return total;
}

/** "Donetsk region", "the city of", "Plymouth County": the words around the mention name the reading's kind. */
function kindCueBonus(candidate: NameCandidate, place: Place): number {
  // The kind first: a cue's pattern is tried only for the kinds it speaks for (this runs for every option in every pass).
  if (place.kind === 'region')
    return REGION_AFTER.test(candidate.textAfter) ||
      REGION_PAIR_AFTER.test(candidate.textAfter) ||
      isPeoplesRepublic(candidate) ||
      STATE_OFFICE_AFTER.test(candidate.textAfter)
      ? KIND_CUE_BONUS
      : 0;
  if (place.kind === 'district') return DISTRICT_AFTER.test(candidate.textAfter) ? KIND_CUE_BONUS : 0;
  // A dateline names the city a story was filed from: "NEW YORK (Reuters)" is the city, not the state.
  if (SETTLEMENT_KINDS.has(place.kind))
    return CITY_BEFORE.test(candidate.textBefore) ||
      CITY_AFTER.test(candidate.textAfter) ||
      isWrittenAsDateline(candidate.surface, candidate.textAfter)
      ? KIND_CUE_BONUS
      : 0;
  return 0;
}

const INITIALS = /^(?:[A-Z]\.){2,3}$/;
const ERA_BEFORE = /(\d|\bcentur(?:y|ies)|\bmillenni(?:um|a))\s*$/;

export function resolveOne(
  candidate: NameCandidate,
  options: readonly PlaceCandidate[],
  neighbours: Neighbours,
  context: Context | null,
  /** The last placing, among the places shown: a region abroad yields to a country of its name. */
  settling = false,
): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined;
  let bestScore = -Infinity;
  for (const option of options) {
    // Dotted state abbreviations ("Ky.", "Miss.") only name a region right after "City, ".
    // ("Ohio." ending a sentence is Ohio: only an abbreviation, not the region's own name, needs the comma.)
    // Initials ("B.C.", "N.J.") are no title or word, so they stand alone, unless they date a year ("500 B.C.").
    if (
      candidate.dotted &&
      (option.curated || !option.mainName) &&
      option.place.kind === 'region' &&
      !candidate.afterComma &&
      !(INITIALS.test(candidate.surface) && !ERA_BEFORE.test(candidate.textBefore))
    )
      continue;
    const { place } = option;
    if (isHamlet(option)) {
      const after = neighbours.after;
      if (!isLocalTo(candidate, place, context, pairs(after) ? after.place : undefined)) continue;
    }
    if (isRegionsOwnName(option, options) && kindCueBonus(candidate, place) === 0) continue;
    const namesakeCity =
      place.kind === 'region' &&
      options.some(
        (other) =>
          other.mainName &&
          SETTLEMENT_KINDS.has(other.place.kind) &&
          other.place.regionId === place.id &&
          other.place.population >= CITY_REGION_SHARE * place.population,
      );
    const neighbourScore =
      score(candidate, option, context, options) +
      neighbourBonus(place, options, neighbours) -
      (namesakeCity ? CITY_REGION_PENALTY : 0);
    if (neighbourScore > bestScore) {
      bestScore = neighbourScore;
      best = option;
    }
  }
  return settling && best && context ? countryOverRegionAbroad(candidate, best, options, neighbours, context) : best;
}

/**
 * "Oklahoma" is a name GeoNames also gives Oklahoma City, but news writes a state's own name for the
 * state: a city whose own name is its region's name and more ("Oklahoma City"), read by the region's
 * name alone, is read as the region, unless the words around it call it a city ("the city of
 * Oklahoma", a dateline) or it holds a quarter of the region's people. (An English name of a city,
 * "Lucerne" for Luzern, is not its own name made short, and stays the city's.)
 */
function isRegionsOwnName(option: PlaceCandidate, options: readonly PlaceCandidate[]): boolean {
  const { place } = option;
  if (option.mainName || !SETTLEMENT_KINDS.has(place.kind)) return false;
  return options.some(
    (other) =>
      other.mainName &&
      other.place.kind === 'region' &&
      other.place.id === place.regionId &&
      place.name.startsWith(`${other.place.name} `) &&
      place.population < CITY_REGION_SHARE * other.place.population,
  );
}

/**
 * "The invasion of Georgia in 2008" in a story on Ukraine is the country, though the US state has
 * more people: a first-level region named like a country elsewhere is that region only where the
 * article is about its country (the country most of the other places lie in, ties included), or
 * names another place in the region, or lists or pairs the name with a place of its country
 * ("Georgia and Florida"), or calls it a state ("Georgia state troopers", "the state of Georgia").
 * Otherwise the country is meant.
 */
function countryOverRegionAbroad(
  candidate: NameCandidate,
  best: PlaceCandidate,
  options: readonly PlaceCandidate[],
  { before, after }: Neighbours,
  context: Context,
): PlaceCandidate {
  const region = best.place;
  const country = countryNamedLike(best, options);
  if (!country) return best;
  if (regionCount(context, candidate, region.id) > 0) return best;
  if (REGION_AFTER.test(candidate.textAfter) || STATE_OFFICE_AFTER.test(candidate.textAfter)) return best;
  if (STATE_OF_BEFORE.test(candidate.textBefore)) return best;
  if (before?.place.country === region.country || after?.place.country === region.country) return best;
  const home = countryCount(context, candidate, region.country);
  for (const other of context.countries.keys())
    if (other !== region.country && countryCount(context, candidate, other) > home) return country;
  return home > 0 ? best : country;
}

const STATE_OF_BEFORE = /\bstate\s+of\s+$/;

/** For a first-level region's reading, the country of its name elsewhere ("Georgia"), if any. */
export function countryNamedLike(
  option: PlaceCandidate,
  options: readonly PlaceCandidate[],
): PlaceCandidate | undefined {
  const region = option.place;
  if (region.kind !== 'region') return undefined;
  return options.find(
    ({ place, mainName }) => mainName && place.kind === 'country' && place.country !== region.country,
  );
}

/**
 * What the article's other places say of a reading: the region they speak for, whether a town is
 * named beside a far bigger namesake, and whether the article is local to a hamlet
 * (resolve-places.ts weighs them).
 */
import type { NameCandidate } from './candidates';
import type { Place, PlaceCandidate } from './gazetteer';
import { contains, isNear, regionCount, SETTLEMENT_KINDS, type Context } from './place-context';

/** Whether the article names another place of this list near the reading (within `withinKm`, else 200 km). */
export const isNearAny = (
  named: readonly { key: string; place: Place }[],
  candidate: NameCandidate,
  place: Place,
  withinKm?: number,
  counts: (other: Place) => boolean = () => true,
) =>
  named.some(
    (other) =>
      other.key !== candidate.key &&
      other.place.id !== place.id &&
      counts(other.place) &&
      isNear(other.place, place, withinKm),
  );

export const isPlacedInRegion = (place: Place) => SETTLEMENT_KINDS.has(place.kind) || place.kind === 'district';

/**
 * The region whose other names in the article speak for this reading. A settlement's or a county's
 * own: a county lies in its state as a town does ("Plymouth County" in Iowa). A region's itself, so
 * that "the Washington-based fleet" in a story on Seattle is the state, not the capital; but not when
 * the name's other reading lies in it or holds it, since the region would then speak for its own
 * capital ("Moscow", "New York" beside Manhattan) or its country ("Taiwan" beside Taipei).
 */
export function homeRegion(place: Place, options: readonly PlaceCandidate[]): string | undefined {
  if (isPlacedInRegion(place)) return place.regionId;
  if (place.kind !== 'region') return undefined;
  return options.some((other) => contains(place, other.place) || contains(other.place, place)) ? undefined : place.id;
}

// A city abroad is famous beside a namesake a tenth its size: Geneva (183,000) beside Geneva, New York
// (13,000), as Paris beside Paris, Kentucky.
const FAMOUS_CITY = 100_000;
const FAME_RATIO = 10;
// A town beside the namesake ("Pullman" for Moscow, Idaho), not a city of its state 100 km off.
export const BESIDE_KM = 50;
// A village smaller than this is named by local news beside a neighbouring town, or with both its
// county and its state: a story about its state alone does not make it the reading.
export const LOCAL_TOWN = 10_000;

export function hasFamousNamesakeAbroad(place: Place, options: readonly PlaceCandidate[]): boolean {
  return (
    SETTLEMENT_KINDS.has(place.kind) &&
    options.some(
      ({ place: other, mainName }) =>
        mainName &&
        other.country !== place.country &&
        SETTLEMENT_KINDS.has(other.kind) &&
        other.population >= FAMOUS_CITY &&
        other.population >= FAME_RATIO * place.population,
    )
  );
}

// A place the register gives no people (seats of counties listed without them) counts as a small town.
const peopleOf = (place: Place) => Math.max(place.population, 1000);

/**
 * Whether a town's name is also the own name of a far bigger city of its country: Mykolaiv, a town
 * of 14,000 in Lviv oblast, beside the city of 510,000 (not New Delhi beside Delhi, which is called
 * that only among its other names). A namesake abroad is `hasFamousNamesakeAbroad`'s; a hamlet is
 * placed by `isLocalTo` alone.
 */
export const isOvershadowed = (place: Place, options: readonly PlaceCandidate[]) =>
  SETTLEMENT_KINDS.has(place.kind) &&
  place.kind !== 'hamlet' &&
  options.some(
    ({ place: other, mainName }) =>
      mainName &&
      other.id !== place.id &&
      other.country === place.country &&
      SETTLEMENT_KINDS.has(other.kind) &&
      other.population >= FAMOUS_CITY &&
      other.population >= FAME_RATIO * peopleOf(place),
  );

/**
 * Whether a named settlement speaks for a town near it that a far bigger city's name overshadows: a
 * story naming Lviv is about that city, not the town of Mykolaiv beside it; a town of its own size
 * does speak for it ("Pullman" for Moscow, Idaho).
 */
export const speaksFor = (town: Place, other: Place) => other.population < FAME_RATIO * peopleOf(town);

/**
 * Whether the article's other places in its region speak for an overshadowed town: the region named
 * as such, a county of it, or a settlement of the town's own size there.
 */
export function regionSpeaksFor(context: Context, candidate: NameCandidate, town: Place, region: string): boolean {
  const inRegion = (other: { key: string; place: Place }) =>
    other.key !== candidate.key && other.place.id !== town.id && other.place.regionId === region;
  return (
    context.namedRegions.has(region) ||
    context.districts.some(inRegion) ||
    context.settlements.some((other) => inRegion(other) && speaksFor(town, other.place))
  );
}

/** Whether no other region of the same country holds more of the article's other names than this one (`alone`: as many). */
export function isLeadingRegion(context: Context, candidate: NameCandidate, regionId: string, alone = false): boolean {
  const here = regionCount(context, candidate, regionId);
  const country = regionId.slice(0, regionId.indexOf('.') + 1);
  for (const other of context.regions.keys()) {
    if (other === regionId || !other.startsWith(country)) continue;
    const there = regionCount(context, candidate, other);
    if (there > here || (alone && there === here)) return false;
  }
  return true;
}

// A hamlet is named by local news, with its neighbours or its state around it; anywhere else its
// name is a word, a person or a bigger place ("War", "Hell", "Lee").
export const isHamlet = ({ place }: PlaceCandidate) => place.kind === 'hamlet';

// A city is named far beyond its suburbs ("Lee" lies 45 km from London): only a smaller town beside a
// hamlet says the story is local to it.
const TOWN_BESIDE_A_HAMLET = 100_000;
const isTownBesideAHamlet = (town: Place) => town.population < TOWN_BESIDE_A_HAMLET;

/**
 * Whether the article is local to a hamlet: it pairs the hamlet with its state or county after a
 * comma ("Hinton, Iowa"), names its state or province as such, or names a county or a town of under
 * 100,000 within 50 km.
 */
export function isLocalTo(
  candidate: NameCandidate,
  place: Place,
  context: Context | null,
  pairedWith: Place | undefined,
): boolean {
  if (pairedWith?.kind === 'region' && contains(pairedWith, place)) return true;
  if (pairedWith?.kind === 'district' && isNear(pairedWith, place, BESIDE_KM)) return true;
  if (!context) return false;
  return (
    context.namedRegions.has(place.regionId) ||
    isNearAny(context.settlements, candidate, place, BESIDE_KM, isTownBesideAHamlet) ||
    isNearAny(context.districts, candidate, place, BESIDE_KM)
  );
}

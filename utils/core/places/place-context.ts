/**
 * What an article's places say about where it is: how many of its names lie in each country and
 * region, and the settlements it names for sure. Resolution scores a reading by it; the rules ask
 * it whether a weak name has support. A name is no evidence for its own reading, so each count can
 * be taken without the name's own mentions.
 */
import type { NameCandidate } from './candidates';
import type { Place, PlaceKind } from './gazetteer';
import { distanceKm } from './geo';

export const SETTLEMENT_KINDS: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['city', 'town', 'village', 'hamlet']);
const NEARBY_KM = 200;

export interface Context {
  countries: Map<string, number>;
  regions: Map<string, number>;
  /** What each name (by key) counted toward them: a name is no evidence for its own reading ("Edmonton" votes for neither Canada nor England). */
  own: Map<string, { countries: Map<string, number>; regions: Map<string, number> }>;
  /**
   * Settlements the article names for sure, by name, each name and place once (a page may name
   * one city thousands of times): a namesake near them is likelier than one far away.
   */
  settlements: { key: string; place: Place }[];
  /** Counties (and the like) the article names for sure, each name and place once: with its state, a village's county says the story is local. */
  districts: { key: string; place: Place }[];
  /** The names (keys) with a mention in each region: "Toronto ... in Toronto" is one name of Ontario. */
  regionNames: Map<string, Set<string>>;
  /** The regions the article names as such ("Manitoba", "Iowa"), not only by a place in them. */
  namedRegions: Set<string>;
}

export function contains(outer: Place, inner: Place): boolean {
  if (outer.kind === 'country') return inner.country === outer.country && inner.id !== outer.id;
  if (outer.kind === 'region') return inner.regionId === outer.id;
  return false;
}

export const regionOf = (place: Place) => (place.kind === 'region' ? place.id : place.regionId);

// 200 km is under two degrees of latitude: a cheap test before the great-circle one.
const NEARBY_DEGREES = NEARBY_KM / 111 + 0.1;
export function isNear(a: Place, b: Place, withinKm = NEARBY_KM): boolean {
  return Math.abs(a.lat - b.lat) < NEARBY_DEGREES && distanceKm(a.lat, a.lon, b.lat, b.lon) < withinKm;
}

export function tally(named: Iterable<[NameCandidate, Place]>): Context {
  const context: Context = {
    countries: new Map(),
    regions: new Map(),
    settlements: [],
    districts: [],
    own: new Map(),
    regionNames: new Map(),
    namedRegions: new Set(),
  };
  const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  const settled = new Set<string>();
  for (const [candidate, place] of named) {
    // A hamlet is placed by the article's other places, and says nothing of them.
    if (place.kind === 'hamlet') continue;
    const nameAndPlace = `${candidate.key}\n${place.id}`;
    const list = SETTLEMENT_KINDS.has(place.kind)
      ? context.settlements
      : place.kind === 'district'
        ? context.districts
        : undefined;
    if (list && !settled.has(nameAndPlace)) {
      settled.add(nameAndPlace);
      list.push({ key: candidate.key, place });
    }
    let own = context.own.get(candidate.key);
    if (!own) context.own.set(candidate.key, (own = { countries: new Map(), regions: new Map() }));
    if (place.country) {
      add(context.countries, place.country);
      add(own.countries, place.country);
    }
    const regionId = regionOf(place);
    if (place.kind === 'region') context.namedRegions.add(place.id);
    if (regionId) {
      add(context.regions, regionId);
      add(own.regions, regionId);
      let names = context.regionNames.get(regionId);
      if (!names) context.regionNames.set(regionId, (names = new Set()));
      names.add(candidate.key);
    }
  }
  return context;
}

/** How many of the article's other names lie in this country, or this region: the name's own mentions left out. */
export const countryCount = (context: Context, candidate: NameCandidate, country: string) =>
  (context.countries.get(country) ?? 0) - (context.own.get(candidate.key)?.countries.get(country) ?? 0);
export const regionCount = (context: Context, candidate: NameCandidate, region: string) =>
  (context.regions.get(region) ?? 0) - (context.own.get(candidate.key)?.regions.get(region) ?? 0);
/** How many other names (not mentions) of the article lie in this region. */
export function regionNameCount(context: Context, candidate: NameCandidate, region: string): number {
  const names = context.regionNames.get(region);
  return names ? names.size - (names.has(candidate.key) ? 1 : 0) : 0;
}

/**
 * The gazetteer file the build writes once (scripts/gazetteer/build-gazetteer.ts) and every
 * worker loads: one packed binary (search/pack.ts), columns for the places and front-coded blocks
 * for the lookup keys (key-blocks.ts). Loading it is views on one buffer; a place becomes an object
 * only when a lookup reaches it. Its text predecessor (14 MB) cost a restarted worker some 450 ms to
 * receive, decode and split before its first lookup; this one is 8 MB and needs none of that.
 */
import { pack } from '../search/pack';
import { utf8Encoder } from '../utf8';
import { placeKey } from './place-key';
import { writeKeyBlocks } from './key-blocks';
import type { PlaceKind } from '../types';
import type { Extent, Place } from './place';

export const GAZETTEER_FORMAT = 'sidenote-gazetteer';
export const GAZETTEER_VERSION = 7;

export const PLACE_KINDS: readonly PlaceKind[] = [
  'continent',
  'country',
  'region',
  'district',
  'area',
  'city',
  'town',
  'village',
  'river',
  'sea',
  // Last, so that the other kinds keep their numbers.
  'hamlet',
];

export interface GazetteerHeader {
  format: string;
  version: number;
  places: number;
  keys: number;
  /** Lookup tables for the small columns: a place's country code is countries[countryColumn[row]]. */
  countries: string[];
  regions: string[];
  /** Ids that are not GeoNames numbers ("UA.05", "UA", the supplement's): [row, id]. */
  textIds: [number, string][];
}

/** A place as the build sees it: with every name it may be written as. */
export interface GazetteerEntry extends Place {
  altNames: string[];
  /** Names the curated supplement vouches for ("Kiev", "U.S."): they rank as the place's own name. */
  curatedNames?: string[];
}

const PROMINENT_POPULATION = 50_000;
const AREA_KINDS = new Set<PlaceKind>(['continent', 'country', 'region', 'area', 'sea', 'river']);

/** Places worth a near-miss search: misspelling a village's name rarely yields another place's. */
function isProminent(entry: GazetteerEntry): boolean {
  return AREA_KINDS.has(entry.kind) || entry.population >= PROMINENT_POPULATION;
}

/** A GeoNames id, stored as a number: digits that read back the same. */
export const numericId = (id: string): number | undefined => {
  const value = Number(id);
  return /^[1-9]\d{0,9}$/.test(id) && value <= 0xffffffff ? value : undefined;
};

// Coordinates are kept to 0.01° and bounds to 0.1°, as the text format wrote them.
const hundredths = (value: number) => Math.round(Number(value.toFixed(2)) * 100);
const tenths = (value: number) => Math.round(Number(value.toFixed(1)) * 10);

/**
 * Writes the gazetteer file. Keys are computed here, at build time, so that loading normalizes
 * nothing: a key's codes are its places' rows times four, plus 1 when it is the place's own name
 * and 2 when the curated supplement gives it.
 */
export function formatGazetteer(entries: readonly GazetteerEntry[]): Uint8Array {
  const codesByKey = new Map<string, number[]>();
  entries.forEach((entry, row) => {
    const mainKey = placeKey(entry.name);
    const curatedKeys = new Set((entry.curatedNames ?? []).map(placeKey));
    for (const key of new Set([mainKey, ...curatedKeys, ...entry.altNames.map(placeKey)])) {
      if (!key) continue;
      const code = row * 4 + (key === mainKey ? 1 : 0) + (curatedKeys.has(key) ? 2 : 0);
      const codes = codesByKey.get(key);
      if (codes) codes.push(code);
      else codesByKey.set(key, [code]);
    }
  });
  const keys = writeKeyBlocks([...codesByKey].map(([key, codes]) => ({ key, codes })));
  const prominent = [...new Set(entries.filter(isProminent).map((entry) => placeKey(entry.name)))]
    .filter((key) => codesByKey.has(key))
    .sort();

  const countries = [...new Set(entries.map((entry) => entry.country))].sort();
  const regions = [...new Set(entries.map((entry) => entry.regionId))].sort();
  if (countries.length > 256 || regions.length > 65536)
    throw new Error('too many countries or regions for the gazetteer format');
  const countryIndex = new Map(countries.map((code, index) => [code, index]));
  const regionIndex = new Map(regions.map((id, index) => [id, index]));

  for (const entry of entries) {
    if (!PLACE_KINDS.includes(entry.kind)) throw new Error(`place ${entry.id} has an unknown kind: ${entry.kind}`);
    if (!(entry.population >= 0 && entry.population < 2 ** 32))
      throw new Error(`place ${entry.id} has a population the format cannot hold: ${entry.population}`);
  }
  const names = entries.map((entry) => utf8Encoder.encode(entry.name));
  const nameStarts = new Uint32Array(entries.length + 1);
  names.forEach((name, row) => (nameStarts[row + 1] = nameStarts[row]! + name.length));
  const nameBytes = new Uint8Array(nameStarts[entries.length]!);
  names.forEach((name, row) => nameBytes.set(name, nameStarts[row]));

  const idNumbers = new Uint32Array(entries.length);
  const textIds: [number, string][] = [];
  entries.forEach((entry, row) => {
    const number = numericId(entry.id);
    if (number === undefined) textIds.push([row, entry.id]);
    else idNumbers[row] = number;
  });
  const numberedRows = entries.map((_, row) => row).filter((row) => idNumbers[row]! > 0);
  const byNumber = Uint32Array.from(numberedRows.sort((a, b) => idNumbers[a]! - idNumbers[b]!));

  const extentRows = entries.flatMap((entry, row) => (entry.extent ? [row] : []));
  const extents = Int16Array.from(extentRows.flatMap((row) => (entries[row]!.extent as Extent).map(tenths)));

  const header: GazetteerHeader = {
    format: GAZETTEER_FORMAT,
    version: GAZETTEER_VERSION,
    places: entries.length,
    keys: keys.count,
    countries,
    regions,
    textIds,
  };
  return pack(header, {
    idNumbers,
    byNumber,
    nameStarts,
    names: nameBytes,
    kinds: Uint8Array.from(entries, (entry) => PLACE_KINDS.indexOf(entry.kind)),
    countries: Uint8Array.from(entries, (entry) => countryIndex.get(entry.country)!),
    regions: Uint16Array.from(entries, (entry) => regionIndex.get(entry.regionId)!),
    lats: Int16Array.from(entries, (entry) => hundredths(entry.lat)),
    lons: Int16Array.from(entries, (entry) => hundredths(entry.lon)),
    populations: Uint32Array.from(entries, (entry) => Math.round(entry.population)),
    extentRows: Uint32Array.from(extentRows),
    extents,
    keyBlocks: keys.blocks,
    keyBlockStarts: keys.blockStarts,
    prominentKeys: utf8Encoder.encode(prominent.join('\n')),
  });
}

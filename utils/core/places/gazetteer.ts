/**
 * The gazetteer: every place Sidenote can recognize, in a compact tab-separated text format that
 * the build writes once (scripts/gazetteer/build-gazetteer.ts) and the core reads lazily.
 *
 * One line a place: id, name, kind, country code, region id, lat, lon, population, alternate
 * names joined by "|". Countries and regions are places too, so a city's line names its region by
 * id and the reader resolves it once instead of repeating "Donetsk Oblast" on 2,000 lines.
 */

import { placeKey } from './place-key';

export const GAZETTEER_FORMAT = 'sidenote-gazetteer 5';

import type { PlaceKind } from '../types';

export type { PlaceKind };

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code, or "" for places above countries (continents, seas). */
  country: string;
  /** Id of the first-level region the place lies in, or "". */
  regionId: string;
  lat: number;
  lon: number;
  /** Inhabitants; 0 when unknown or not meaningful (rivers, seas). */
  population: number;
  /** For areas (countries, regions, continents): south, west, north and east bounds of what they cover. */
  extent?: Extent;
}

export type Extent = [south: number, west: number, north: number, east: number];

export function extentContains([south, west, north, east]: Extent, lat: number, lon: number): boolean {
  return lat >= south && lat <= north && (west <= east ? lon >= west && lon <= east : lon >= west || lon <= east);
}

/** A place as the build sees it: with every name it may be written as. */
export interface GazetteerEntry extends Place {
  altNames: string[];
  /** Names the curated supplement vouches for ("Kiev", "U.S."): they rank as the place's own name. */
  curatedNames?: string[];
}

/** How a name found in a text relates to a place. */
export interface PlaceCandidate {
  place: Place;
  /** The place's own name, not one of its alternates: "Rome" is Rome before it is an old name of Washington. */
  mainName: boolean;
  /** A name from the curated supplement: the only way an abbreviation such as "US" or "NSW" names a place. */
  curated: boolean;
}

const KINDS = new Set<PlaceKind>(['continent', 'country', 'region', 'district', 'area', 'city', 'town', 'village', 'river', 'sea']);

const PROMINENT_POPULATION = 50_000;
const MAX_REMEMBERED_KEYS = 50_000;
/** Place lines follow the format line and the count: the first is line 3 of the file (counting from 1). */
const FIRST_PLACE_LINE = 3;
const AREA_KINDS = new Set<PlaceKind>(['continent', 'country', 'region', 'area', 'sea', 'river']);

/** Places worth a near-miss search: misspelling a village's name rarely yields another place's. */
function isProminent(entry: GazetteerEntry): boolean {
  return AREA_KINDS.has(entry.kind) || entry.population >= PROMINENT_POPULATION;
}

/**
 * Writes the gazetteer file: a header, the place lines, then every lookup key in sorted order with
 * the places it names. Keys are computed here, at build time, so that loading is one split and a
 * lookup a binary search, not 300,000 normalizations into a Map.
 */
export function formatGazetteer(entries: readonly GazetteerEntry[]): string {
  const codesByKey = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const mainKey = placeKey(entry.name);
    const curatedKeys = new Set((entry.curatedNames ?? []).map(placeKey));
    const keys = new Set([mainKey, ...curatedKeys, ...entry.altNames.map(placeKey)]);
    for (const key of keys) {
      if (!key) continue;
      const code = index * 4 + (key === mainKey ? 1 : 0) + (curatedKeys.has(key) ? 2 : 0);
      const codes = codesByKey.get(key);
      if (codes) codes.push(code);
      else codesByKey.set(key, [code]);
    }
  });
  const placeLines = entries.map((entry) =>
    [
      entry.id,
      entry.name,
      entry.kind,
      entry.country,
      entry.regionId,
      entry.lat.toFixed(2),
      entry.lon.toFixed(2),
      String(Math.round(entry.population)),
      entry.extent ? entry.extent.map((bound) => bound.toFixed(1)).join(',') : '',
    ].join('\t'),
  );
  const prominentKeys = new Set(entries.filter(isProminent).map((entry) => placeKey(entry.name)));
  const keyLines = [...codesByKey]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, codes]) => `${key}\t${codes.join(',')}${prominentKeys.has(key) ? '\tp' : ''}`);
  return [GAZETTEER_FORMAT, String(entries.length), ...placeLines, ...keyLines].join('\n') + '\n';
}

/** The parsed gazetteer. Lines become Place objects only when a lookup reaches them. */
export class Gazetteer {
  private readonly parsed: (Place | undefined)[];
  /** Names recur across articles: their candidates are remembered (up to a bound). */
  private readonly candidatesByKey = new Map<string, PlaceCandidate[]>();
  private indexById: Map<string, number> | undefined;

  private constructor(
    private readonly placeLines: string[],
    private readonly keyLines: string[],
  ) {
    this.parsed = new Array(placeLines.length);
  }

  /** Reads the text the build wrote; throws on anything that is not a gazetteer. */
  static parse(text: string): Gazetteer {
    const lines = text.split('\n');
    if (lines[0]?.trim() !== GAZETTEER_FORMAT) {
      throw new Error(`not a gazetteer file: expected "${GAZETTEER_FORMAT}" on its first line`);
    }
    const count = Number(lines[1]);
    if (!Number.isInteger(count) || count < 0 || lines.length < count + 2) throw new Error('gazetteer file is truncated');
    if (lines.at(-1) === '') lines.pop();
    return new Gazetteer(lines.slice(2, count + 2), lines.slice(count + 2));
  }

  get size(): number {
    return this.placeLines.length;
  }

  get keyCount(): number {
    return this.keyLines.length;
  }

  private placeAt(index: number): Place {
    const cached = this.parsed[index];
    if (cached) return cached;
    const [id, name, kind, country, regionId, lat, lon, population, extent] = this.placeLines[index]!.split('\t');
    if (!id || !name || !KINDS.has(kind as PlaceKind)) throw new Error(`gazetteer line ${index + FIRST_PLACE_LINE} is malformed`);
    const place: Place = {
      id,
      name,
      kind: kind as PlaceKind,
      country: country ?? '',
      regionId: regionId ?? '',
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population) || 0,
    };
    if (extent) place.extent = extent.split(',').map(Number) as Extent;
    this.parsed[index] = place;
    return place;
  }

  get(id: string): Place | undefined {
    if (!this.indexById) {
      this.indexById = new Map();
      this.placeLines.forEach((line, index) => this.indexById!.set(line.slice(0, line.indexOf('\t')), index));
    }
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.placeAt(index);
  }

  /** Every place one of whose names folds to `key` (see placeKey). */
  withKey(key: string): PlaceCandidate[] {
    let found = this.candidatesByKey.get(key);
    if (!found) {
      if (this.candidatesByKey.size >= MAX_REMEMBERED_KEYS) this.candidatesByKey.clear();
      found = this.lookUp(key);
      this.candidatesByKey.set(key, found);
    }
    return found;
  }

  private lookUp(key: string): PlaceCandidate[] {
    const line = this.keyLine(key);
    if (line === undefined) return [];
    return line
      .slice(key.length + 1)
      .split('\t')[0]!
      .split(',')
      .map((code) => Number(code))
      .map((code) => ({ place: this.placeAt(code >> 2), mainName: (code & 3) !== 0, curated: (code & 2) !== 0 }));
  }

  hasKey(key: string): boolean {
    return this.keyLine(key) !== undefined;
  }

  /** Whether some key begins with `prefix`: lets the matcher stop extending a phrase early. */
  hasKeyStartingWith(prefix: string): boolean {
    let low = 0;
    let high = this.keyLines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareKeyOfLine(this.keyLines[middle]!, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low < this.keyLines.length && this.keyLines[low]!.startsWith(prefix);
  }

  /** Main-name keys of countries, regions and cities of 50,000 or more: the near-miss vocabulary. */
  prominentKeys(): string[] {
    return this.keyLines.filter((line) => line.endsWith('\tp')).map((line) => line.slice(0, line.indexOf('\t')));
  }

  private keyLine(key: string): string | undefined {
    let low = 0;
    let high = this.keyLines.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const line = this.keyLines[middle]!;
      const order = compareKeyOfLine(line, key);
      if (order === 0) return line;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }


  /** The country's own entry, by ISO code. */
  country(code: string): Place | undefined {
    return code ? this.get(code) : undefined;
  }

  region(place: Place): Place | undefined {
    return place.regionId ? this.get(place.regionId) : undefined;
  }
}

/** Compares the key a key line starts with (up to its tab) with `key`, without cutting the line: lookups are hot. */
function compareKeyOfLine(line: string, key: string): number {
  for (let index = 0; ; index++) {
    const lineCode = index < line.length ? line.charCodeAt(index) : 9;
    const lineEnded = lineCode === 9;
    const keyEnded = index >= key.length;
    if (lineEnded || keyEnded) return lineEnded && keyEnded ? 0 : lineEnded ? -1 : 1;
    const keyCode = key.charCodeAt(index);
    if (lineCode !== keyCode) return lineCode < keyCode ? -1 : 1;
  }
}

/**
 * The gazetteer: every place Sidenote can recognize, read from the file gazetteer-format.ts
 * writes. Countries and regions are places too, so a city names its region by id and the reader
 * resolves it once instead of repeating "Donetsk Oblast" on 2,000 places.
 */

import { unpack } from '../search/pack';
import { GAZETTEER_FORMAT, GAZETTEER_VERSION, numericId, PLACE_KINDS, type GazetteerHeader } from './gazetteer-format';
import { KeyBlocks } from './key-blocks';
import { utf8Decoder } from '../utf8';
import type { PlaceKind } from '../types';
import type { Extent, Place } from './place';

export { formatGazetteer, type GazetteerEntry } from './gazetteer-format';

export type { PlaceKind };
export { extentContains, type Extent, type Place } from './place';

/** How a name found in a text relates to a place. */
export interface PlaceCandidate {
  place: Place;
  /** The place's own name, not one of its alternates: "Rome" is Rome before it is an old name of Washington. */
  mainName: boolean;
  /** A name from the curated supplement: the only way an abbreviation such as "US" or "NSW" names a place. */
  curated: boolean;
}

const MAX_REMEMBERED_KEYS = 50_000;

/** The file's columns and their types, as gazetteer-format.ts writes them. */
const COLUMN_TYPES = {
  idNumbers: Uint32Array,
  byNumber: Uint32Array,
  nameStarts: Uint32Array,
  names: Uint8Array,
  kinds: Uint8Array,
  countries: Uint8Array,
  regions: Uint16Array,
  lats: Int16Array,
  lons: Int16Array,
  populations: Uint32Array,
  extentRows: Uint32Array,
  extents: Int16Array,
  keyBlocks: Uint8Array,
  keyBlockStarts: Uint32Array,
  prominentKeys: Uint8Array,
} as const;
type Columns = { [name in keyof typeof COLUMN_TYPES]: InstanceType<(typeof COLUMN_TYPES)[name]> };
/** Columns with one value a place. */
const PER_PLACE: (keyof Columns)[] = ['idNumbers', 'kinds', 'countries', 'regions', 'lats', 'lons', 'populations'];

/** The loaded gazetteer. Places become objects only when a lookup reaches them. */
export class Gazetteer {
  private readonly parsed: (Place | undefined)[];
  /** Names recur across articles: their candidates are remembered (up to a bound). */
  private readonly candidatesByKey = new Map<string, PlaceCandidate[]>();
  /**
   * Whether a key or a prefix is known, for those asked without their candidates: every capitalized
   * word and phrase of every article is asked, and the key blocks' search is most of what it costs.
   */
  private readonly keyKnown = new Map<string, boolean>();
  private readonly prefixKnown = new Map<string, boolean>();
  private readonly keyKnownBesidesHamlets = new Map<string, boolean>();
  private readonly keys: KeyBlocks;
  private readonly rowByTextId: Map<string, number>;
  private readonly textIdByRow: Map<number, string>;

  private constructor(
    private readonly header: GazetteerHeader,
    private readonly columns: Columns,
    /** Whether lookups by key give hamlets (settlements of 500 to 999 people). */
    private readonly keysIncludeHamlets = true,
  ) {
    this.parsed = new Array(header.places);
    this.keys = new KeyBlocks(columns.keyBlocks, columns.keyBlockStarts, header.keys);
    this.rowByTextId = new Map(header.textIds.map(([row, id]) => [id, row]));
    this.textIdByRow = new Map(header.textIds);
  }

  /** Reads the file the build wrote; throws on anything that is not a whole gazetteer of this version. */
  static fromBytes(bytes: Uint8Array): Gazetteer {
    const expected = `${GAZETTEER_FORMAT} ${GAZETTEER_VERSION}`;
    let file: { header: GazetteerHeader; arrays: Record<string, unknown> };
    try {
      file = unpack<GazetteerHeader>(bytes);
    } catch (error) {
      throw new Error(
        /not a Sidenote/.test(String(error))
          ? `not a gazetteer file: expected ${expected}`
          : 'the gazetteer file is truncated or damaged',
      );
    }
    const { header, arrays } = file;
    if (header?.format !== GAZETTEER_FORMAT) throw new Error(`not a gazetteer file: expected ${expected}`);
    if (header.version !== GAZETTEER_VERSION)
      throw new Error(`gazetteer version ${header.version}: expected ${expected}; rebuild it`);
    for (const [name, type] of Object.entries(COLUMN_TYPES)) {
      if (!(arrays[name] instanceof type)) throw new Error(`the gazetteer file is truncated or damaged (${name})`);
    }
    const columns = arrays as unknown as Columns;
    const damaged =
      PER_PLACE.some((name) => columns[name].length !== header.places) ||
      columns.nameStarts.length !== header.places + 1 ||
      columns.nameStarts[header.places] !== columns.names.length ||
      columns.extents.length !== columns.extentRows.length * 4;
    if (damaged) throw new Error('the gazetteer file is truncated or damaged');
    return new Gazetteer(header, columns);
  }

  /**
   * The same places, with lookups by key (`withKey`, `hasKey`) that give no hamlet: what the place
   * tagger learns from, since hamlets are read by rule (local-readings.ts) and should not change the
   * examples of the names it decides. (`hasKeyStartingWith` still counts them: it only lets a phrase
   * stop early, and a phrase carried on to a hamlet's name ends in a `hasKey` that says no.)
   */
  withoutHamlets(): Gazetteer {
    return new Gazetteer(this.header, this.columns, false);
  }

  get size(): number {
    return this.header.places;
  }

  get keyCount(): number {
    return this.header.keys;
  }

  private placeAt(row: number): Place {
    const cached = this.parsed[row];
    if (cached) return cached;
    const { idNumbers, nameStarts, names, kinds, countries, regions, lats, lons, populations } = this.columns;
    const kind = PLACE_KINDS[kinds[row]!];
    const id = idNumbers[row] ? String(idNumbers[row]) : this.textIdByRow.get(row);
    if (kind === undefined || id === undefined) throw new Error(`gazetteer place ${row} is malformed`);
    const place: Place = {
      id,
      name: utf8Decoder.decode(names.subarray(nameStarts[row], nameStarts[row + 1])),
      kind,
      country: this.header.countries[countries[row]!] ?? '',
      regionId: this.header.regions[regions[row]!] ?? '',
      lat: lats[row]! / 100,
      lon: lons[row]! / 100,
      population: populations[row]!,
    };
    const extent = this.extentAt(row);
    if (extent) place.extent = extent;
    this.parsed[row] = place;
    return place;
  }

  private extentAt(row: number): Extent | undefined {
    const { extentRows, extents } = this.columns;
    const at = findSorted(extentRows.length, (position) => extentRows[position]!, row);
    return at < 0 ? undefined : ([0, 1, 2, 3].map((bound) => extents[at * 4 + bound]! / 10) as Extent);
  }

  /** Every place, in the file's order. */
  *all(): IterableIterator<Place> {
    for (let row = 0; row < this.header.places; row++) yield this.placeAt(row);
  }

  get(id: string): Place | undefined {
    const row = this.rowOf(id);
    return row === undefined ? undefined : this.placeAt(row);
  }

  private rowOf(id: string): number | undefined {
    const textRow = this.rowByTextId.get(id);
    if (textRow !== undefined) return textRow;
    const number = numericId(id);
    if (number === undefined) return undefined;
    const { byNumber, idNumbers } = this.columns;
    const at = findSorted(byNumber.length, (position) => idNumbers[byNumber[position]!]!, number);
    return at < 0 ? undefined : byNumber[at];
  }

  /** Every place one of whose names folds to `key` (see placeKey). */
  withKey(key: string): PlaceCandidate[] {
    let found = this.candidatesByKey.get(key);
    if (!found) {
      if (this.candidatesByKey.size >= MAX_REMEMBERED_KEYS) this.candidatesByKey.clear();
      found = (this.keys.codes(key) ?? []).map((code) => ({
        place: this.placeAt(code >> 2),
        mainName: (code & 3) !== 0,
        curated: (code & 2) !== 0,
      }));
      if (!this.keysIncludeHamlets) found = found.filter(({ place }) => place.kind !== 'hamlet');
      this.candidatesByKey.set(key, found);
    }
    return found;
  }

  hasKey(key: string): boolean {
    const candidates = this.candidatesByKey.get(key);
    if (candidates) return candidates.length > 0;
    if (!this.keysIncludeHamlets) return this.hasKeyBesidesHamlets(key);
    return remember(this.keyKnown, key, () => this.keys.codes(key) !== undefined);
  }

  /**
   * Whether a place other than a hamlet has this key. Hamlets bear people's names ("Susan Moore",
   * "Ponce de Leon"): a phrase tells a person from a place by the places that are not hamlets.
   */
  hasKeyBesidesHamlets(key: string): boolean {
    return remember(
      this.keyKnownBesidesHamlets,
      key,
      () => this.keys.codes(key) !== undefined && this.withKey(key).some(({ place }) => place.kind !== 'hamlet'),
    );
  }

  /** Whether some key begins with `prefix`: lets the matcher stop extending a phrase early. */
  hasKeyStartingWith(prefix: string): boolean {
    return remember(this.prefixKnown, prefix, () => this.keys.hasPrefix(prefix));
  }

  /** Main-name keys of countries, regions and cities of 50,000 or more: the near-miss vocabulary. */
  prominentKeys(): string[] {
    const text = utf8Decoder.decode(this.columns.prominentKeys);
    return text ? text.split('\n') : [];
  }

  /** The country's own entry, by ISO code. */
  country(code: string): Place | undefined {
    return code ? this.get(code) : undefined;
  }

  region(place: Place): Place | undefined {
    return place.regionId ? this.get(place.regionId) : undefined;
  }
}

/** `answer()` for `key`, asked once while it is remembered (up to MAX_REMEMBERED_KEYS, then afresh). */
function remember(answers: Map<string, boolean>, key: string, answer: () => boolean): boolean {
  let known = answers.get(key);
  if (known === undefined) {
    if (answers.size >= MAX_REMEMBERED_KEYS) answers.clear();
    answers.set(key, (known = answer()));
  }
  return known;
}

/** The position whose key (keyAt, ascending with the position) is `wanted`, or -1. */
function findSorted(length: number, keyAt: (position: number) => number, wanted: number): number {
  let low = 0;
  let high = length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const key = keyAt(middle);
    if (key === wanted) return middle;
    if (key < wanted) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

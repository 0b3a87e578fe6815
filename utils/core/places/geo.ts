const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** Great-circle distance (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial bearing from the first point to the second, in degrees clockwise from north (0-360). */
export function bearingDegrees(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const φ1 = lat1 * RADIANS;
  const φ2 = lat2 * RADIANS;
  const Δλ = (lon2 - lon1) * RADIANS;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (Math.atan2(y, x) / RADIANS + 360) % 360;
}

const COMPASS: [string, number][] = [
  ['north', 0],
  ['northeast', 45],
  ['east', 90],
  ['southeast', 135],
  ['south', 180],
  ['southwest', 225],
  ['west', 270],
  ['northwest', 315],
];

/** The compass point a bearing is nearest to ("west"). */
export function compassPoint(bearing: number): string {
  return COMPASS[Math.round(bearing / 45) % 8]![0];
}

/** The bearing a written direction means ("north-east", "northeast", "NE"); undefined for other words. */
export function directionBearing(word: string): number | undefined {
  const folded = word.toLowerCase().replace(/[-\s]/g, '');
  const short: Record<string, string> = {
    n: 'north',
    ne: 'northeast',
    e: 'east',
    se: 'southeast',
    s: 'south',
    sw: 'southwest',
    w: 'west',
    nw: 'northwest',
  };
  return COMPASS.find(([name]) => name === (short[folded] ?? folded))?.[1];
}

/** Smallest angle between two bearings, 0-180. */
export function bearingDifference(a: number, b: number): number {
  const difference = Math.abs(a - b) % 360;
  return difference > 180 ? 360 - difference : difference;
}

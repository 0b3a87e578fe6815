import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../lib/gazetteer-file';
import { placeKey } from '../../utils/core/places/place-key';
import { distanceKm } from '../../utils/core/places/geo';

const gazetteer = loadGazetteer();
const withKind = (name: string, kind: string, country: string) =>
  gazetteer
    .withKey(placeKey(name))
    .map((option) => option.place)
    .find((place) => place.kind === kind && place.country === country);

describe('the built gazetteer', () => {
  it("puts a region where the register of states puts it, when that point is the region's own", () => {
    // Manitoba's towns crowd its south (about 50° N); gazetteers put the province near 55° N, 97° W.
    const manitoba = withKind('Manitoba', 'region', 'CA');
    expect(manitoba?.lat).toBeCloseTo(55, 0);
    expect(manitoba?.lon).toBeCloseTo(-97, 0);
  });

  it("keeps the middle of its settlements' span where the register's point is a city's", () => {
    // The register puts New York State on New York City and Irkutsk Oblast on Irkutsk.
    const newYork = withKind('New York', 'region', 'US');
    expect(newYork?.lat).toBeGreaterThan(41.5);
    const irkutskOblast = withKind('Irkutsk Oblast', 'region', 'RU');
    const irkutsk = withKind('Irkutsk', 'city', 'RU');
    expect(distanceKm(irkutskOblast!.lat, irkutskOblast!.lon, irkutsk!.lat, irkutsk!.lon)).toBeGreaterThan(200);
    // Most of Queensland's towns line its east coast (151° E); atlases put the state near 145° E.
    const queensland = withKind('Queensland', 'region', 'AU');
    expect(queensland?.lon).toBeGreaterThan(142);
    expect(queensland?.lon).toBeLessThan(147.5);
    expect(queensland?.lat).toBeGreaterThan(-24);
  });

  it('averages across the 180th meridian an area whose settlements lie on both sides of it', () => {
    // Fiji's Eastern Division lies at 178° W to 179.6° E: a plain mean would put it near 0°, off Africa.
    const eastern = gazetteer.get('FJ.02');
    expect(Math.abs(eastern!.lon)).toBeGreaterThan(178);
  });

  it("leaves out of a region's point and extent a settlement the data files under it far from all its others", () => {
    // GeoNames codes an Ottawa suburb to Prince Edward Island; the island lies near 63° W.
    const island = withKind('Prince Edward Island', 'region', 'CA');
    expect(island?.lon).toBeGreaterThan(-64.5);
    expect(island?.extent?.[1]).toBeGreaterThan(-65.5);
    // A far corner with settlements of its own stays: Utqiagvik in Alaska, Kenora in Ontario.
    expect(withKind('Alaska', 'region', 'US')?.extent?.[2]).toBeGreaterThan(71);
    expect(withKind('Ontario', 'region', 'CA')?.extent?.[1]).toBeLessThan(-94);
  });

  it('keeps the counties of Britain under their bare names, and leaves those named like a town to the town', () => {
    for (const county of ['Norfolk', 'Suffolk', 'Kent', 'Cornwall', 'Fife'])
      expect(withKind(county, 'district', 'GB'), county).toBeDefined();
    expect(withKind('Manchester', 'district', 'GB')).toBeUndefined();
    expect(withKind('Manchester', 'city', 'GB')).toBeDefined();
  });

  it('keeps a county styled "County of" or "District of" under its bare name too (Ceredigion, Flintshire, Rutland)', () => {
    for (const county of ['Ceredigion', 'Flintshire', 'Rutland'])
      expect(withKind(county, 'district', 'GB'), county).toBeDefined();
  });
});

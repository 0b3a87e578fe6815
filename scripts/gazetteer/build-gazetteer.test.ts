import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../lib/gazetteer-file';
import { placeKey } from '../../utils/core/places/place-key';

const gazetteer = loadGazetteer();
const withKind = (name: string, kind: string, country: string) =>
  gazetteer
    .withKey(placeKey(name))
    .map((option) => option.place)
    .find((place) => place.kind === kind && place.country === country);

describe('the built gazetteer', () => {
  it('puts a region in the middle of the span its settlements cover, not where most of them crowd', () => {
    // Most of Queensland's towns line its east coast (151° E); atlases put the state near 145° E.
    const queensland = withKind('Queensland', 'region', 'AU');
    expect(queensland?.lon).toBeGreaterThan(142);
    expect(queensland?.lon).toBeLessThan(147.5);
    expect(queensland?.lat).toBeGreaterThan(-24);
    // Alaska's islands wrap around the 180th meridian: it keeps the mean of its towns, in Alaska.
    const alaska = withKind('Alaska', 'region', 'US');
    expect(alaska?.lon).toBeGreaterThan(-165);
    expect(alaska?.lon).toBeLessThan(-140);
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

import { describe, expect, it } from 'vitest';
import { pack } from '../search/pack';
import { formatGazetteer, Gazetteer, type GazetteerEntry } from './gazetteer';
import { placeKey } from './place-key';

const entry = (
  id: string,
  name: string,
  altNames: string[] = [],
  curatedNames: string[] = [],
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry => ({
  id,
  name,
  kind: 'town',
  country: 'UA',
  regionId: '',
  lat: 48.5,
  lon: 37.7,
  population: 1000,
  altNames,
  curatedNames,
  ...extra,
});

describe('the gazetteer file', () => {
  const entries = [
    entry('704617', 'Kostiantynivka', ['Konstantinovka']),
    entry('712165', 'Bakhmut', [], ['Artemivsk'], {
      regionId: 'UA.05',
      lat: 48.59541,
      lon: 37.99987,
      population: 71094,
    }),
    entry('UA.05', 'Donetsk Oblast', ['Donetsk region'], [], {
      kind: 'region',
      lat: -47.999,
      lon: -179.995,
      extent: [46.85, 36.55, 49.25, 39.05],
      population: 4_100_280,
    }),
    entry('sea-azov', 'Sea of Azov', [], ['Azov Sea'], { kind: 'sea', country: '', population: 0 }),
    entry('1', 'Київ', ['Kyiv', 'Kiev']),
  ];
  const bytes = formatGazetteer(entries);

  // Rounded as the text format was (toFixed): 36.55 is 36.5499… in binary, so it keeps 36.5.
  it('reads back every place the build wrote, with coordinates to the hundredth and bounds to the tenth', () => {
    const gazetteer = Gazetteer.fromBytes(bytes);
    expect(gazetteer.size).toBe(entries.length);
    expect(gazetteer.get('712165')).toEqual({
      id: '712165',
      name: 'Bakhmut',
      kind: 'town',
      country: 'UA',
      regionId: 'UA.05',
      lat: 48.6,
      lon: 38,
      population: 71094,
    });
    expect(gazetteer.get('UA.05')).toEqual({
      id: 'UA.05',
      name: 'Donetsk Oblast',
      kind: 'region',
      country: 'UA',
      regionId: '',
      lat: -48,
      lon: -180,
      population: 4_100_280,
      extent: [46.9, 36.5, 49.3, 39],
    });
    expect(gazetteer.get('sea-azov')).toMatchObject({ kind: 'sea', country: '' });
    expect(gazetteer.get('1')?.name).toBe('Київ');
    expect(gazetteer.get('999')).toBeUndefined();
    expect(gazetteer.get('0712165')).toBeUndefined();
    expect(gazetteer.region(gazetteer.get('712165')!)?.name).toBe('Donetsk Oblast');
    expect([...gazetteer.all()].map((place) => place.id)).toEqual(entries.map((place) => place.id));
  });

  it('finds each place by all its names, with main, alternate and curated names told apart', () => {
    const gazetteer = Gazetteer.fromBytes(bytes);
    expect(gazetteer.withKey('kostiantinivka').map(({ place, mainName }) => [place.id, mainName])).toEqual([
      ['704617', true],
    ]);
    expect(gazetteer.withKey('konstantinovka').map(({ place, mainName }) => [place.id, mainName])).toEqual([
      ['704617', false],
    ]);
    expect(gazetteer.withKey('artemivsk')[0]).toMatchObject({ mainName: true, curated: true });
    expect(gazetteer.withKey('kiev').map(({ place }) => place.id)).toEqual(['1']);
    expect(gazetteer.withKey('odesa')).toEqual([]);
    expect(gazetteer.hasKey('donetsk oblast')).toBe(true);
    expect(gazetteer.hasKey('donetsk')).toBe(false);
    expect(gazetteer.hasKeyStartingWith('donetsk ')).toBe(true);
    expect(gazetteer.hasKeyStartingWith('kost')).toBe(true);
    expect(gazetteer.hasKeyStartingWith('zz')).toBe(false);
    expect(gazetteer.hasKeyStartingWith('')).toBe(true);
    expect(gazetteer.keyCount).toBe(
      new Set(entries.flatMap((place) => [place.name, ...place.altNames, ...(place.curatedNames ?? [])].map(placeKey)))
        .size,
    );
    // Countries, regions, seas and places of 50,000 people or more, by their own names.
    expect(gazetteer.prominentKeys()).toEqual(['donetsk oblast', 'sea of azov', placeKey('Bakhmut')].sort());
  });

  it('hides its hamlets from lookups in the view the place tagger learns from', () => {
    const gazetteer = Gazetteer.fromBytes(
      formatGazetteer([
        entry('10', 'Hinton', [], [], { kind: 'hamlet', population: 938 }),
        entry('11', 'Hinton', [], [], { kind: 'village', population: 3244 }),
        entry('12', 'Dugway', [], [], { kind: 'hamlet', population: 795 }),
      ]),
    );
    expect(gazetteer.withKey(placeKey('Hinton')).map(({ place }) => place.kind)).toEqual(['hamlet', 'village']);
    expect(gazetteer.hasKey(placeKey('Dugway'))).toBe(true);
    const tagged = gazetteer.withoutHamlets();
    expect(tagged.withKey(placeKey('Hinton')).map(({ place }) => place.kind)).toEqual(['village']);
    expect(tagged.hasKey(placeKey('Dugway'))).toBe(false);
    expect(tagged.withKey(placeKey('Dugway'))).toEqual([]);
    expect(tagged.get('12')?.kind).toBe('hamlet');
  });

  it('refuses a file that is not a gazetteer, is of another version, or is cut short, with a clear message', () => {
    expect(() => Gazetteer.fromBytes(new TextEncoder().encode('sidenote-gazetteer 5\n1\n'))).toThrow(
      'not a gazetteer file: expected sidenote-gazetteer 7',
    );
    expect(() => Gazetteer.fromBytes(pack({ format: 'sidenote-index', version: 6 }, {}))).toThrow(
      'not a gazetteer file',
    );
    expect(() => Gazetteer.fromBytes(pack({ format: 'sidenote-gazetteer', version: 5 }, {}))).toThrow(
      'gazetteer version 5: expected sidenote-gazetteer 7; rebuild it',
    );
    expect(() => Gazetteer.fromBytes(bytes.subarray(0, bytes.length - 100))).toThrow(
      'the gazetteer file is truncated or damaged',
    );
    expect(() => Gazetteer.fromBytes(bytes.subarray(0, 40))).toThrow(/not a gazetteer file|truncated or damaged/);
  });
});

import { describe, expect, it } from 'vitest';
import { formatGazetteer, Gazetteer, GAZETTEER_FORMAT, type GazetteerEntry } from './gazetteer';

const entry = (id: string, name: string, altNames: string[] = [], curatedNames: string[] = []): GazetteerEntry => ({
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
});

describe('the gazetteer file', () => {
  const text = formatGazetteer([entry('1', 'Kostiantynivka', ['Konstantinovka']), entry('2', 'Bakhmut', [], ['Artemivsk'])]);

  it('reads back what the build wrote, with main, alternate and curated names told apart', () => {
    const gazetteer = Gazetteer.parse(text);
    expect(gazetteer.size).toBe(2);
    expect(gazetteer.get('1')).toMatchObject({ name: 'Kostiantynivka', kind: 'town', country: 'UA', lat: 48.5, population: 1000 });
    expect(gazetteer.withKey('kostiantinivka').map(({ place, mainName }) => [place.id, mainName])).toEqual([['1', true]]);
    expect(gazetteer.withKey('konstantinovka').map(({ place, mainName }) => [place.id, mainName])).toEqual([['1', false]]);
    expect(gazetteer.withKey('artemivsk')[0]).toMatchObject({ mainName: true, curated: true });
    expect(gazetteer.hasKeyStartingWith('kost')).toBe(true);
    expect(gazetteer.withKey('odesa')).toEqual([]);
  });

  it('refuses a file that is not a gazetteer, or is cut short, with a clear message', () => {
    expect(() => Gazetteer.parse('{"places": []}')).toThrow(`not a gazetteer file: expected "${GAZETTEER_FORMAT}" on its first line`);
    expect(() => Gazetteer.parse(`${GAZETTEER_FORMAT}\n5\n`)).toThrow('gazetteer file is truncated');
    expect(() => Gazetteer.parse(`${GAZETTEER_FORMAT}\n1\n1\tNowhere\tplanet\tUA\t\t0\t0\t0\t\nnowhere\t1`).get('1')).toThrow('gazetteer line 3 is malformed');
  });
});

import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../../scripts/lib/gazetteer-file';
import { PlaceFinder } from './find-places';

// The real gazetteer, built from the data packages (cached after the first run).
const gazetteer = loadGazetteer();
const finder = new PlaceFinder(gazetteer);

function placesIn(text: string) {
  return finder.find(text).map((mention) => {
    const place = gazetteer.get(mention.placeId)!;
    return { surface: mention.surface, name: place.name, kind: place.kind, country: place.country, id: place.id };
  });
}
const only = (text: string) => {
  const found = placesIn(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('spellings and transliterations resolve to one place', () => {
  it.each([
    ['Kostiantynivka', 'Kostyantynivka', 'Konstantinovka'],
    ['Bakhmut', 'Artemivsk'],
    ['Kyiv', 'Kiev'],
    ['Kharkiv', 'Kharkov'],
    ['Sloviansk', 'Slovyansk', 'Slov’yans’k'],
    ['Dobropillia', 'Dobropillya'],
    ['Kupiansk', 'Kupjansk'],
    ['Kleban-Byk', 'Kleban-Byka'],
    ['Oleksandro-Kalynove', 'Alexander-Kalininovo'],
  ])('%s', (...spellings) => {
    const ids = spellings.map((spelling) => placesIn(`Shelling continued near ${spelling} in Donetsk region overnight.`)[0]?.id);
    expect(new Set(ids).size).toBe(1);
  });

  it('names the Donetsk-region town, not its namesakes elsewhere, for Konstantinovka', () => {
    const place = only('Residents of Konstantinovka said the town lost power.');
    expect(place).toMatchObject({ name: 'Kostiantynivka', country: 'UA', id: '705104' });
  });

  it('folds possessives with either apostrophe and leaves them out of the mention', () => {
    for (const text of ["Ukraine's army held the line.", 'Ukraine’s army held the line.']) {
      expect(only(text)).toMatchObject({ surface: 'Ukraine', kind: 'country', country: 'UA' });
    }
  });
});

describe('multi-word names and cues', () => {
  it('reads multi-word names whole', () => {
    expect(placesIn('Troops crossed the Siverskyi Donets and the Sea of Azov froze, as in Western Ukraine.').map((place) => place.name)).toEqual([
      'Siverskyi Donets',
      'Sea of Azov',
      'Western Ukraine',
    ]);
    expect(only('Drones struck the Crimean peninsula.')).toMatchObject({ id: 'UA.11', kind: 'region' });
    expect(only('The Democratic Republic of the Congo held elections.')).toMatchObject({ country: 'CD', kind: 'country' });
  });

  it('tells a region from its namesake city by the words around it', () => {
    expect(only('Fighting raged across the Donetsk region.')).toMatchObject({ kind: 'region', id: 'UA.05' });
    expect(only('Fighting raged in Donetsk oblast.')).toMatchObject({ kind: 'region', id: 'UA.05' });
    expect(only('Power returned to the city of Donetsk.')).toMatchObject({ kind: 'city', country: 'UA' });
    expect(only('Moscow announced new sanctions.')).toMatchObject({ kind: 'city', country: 'RU' });
  });

  it('reads dotted abbreviations only where they are abbreviations', () => {
    expect(placesIn('The fire started in Louisville, Ky., on Sunday.').map((place) => place.name)).toEqual(['Louisville', 'Kentucky']);
    expect(placesIn('U.S. officials met their UK counterparts.').map((place) => place.country)).toEqual(['US', 'GB']);
    expect(placesIn('Miss. Smith said HIV and AIDS rates fell, the BBC reported.')).toEqual([]);
  });
});

describe('disambiguation by context and population', () => {
  it('picks the Paris and the London that the article is about', () => {
    expect(placesIn('The fair opened in Paris, Texas, on Friday.')[0]).toMatchObject({ name: 'Paris', country: 'US' });
    expect(placesIn('Police in London, Ontario, said the road reopened.')[0]).toMatchObject({ name: 'London', country: 'CA' });
    expect(only('The minister flew to Paris for the summit.')).toMatchObject({ name: 'Paris', country: 'FR' });
  });

  it('reads Georgia as the state among American places and as the country among its neighbours', () => {
    const american = placesIn('Storms hit Atlanta and Savannah, and Georgia declared an emergency.');
    expect(american.find((place) => place.surface === 'Georgia')).toMatchObject({ kind: 'region', country: 'US' });
    const caucasian = placesIn('Talks in Tbilisi and Yerevan: Georgia and Armenia signed the deal.');
    expect(caucasian.find((place) => place.surface === 'Georgia')).toMatchObject({ kind: 'country', country: 'GE' });
  });
});

describe('names that are not places here', () => {
  it('does not take people, units or groups from the seeds for places', () => {
    const text = `“My home now is here,” Fox told the AP. Anna Koresh, a resident, fled. Members of the notorious
      Wagner mercenary group attacked, said an Azov company commander who goes by Oleh. Fox said nothing more.`;
    expect(placesIn(text)).toEqual([]);
  });

  it('does not take demonyms for places', () => {
    expect(placesIn('Ukrainian troops repelled Russian shelling, Syrian and Canadian officials said.')).toEqual([]);
  });

  it('does not take a surname for the village of that name once the article has named the person', () => {
    expect(placesIn('Ambassador Andrei Karlov spoke. Later Karlov left.').map((place) => place.surface)).toEqual([]);
  });

  it('does not take month names, titles or disease names for places', () => {
    expect(placesIn('In June, President Jordan warned that West Nile virus had spread.')).toEqual([]);
  });
});

describe('the seed articles', () => {
  const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
  const bySeed = new Map(seeds.articles.map((article) => [article.id.slice(0, 3), placesIn(article.text)]));

  it('finds the places each seed names, variants resolved to one place', () => {
    const ids = (seed: string, surface: string) => new Set(bySeed.get(seed)!.filter((place) => place.surface === surface).map((place) => place.id));
    expect(ids('001', 'Konstantinovka')).toEqual(ids('002', 'Kostiantynivka'));
    expect(ids('001', 'Kleban-Byka')).toEqual(new Set(['s:kleban-byk']));
    expect(ids('001', 'Alexander-Kalininovo')).toEqual(new Set(['s:oleksandro-kalynove']));
    expect(ids('004', 'Slovyansk')).toEqual(new Set(['693468']));
    const names = (seed: string) => new Set(bySeed.get(seed)!.map((place) => place.name));
    for (const name of ['Ukraine', 'Russia', 'Kostiantynivka', 'Mariupol', 'Siverskyi Donets', 'Dnipro River']) expect(names('002').has(name)).toBe(true);
    for (const name of ['Kupiansk', 'Kharkiv']) expect(names('003').has(name)).toBe(true);
    for (const name of ['Bakhmut', 'Kramatorsk', 'Sloviansk', 'Poland', 'Germany']) expect(names('004').has(name)).toBe(true);
    for (const name of ['Bakhmut', 'Kyiv', 'Kleban-Byk']) expect(names('001').has(name)).toBe(true);
    for (const name of ['Pokrovsk', 'Dobropillia', 'Luhansk']) expect(names('000').has(name)).toBe(true);
  });

  it('keeps Anna, Fox, Wagner and Azov people and units in the seeds themselves', () => {
    const surfaces = [...bySeed.values()].flat().map((place) => place.surface);
    for (const trap of ['Anna', 'Fox', 'Wagner', 'Azov']) expect(surfaces).not.toContain(trap);
  });

  it('gives every mention exactly the text it covers', () => {
    for (const article of seeds.articles) {
      for (const mention of finder.find(article.text)) expect(article.text.slice(mention.start, mention.end)).toBe(mention.surface);
    }
  });
});

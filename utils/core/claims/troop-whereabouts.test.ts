import { describe, expect, it } from 'vitest';
import { finder, gazetteer, notesOn } from '../../../tests/support/corpus-notes';
import { placesInText } from './claim-subjects';
import { extractClaims } from './extract-claims';

/** The `of` of each count of troops in the text, in text order. */
const troopCounts = (text: string) =>
  extractClaims(text, { places: placesInText(finder.find(text), gazetteer), published: '2022-10-15' })
    .filter((claim) => claim.frame?.measure === 'troops')
    .map((claim) => claim.frame?.of);
const troopsOf = (text: string) => troopCounts(text)[0];

describe('where troops stand, and the troops their sentence tells apart', () => {
  it('reads the country a count is sent into or stands in, and the country of troops told beside it', () => {
    expect(
      troopCounts(
        'Russian officials claimed that it would be reducing its force size along Ukraine’s border after amassing roughly 150,000 troops and deploying 30,000 soldiers into neighboring Belarus.',
      ),
    ).toEqual([['b:UA', 'x:BY'], ['in:BY']]);
    expect(
      troopCounts(
        'Russia continues to deny any intent to invade despite its troop buildup of not only an estimated 100,000 troops in Russia, but the deployment of another 30,000 Russian troops to neighboring Belarus.',
      ),
    ).toEqual([['in:RU', 'x:BY'], ['in:BY']]);
  });

  it('reads no place from who said it, from another subject or clause, or from "to Ukraine’s north"', () => {
    expect(troopsOf('Russia has massed 100,000 troops, officials in Kyiv said.')).toEqual([]);
    expect(troopsOf('Russia has deployed 150,000 troops near Ukraine, prompting concern in Germany.')).toEqual([]);
    expect(troopsOf('Russia has deployed 100,000 troops near Ukraine, including some in Belarus.')).toEqual([]);
    expect(troopsOf('Russia has massed 100,000 troops to Ukraine’s north.')).toEqual([]);
    expect(
      troopCounts(
        'Ukraine has massed 250,000 troops, while Russia deployed 100,000 troops near the border and sent troops into Belarus.',
      ),
    ).toEqual([[], ['x:BY']]);
    // "and" that goes on to something else than a country ends no list.
    expect(
      troopsOf('Moscow deployed roughly 30,000 soldiers into Belarus and held drills near Ukraine, officials claimed.'),
    ).toEqual(['in:BY']);
  });

  it('takes no list of countries, no adjective and no "close to" for where troops stand', () => {
    expect(troopsOf('The force comprised more than 150,000 troops massed in Belarus and western Russia.')).toEqual([]);
    // "and on Thursday" goes on to another clause, not to another place.
    expect(troopsOf('Russia has massed 30,000 troops in Belarus and on Thursday began joint drills.')).toEqual([
      'in:BY',
    ]);
    expect(
      troopsOf(
        'Russia has spent weeks amassing more than 150,000 troops in Belarus and on the Russian side of the border.',
      ),
    ).toEqual([]);
    expect(
      troopsOf(
        'The crisis loomed after as many as 190,000 Russian troops massed close to Ukraine, alongside 1,200 tanks.',
      ),
    ).toEqual([]);
    expect(troopsOf('Russia has deployed 100,000 troops to the Ukrainian border.')).toEqual(['b:UA']);
  });
});

describe('the border troops stand at', () => {
  it('is read before the word and after "with" or "of", as countries, or the region the sentence names', () => {
    expect(troopsOf('Lukashenko claimed that Ukraine had amassed 15,000 troops on the Belarusian border.')).toEqual([
      'b:BY',
    ]);
    expect(troopsOf('Russia has massed 100,000 troops on the Polish-Ukrainian border.')).toEqual(['b:PL', 'b:UA']);
    expect(troopsOf("Russia has massed 100,000 troops along Ukraine's northern border with Belarus.")).toEqual([
      'b:BY',
      'b:UA',
    ]);
    expect(troopsOf('Russia has amassed more than 130,000 troops on the eastern border of Ukraine.')).toEqual(['b:UA']);
    expect(
      troopsOf(
        'Kiev has deployed some 40,000 troops to the border with the Lugansk People’s Republic, an official said.',
      ),
    ).toEqual(['b:UA.14']);
    // A sentence that names no side names no border.
    expect(troopsOf('Russia has massed 100,000 troops near the border, officials said.')).toEqual([]);
    expect(troopsOf('Russia has massed some 20,000 troops on the border between Russia and Ukraine.')).toEqual([
      'b:RU',
      'b:UA',
    ]);
    expect(troopsOf('Moldova fears the 5,000 troops on its borders with Russia, Belarus and Ukraine.')).toEqual([
      'b:BY',
      'b:RU',
      'b:UA',
    ]);
  });

  it('is the one nearest the figure, and not a border that names a kind of thing', () => {
    // The guards name no border; "in Belarus" is where the troops stand.
    expect(troopsOf('Ukrainian border guards said Russia has massed 100,000 troops in Belarus.')).toEqual(['in:BY']);
    const text = 'Russia has 100,000 troops near the border with Ukraine, and 30,000 troops on the border of Finland.';
    expect(troopCounts(text)).toEqual([['b:UA'], ['b:FI']]);
  });

  it('keeps apart troops at borders that share only one side, or a region and its country', async () => {
    const lpr =
      'Kiev has deployed some 15,000 troops to the border with the Lugansk People’s Republic, an official said.';
    expect(
      await notesOn(lpr, 'Ukraine has massed 15,000 troops along Ukraine’s northern border with Belarus.', [
        '2022-10-15',
        '2022-10-08',
      ]),
    ).toEqual([]);
    expect(
      await notesOn(
        'Russia has 30,000 troops at the Russia-Finland border, officials said.',
        'Russia has 30,000 soldiers at the Russian-Ukrainian frontier, officials said.',
      ),
    ).toEqual([]);
    // One border told by one side and by both still pairs.
    expect(
      await notesOn(
        'Russia has amassed 130,000 troops on the eastern border of Ukraine.',
        'Russia has massed 130,000 troops along the Russian-Ukrainian border, US officials say.',
      ),
    ).toHaveLength(1);
  });

  it('is shown as part of why two figures paired', async () => {
    const [note] = await notesOn(
      'Russia has amassed more than 130,000 troops on the eastern border of Ukraine.',
      "Russia has massed 130,000 troops along Ukraine's border, US officials say.",
    );
    expect(note?.basis).toMatch(/^troops massed at the border of Ukraine · by Russia/);
    // Beside a figure that names no border, the page's own border is not given as shared.
    const [alone] = await notesOn(
      'Russia has amassed more than 130,000 troops on the eastern border of Ukraine.',
      'Russia has massed 130,000 troops, US officials say.',
    );
    expect(alone?.basis).toMatch(/^troops massed · by Russia/);
    // Where the troops stand, and the troops told apart, are shared by both and shown.
    const [apart] = await notesOn(
      'Russia has not only amassed roughly 100,000 troops in Russia but deployed an additional 30,000 troops to neighboring Belarus.',
      'Russia massed about 100,000 troops in Russia and has sent troops into Belarus.',
    );
    expect(apart?.basis).toMatch(/^troops massed in Russia, apart from those in Belarus · by Russia/);
  });
});

import { describe, expect, it } from 'vitest';
import { finder, gazetteer, notesOn } from '../../../tests/support/corpus-notes';
import { placesInText } from './claim-subjects';
import { extractClaims } from './extract-claims';

const troopsOf = (text: string) =>
  extractClaims(text, { places: placesInText(finder.find(text), gazetteer), published: '2022-10-15' }).find(
    (claim) => claim.frame?.measure === 'troops',
  )?.frame?.of;

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
  });

  it('is shown as part of why two figures paired', async () => {
    const [note] = await notesOn(
      'Russia has amassed more than 130,000 troops on the eastern border of Ukraine.',
      "Russia has massed 130,000 troops along Ukraine's border, US officials say.",
    );
    expect(note?.basis).toMatch(/^troops massed at the border of Ukraine · by Russia/);
  });
});

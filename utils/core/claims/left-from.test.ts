import { describe, expect, it } from 'vitest';
import { finder, gazetteer } from '../../../tests/support/corpus-notes';
import { placesInText } from './claim-subjects';
import { extractClaims } from './extract-claims';
import { UNRESOLVED_WHOLE } from './frame-of';
import { HOMES_WHOLE } from './left-from';

/** The `of` of the text's first count of people who left. */
const leftOf = (text: string) =>
  extractClaims(text, { places: placesInText(finder.find(text), gazetteer), published: '2022-05-12' }).find(
    (claim) => claim.frame?.event === 'fled',
  )?.frame?.of;

describe('what people who left, left', () => {
  it('a country, or nothing said, is what refugees are counted of: no whole', () => {
    expect(leftOf('According to the UNHCR, a total of 6,029,705 people have left Ukraine since 24 February.')).toEqual(
      [],
    );
    expect(
      leftOf('More than 4.6 million people have left the country since Russia invaded Ukraine, the UNHCR said.'),
    ).toEqual([]);
  });

  it('their homes, a town named or a town unnamed are each a whole of their own', () => {
    expect(
      leftOf('Since the invasion, more than 10 million people are thought to have left their homes in Ukraine.'),
    ).toEqual([HOMES_WHOLE]);
    expect(leftOf('Around 400,000 refugees have fled here since Russia invaded Ukraine.')).toEqual([UNRESOLVED_WHOLE]);
    expect(leftOf('The mayor says nearly two million people have left the capital since the invasion.')).toEqual([
      UNRESOLVED_WHOLE,
    ]);
    expect(leftOf('Officials say nearly two million people have fled Ukraine’s capital since the invasion.')).toEqual([
      UNRESOLVED_WHOLE,
    ]);
    expect(leftOf('Officials say 6 million people have fled from their homes since the invasion.')).toEqual([
      HOMES_WHOLE,
    ]);
    // Where they were, between the count and its verb, is not what they left.
    expect(
      leftOf('Officials say more than 10 million people in Ukraine have fled their homes since the invasion.'),
    ).toEqual([HOMES_WHOLE]);
    // A clause that goes on to something else describes no town: they left the country.
    expect(
      leftOf('Officials say 4 million people have left the country for the city of Lviv since Russia invaded Ukraine.'),
    ).toEqual([]);
    expect(leftOf('The war has displaced more than 10 million people since Russia invaded Ukraine.')).toEqual([
      HOMES_WHOLE,
    ]);
    expect(leftOf('Officials say 10 million people are displaced since Russia invaded Ukraine.')).toEqual([
      HOMES_WHOLE,
    ]);
    const [mariupol] = finder.find('Mariupol').map((mention) => mention.placeId);
    const [kyiv] = finder.find('Kyiv').map((mention) => mention.placeId);
    expect(leftOf('At least 100,000 people have fled Mariupol since Russia invaded Ukraine.')).toEqual([mariupol]);
    expect(leftOf('At least 100,000 people have fled besieged Mariupol since Russia invaded Ukraine.')).toEqual([
      mariupol,
    ]);
    expect(
      leftOf('Officials say nearly 2 million people have left the capital Kyiv since Russia invaded Ukraine.'),
    ).toEqual([kyiv]);
    expect(
      leftOf('At least 100,000 people have fled the southern port of Mariupol since Russia invaded Ukraine.'),
    ).toEqual([mariupol]);
    expect(
      leftOf('At least 100,000 people have fled the besieged port city of Mariupol since Russia invaded Ukraine.'),
    ).toEqual([mariupol]);
    expect(
      leftOf('At least 100,000 people have fled the city of Mariupol since Russia invaded Ukraine, officials said.'),
    ).toEqual([mariupol]);
  });
});

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

const placeIdOf = (name: string) => finder.find(name)[0]!.placeId;

describe('what people who left, left', () => {
  it.each([
    // A country, or nothing said, is what refugees are counted of: no whole.
    ['According to the UNHCR, a total of 6,029,705 people have left Ukraine since 24 February.', []],
    ['More than 4.6 million people have left the country since Russia invaded Ukraine, the UNHCR said.', []],
    // A clause that goes on to something else describes no town: they left the country.
    ['Officials say 4 million people have left the country for the city of Lviv since Russia invaded Ukraine.', []],
    // Their homes, or displaced: everyone forced out.
    ['Since the invasion, more than 10 million people are thought to have left their homes in Ukraine.', [HOMES_WHOLE]],
    ['Officials say 6 million people have fled from their homes since the invasion.', [HOMES_WHOLE]],
    // Where they were, between the count and its verb, is not what they left.
    ['Officials say more than 10 million people in Ukraine have fled their homes since the invasion.', [HOMES_WHOLE]],
    ['The war has displaced more than 10 million people since Russia invaded Ukraine.', [HOMES_WHOLE]],
    ['Officials say 10 million people are displaced since Russia invaded Ukraine.', [HOMES_WHOLE]],
    // A town the words do not name, or "here".
    ['Around 400,000 refugees have fled here since Russia invaded Ukraine.', [UNRESOLVED_WHOLE]],
    ['The mayor says nearly two million people have left the capital since the invasion.', [UNRESOLVED_WHOLE]],
    ['Officials say nearly two million people have fled Ukraine’s capital since the invasion.', [UNRESOLVED_WHOLE]],
    // A town named, however described.
    ['At least 100,000 people have fled Mariupol since Russia invaded Ukraine.', ['Mariupol']],
    ['At least 100,000 people have fled besieged Mariupol since Russia invaded Ukraine.', ['Mariupol']],
    ['Officials say nearly 2 million people have left the capital Kyiv since Russia invaded Ukraine.', ['Kyiv']],
    ['At least 100,000 people have fled the southern port of Mariupol since Russia invaded Ukraine.', ['Mariupol']],
    [
      'At least 100,000 people have fled the besieged port city of Mariupol since Russia invaded Ukraine.',
      ['Mariupol'],
    ],
    [
      'At least 100,000 people have fled the city of Mariupol since Russia invaded Ukraine, officials said.',
      ['Mariupol'],
    ],
  ])('%s', (text, wholes) => {
    const expected = wholes.map((whole) => (whole.includes(':') ? whole : placeIdOf(whole)));
    expect(leftOf(text)).toEqual(expected);
  });
});

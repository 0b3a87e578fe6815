/**
 * What people who left, left: "4.28 million people have fled Ukraine" are refugees, "nearly two
 * million people have left the capital" left one city, and "10 million people have left their
 * homes" are everyone displaced, at home or abroad. Three counts, which share a measure and a verb.
 */
import { SETTLEMENT_KINDS } from '../places/place-context';
import type { Token } from '../text';
import type { FramePlace } from './frame-actors';
import { UNRESOLVED_WHOLE } from './frame-of';

/** The whole a count of people who left their homes is of: a key no place has. */
export const HOMES_WHOLE = 'w:homes';

const LEAVING = /^(?:left|leave|leaving|leaves|fled|flee|flees|fleeing|escaped)$/;
// "have left", "had already fled", "were forced to flee": words between the figure and its verb.
const BEFORE_THE_VERB =
  /^(?:have|has|had|having|been|were|was|are|is|already|now|since|forced|to|so|far|reportedly|thought|believed|estimated|said|likely)$/;
const POSSESSIVES = /^(?:their|his|her|its)$/;
const TOWN_NOUNS = /^(?:capital|city|town|village|port|cities|towns|villages)$/;
const WHERE_THEY_WERE = /^(?:in|across|inside|from)$/;
// Words before a town's noun that describe it ("the besieged eastern port city"), not a clause that
// goes on to something else ("the country for the city of Lviv").
const DESCRIBED_TOWN_REACH = 4;
const NO_DESCRIPTION =
  /^(?:for|to|since|in|into|and|or|after|before|from|as|with|on|at|by|of|the|a|an|that|which|who)$/;

/**
 * The whole a count of people who left is of, read from the object of its verb: the town they left
 * (a town the sentence does not name, "the capital", is one no other count can be shown to share),
 * their homes (or displaced), or "here"; null when they left a country, a region or nothing said.
 */
export function leftFrom(
  before: readonly Token[],
  after: readonly Token[],
  places: readonly FramePlace[],
): string[] | null {
  // "The war has displaced more than 10 million people", "10 million people are displaced": forced
  // from their homes, as the subject's words say too (consistency/same-subject.ts).
  if (before.at(-1)?.term === 'displaced' || after.slice(0, 3).some((token) => token.term === 'displaced'))
    return [HOMES_WHOLE];
  const placeAt = (token: Token | undefined) =>
    token && places.find((one) => one.start <= token.start && token.end <= one.end);
  const townAt = (token: Token | undefined) => {
    const place = placeAt(token);
    return place && SETTLEMENT_KINDS.has(place.kind) ? place.id : null;
  };
  let at = 0;
  while (at < after.length) {
    if (BEFORE_THE_VERB.test(after[at]!.term)) at++;
    // "10 million people in Ukraine have fled their homes": where they were is not what they left.
    else if (WHERE_THEY_WERE.test(after[at]!.term) && placeAt(after[at + 1])) {
      const place = placeAt(after[at + 1])!;
      at += 1;
      while (at < after.length && after[at]!.end <= place.end) at++;
    } else break;
  }
  if (!LEAVING.test(after[at]?.term ?? '')) return null;
  let object = at + 1;
  if (after[object]?.term === 'from') object++;
  if (after[object]?.term === 'the' || POSSESSIVES.test(after[object]?.term ?? '')) object++;
  const first = after[object]?.term;
  if (first === 'home' || first === 'homes') return [HOMES_WHOLE];
  // "400,000 refugees have fled here": to where the article stands, a part of all who fled.
  if (first === 'here' || first === 'there') return [UNRESOLVED_WHOLE];
  // "The city of Mariupol", "the capital, Kyiv", "besieged Mariupol", "the southern port of
  // Mariupol" are the town named; "Ukraine's capital", "the besieged eastern city" a town the words
  // do not name.
  for (let word = object; word < Math.min(after.length, object + DESCRIBED_TOWN_REACH); word++) {
    const town = townAt(after[word]);
    if (town) return [town];
    const term = after[word]!.term;
    // "The besieged port city of Mariupol": the noun is the last of them.
    if (TOWN_NOUNS.test(term) && !TOWN_NOUNS.test(after[word + 1]?.term ?? '')) {
      const named = after[word + 1]?.term === 'of' ? townAt(after[word + 2]) : townAt(after[word + 1]);
      return [named ?? UNRESOLVED_WHOLE];
    }
    if (NO_DESCRIPTION.test(term)) break;
  }
  return null;
}

/**
 * Names after a place's possessive ("Kharkiv's Chuhuiv"): a part of the place, or a namesake
 * elsewhere. Pure: it reads a candidate and the article's resolved names.
 */
import type { NameCandidate } from './candidates';
import type { Place, PlaceCandidate } from './gazetteer';
import { contains, isNear, SETTLEMENT_KINDS } from './place-context';

const BIG_CITY = 100_000;

// "Kharkiv's Chuhuiv", "Manhattan's Lower East Side": a part of a place, after the place's possessive.
const OWNER_BEFORE = /['’]s\s+(?:(?:upper|lower|old|new|greater)\s+)?$/;
const OWNED_AFTER = /^['’]s\s+(?:(?:upper|lower|old|new|greater)\s+)?/i;
const OWNER_KINDS = new Set([...SETTLEMENT_KINDS, 'district', 'region', 'country']);

const isPartOf = (part: Place, owner: Place) =>
  (SETTLEMENT_KINDS.has(part.kind) || part.kind === 'district') &&
  OWNER_KINDS.has(owner.kind) &&
  owner.id !== part.id &&
  (contains(owner, part) || (owner.kind !== 'country' && isNear(owner, part)));

/**
 * A town or district named after a place's possessive is a part of it, and both are places when it
 * lies in it or near it ("Kharkiv's Chuhuiv", "Ohio's Cincinnati"); a small town that does not is a
 * namesake elsewhere (an Australian village for "Manhattan's Lower East Side"). Undefined when no
 * place owns the name and the name owns no place.
 */
export function ownedPlaceVerdict(
  candidate: NameCandidate,
  place: Place,
  resolved: ReadonlyMap<NameCandidate, PlaceCandidate>,
): boolean | undefined {
  const owner = OWNER_BEFORE.exec(candidate.textBefore);
  const owned = OWNED_AFTER.exec(candidate.textAfter);
  if (!owner && !owned) return undefined;
  const ownerEnd = owner ? candidate.start - owner[0].length : -1;
  const ownedStart = owned ? candidate.end + owned[0].length : -1;
  for (const [other, { place: otherPlace }] of resolved) {
    if (other.end === ownerEnd && (SETTLEMENT_KINDS.has(place.kind) || place.kind === 'district'))
      if (isPartOf(place, otherPlace)) return candidate.capitalizedAfter === '' || undefined;
      else return place.population < BIG_CITY ? false : undefined; // "Moscow's Kyiv policy" names Kyiv
    if (other.start === ownedStart && isPartOf(otherPlace, place)) return true;
  }
  return undefined;
}

/**
 * Which corpus figures say something about what a page's figure says. Two figures are paired when
 * they measure the same kind of thing (same currency, same counted noun) about the same place and
 * share a word of what was measured ("control", "killed"): "Russian forces
 * control approximately 70% of Donetsk" and "Ukraine has lost control of around 70% of the region"
 * pair on Donetsk and "control". The candidates come from the corpus index's figures about the
 * page figure's places, across the whole corpus.
 */
import { isCheckable, type ClaimTable, type IndexedClaim } from '../claims/claim-table';
import type { Claim } from '../types';
import { baseValue, comparableUnits, yearsApart } from './compare-figures';

export interface Pairing {
  claim: IndexedClaim;
  score: number;
}

type SubjectPlace = Claim['subject']['places'][number];
// A city and the region it lies in are one subject: "70% of Donetsk" and "70% of the Donetsk region".
const samePlace = (a: SubjectPlace, b: SubjectPlace) => a.id === b.id || a.within === b.id || a.id === b.within;

// Figures over ten times apart measure different things ("the 1,250-kilometer front line" and "8
// kilometers from the front"), not one thing two ways. Percentages are bounded and exempt.
const MAX_RATIO = 10;
/**
 * Most candidates weighed for one page figure, the corpus's latest: in a 100k-article corpus about
 * one war, "count of people about Ukraine" runs to tens of thousands, and the note shows four.
 */
const MAX_CANDIDATES = 1000;

function farApart(kind: Claim['kind'], pageBase: number, otherBase: number): boolean {
  if (kind === 'percent') return false;
  const [a, b] = [Math.abs(pageBase), Math.abs(otherBase)];
  return Math.min(a, b) === 0 ? a !== b : Math.max(a, b) / Math.min(a, b) > MAX_RATIO;
}

export function pairScore(page: Claim, other: IndexedClaim): number {
  if (!comparableUnits(page, other) || farApart(page.kind, baseValue(page), baseValue(other))) return 0;
  const sharedPlaces = other.subject.places.filter((place) => page.subject.places.some((own) => samePlace(own, place))).length;
  if (sharedPlaces === 0) return 0;
  const terms = new Set(page.subject.terms);
  const sharedTerms = other.subject.terms.filter((term) => terms.has(term)).length;
  // A word of what was measured in common, even for counts, which name what they count: across a
  // whole corpus, "200 people" about the United States meets hundreds of other counts of people.
  return sharedTerms > 0 ? sharedPlaces * 2 + sharedTerms : 0;
}

/**
 * Per page figure, the best-matching figure of each corpus article that has one, best first (ties
 * to the figure dated closest to the page's). Articles in `exclude` (the page's own copy) are skipped.
 */
export function pairFigures(pageClaims: readonly Claim[], table: ClaimTable, exclude: ReadonlySet<number> = new Set()): Map<Claim, Pairing[]> {
  const paired = new Map<Claim, Pairing[]>();
  for (const claim of pageClaims) {
    if (!isCheckable(claim)) continue;
    const placeIds = new Set(claim.subject.places.flatMap((place) => (place.within ? [place.id, place.within] : [place.id])));
    const best = new Map<number, Pairing>();
    const terms = new Set(claim.subject.terms);
    const base = baseValue(claim);
    for (const id of table.candidates(claim, placeIds, MAX_CANDIDATES)) {
      // Cheap refusals first, from the table's columns: most candidates of a common place fail here.
      if (exclude.has(table.docOf(id)) || farApart(claim.kind, base, table.baseValueOf(id))) continue;
      if (!table.sharesTerm(id, terms)) continue;
      const other = table.claimAt(id);
      const score = pairScore(claim, other);
      const kept = best.get(other.doc);
      if (score > 0 && (!kept || score > kept.score)) best.set(other.doc, { claim: other, score });
    }
    if (best.size === 0) continue;
    // Dates are read once a pairing, not once a comparison: a common subject has hundreds.
    const apart = new Map([...best.values()].map((pairing) => [pairing, yearsApart(claim.asOf, pairing.claim.asOf) ?? Number.POSITIVE_INFINITY]));
    paired.set(claim, [...best.values()].sort((a, b) => b.score - a.score || apart.get(a)! - apart.get(b)! || b.claim.doc - a.claim.doc));
  }
  return paired;
}

/** How many of the page's figures each corpus article gives a figure on: shared claims, for ranking. */
export function sharedFiguresByArticle(pairings: ReadonlyMap<Claim, Pairing[]>): Map<number, Claim[]> {
  const shared = new Map<number, Claim[]>();
  for (const [claim, list] of pairings) {
    for (const { claim: other } of list) {
      const claims = shared.get(other.doc) ?? [];
      if (claims.length === 0) shared.set(other.doc, claims);
      claims.push(claim);
    }
  }
  return shared;
}

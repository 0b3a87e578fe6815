/**
 * Which corpus figures measure what a page's figure measures. Two figures are paired only when
 * their frames (claims/figure-frame.ts) say they are one quantity: the same measured thing with
 * the same words setting it apart ("military" aid is neither "humanitarian" aid nor all aid), the same event ("killed",
 * not "massed"), the same holder where both name one (aid from the US, not from France), the same
 * kind of figure (a level, not a rate, a plan or a running total), about the same place. Silence
 * beats a wrong verdict: a pair that fails any of these is not compared at all. Whether two reports
 * are told too far apart in time to be one is pair-times.ts; whether they are of one place, site
 * and event, same-subject.ts.
 */
import { POLLSTER, UNNAMED_POLLSTER } from '../claims/pollster';
import { isCheckable, type ClaimTable, type IndexedClaim } from '../claims/claim-table';
import { MANY_OTHERS } from '../claims/frame-lexicon';
import { BENCHMARK_MODIFIERS, UNRESOLVED_WHOLE } from '../claims/frame-of';
import { whereaboutsMeet, wholesOf } from '../claims/troop-whereabouts';
import { isStock, samePlace, sameSubject } from './same-subject';
import type { Claim, FigureFrame } from '../types';
import { baseValue } from '../claims/figure-values';
import {
  ABOUT_TOLERANCE,
  comparableUnits,
  figuresAgree,
  isCeiling,
  isFloor,
  withinRounding,
  yearsApart,
} from './compare-figures';
import {
  agreeAcrossTime,
  earlierAtOtherValue,
  happenedOnOtherDays,
  isSpan,
  spansOfOtherDays,
  toldBeforeItWasNew,
  toldOutsideRecentWeeks,
  toldTooFarApart,
} from './pair-times';

export interface Pairing {
  claim: IndexedClaim;
  score: number;
}

type Figure = Pick<Claim, 'bound' | 'value' | 'high' | 'unit' | 'kind'>;
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

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((item) => b.includes(item));
const isFramed = <T extends Pick<Claim, 'frame'>>(claim: T): claim is T & { frame: FigureFrame } =>
  claim.frame !== null;

/** A frame's modifiers that name a price's benchmark (or, `false`, all the others). */
const benchmarksOf = (frame: FigureFrame, benchmarks: boolean) =>
  frame.modifiers.filter((modifier) => BENCHMARK_MODIFIERS.has(modifier) === benchmarks);

/** Whether two frames describe one quantity; the reasons are listed in the module's comment. */
export function sameQuantity(
  a: FigureFrame,
  b: FigureFrame,
  kind: Claim['kind'],
  exactMatch = false,
  recipientsInPart = false,
): boolean {
  if (a.measure !== b.measure || a.nature !== b.nature || a.period !== b.period) return false;
  // A plan or a forecast is not a fact, and two of them are too often two different ones.
  if (a.nature === 'plan' || a.nature === 'forecast') return false;
  if (a.since !== null && b.since !== null && a.since !== b.since) return false;
  // A span that ends on its article's day ("in the past four days") is no running total of the war.
  if ((isSpan(a.since) || isSpan(b.since)) && a.since !== b.since) return false;
  // A count or a share of a place says what happened to what it measures: soldiers massed are not
  // soldiers killed, a town held is not a town destroyed, and one that says nothing is not compared.
  // A sum is compared whatever its clause says of it, unless one is told as pledged and the other as provided.
  const eventsDiffer =
    kind === 'money' ? a.event !== null && b.event !== null && a.event !== b.event : a.event !== b.event;
  if (eventsDiffer || ((kind === 'count' || a.measure === 'territory') && a.event === null)) return false;
  const within = (part: readonly string[], whole: readonly string[]) => part.every((word) => whole.includes(word));
  const oneWithinOther = (x: readonly string[], y: readonly string[]) => within(x, y) || within(y, x);
  if (
    a.recipients.length &&
    b.recipients.length &&
    a.recipients.join() !== b.recipients.join() &&
    !(recipientsInPart && oneWithinOther(a.recipients, b.recipients))
  )
    return false;
  // Those who fled to Poland are a part of all who fled: a destination told on one side only is a part.
  if (a.event === 'fled' && a.recipients.join() !== b.recipients.join()) return false;
  // A sum shared among many ("to Ukraine and 15 other governments") is no sum given to fewer.
  if (a.recipients.includes(MANY_OTHERS) !== b.recipients.includes(MANY_OTHERS)) return false;
  // "Non-military support" is a part of "support": a modifier on one side only is a part against its
  // whole, unless the two give one figure exactly and one side's modifiers are among the other's
  // ("the $95bn military aid package", "$95bn in aid"; "$225 million in humanitarian aid" beside
  // "$1 billion in weapons", read as military too).
  // A barrel of Brent is not one of West Texas Intermediate; a price that names no benchmark may be either.
  const [aBenchmark, bBenchmark] = [benchmarksOf(a, true).join(), benchmarksOf(b, true).join()];
  if (aBenchmark && bBenchmark && aBenchmark !== bBenchmark) return false;
  const [aModifiers, bModifiers] = [benchmarksOf(a, false), benchmarksOf(b, false)];
  if (aModifiers.join() !== bModifiers.join() && !(exactMatch && oneWithinOther(aModifiers, bModifiers))) return false;
  if (a.holders.length && b.holders.length && !overlaps(a.holders, b.holders)) return false;
  // A share of Donetsk is not a share of Kharkiv, nor a share of anything else; land held is of a
  // place both must name ("80% of the embattled city" and "20% of his country's territory" name none).
  // A share of "its gas" is of a whole the frame could not tell, and is one with nothing.
  const told = (of: readonly string[]) => wholesOf(of).filter((whole) => whole !== UNRESOLVED_WHOLE);
  const [aWholes, bWholes] = [wholesOf(a.of), wholesOf(b.of)];
  if ((aWholes.length || bWholes.length || a.measure === 'territory') && !overlaps(told(a.of), told(b.of)))
    return false;
  // Troops at the Belarusian border are not troops at the border with the LPR.
  if (!whereaboutsMeet(a.of, b.of)) return false;
  return true;
}

/** Two figures stated as one value, up to rounding, neither an open bound: "$95 billion" and "$95bn". */
function sameFigure(a: Claim | IndexedClaim, b: Claim | IndexedClaim): boolean {
  const point = (claim: Claim | IndexedClaim) => claim.bound === 'exact' || claim.bound === 'about';
  return point(a) && point(b) && a.high === null && b.high === null && withinRounding(baseValue(a), baseValue(b));
}

/**
 * One sum stated to the unit on both sides, whose shorter list of recipients is told as included
 * ("a $95 billion war aid measure that also included assistance for Israel"): one package told in
 * part, not a package of its own to Israel. Round sums recur ($300 million, twice, to Ukraine and
 * to Ukraine and Taiwan): the list must say it is not all.
 */
function recipientsInPart(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  const stated = (claim: Claim | IndexedClaim) => claim.bound === 'exact' && claim.high === null;
  if (!stated(page) || !stated(other) || baseValue(page) !== baseValue(other)) return false;
  const shorter = page.frame.recipients.length < other.frame.recipients.length ? page : other;
  return shorter.subject.terms.includes(INCLUDED);
}
const INCLUDED = 'includ';

/** Two open bounds the same way ("more than 100,000", "over 130,000") say nothing of each other unless they are one bound. */
function boundsCompare(page: Figure, other: Figure): boolean {
  const sameWay = (isFloor(page.bound) && isFloor(other.bound)) || (isCeiling(page.bound) && isCeiling(other.bound));
  if (sameWay && page.value !== other.value) return false;
  // "Oil approached $100" and "oil topped $100": a floor and a ceiling at one value put the figures on
  // either side of it, which is two moments, not one figure told twice.
  const oppositeWays =
    (isFloor(page.bound) && isCeiling(other.bound)) || (isCeiling(page.bound) && isFloor(other.bound));
  if (oppositeWays && withinRounding(baseValue(page), baseValue(other))) return false;
  return (
    !farBelowCeiling(page, other) &&
    !farBelowCeiling(other, page) &&
    !farAboveFloor(page, other) &&
    !farAboveFloor(other, page)
  );
}

/**
 * A floor says how much at least, not how much: "more than 100,000" fits "about 190,000", but a
 * writer with $40bn in view does not write "more than $4bn". Beyond twice the floor, a figure is
 * of something else as often as not, and the pair says nothing.
 */
const FLOOR_REACH = 2;
function farAboveFloor(floor: Figure, other: Figure): boolean {
  if (!isFloor(floor.bound) || isFloor(other.bound)) return false;
  return baseValue(other, other.high ?? other.value) > FLOOR_REACH * baseValue(floor);
}

/**
 * An upper bound and a figure well under it say nothing of each other either: "as many as 190,000
 * troops" is a ceiling to some readers (150,000 fits under it) and the high estimate to others
 * (150,000 is another count). Judges read it both ways; Sidenote says neither.
 */
function farBelowCeiling(ceiling: Figure, other: Figure): boolean {
  // "Well under 50" is no ceiling to a figure near it: it states a value clearly below.
  if (ceiling.bound !== 'at-most' || isCeiling(other.bound) || isFloor(other.bound)) return false;
  const top = baseValue(ceiling, ceiling.high ?? ceiling.value);
  return baseValue(other, other.high ?? other.value) < top * (1 - ABOUT_TOLERANCE);
}

const CASUALTY_EVENTS: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties']);
/**
 * A war's running toll of dead and wounded is counted by each source its own way: Ukraine's "5,710
 * Russian soldiers" killed since the invasion, Russia's own "1,351" and the Pentagon's "at least
 * 7,000" are three counts, not one count that changed. Two such totals whose sentences name who
 * says so, and name different countries or bodies, are not compared. One strike's dead are one
 * count whoever tells it ("Ukraine claimed some 40 soldiers were killed", "Russia said ... killing
 * at least 40"). Both figures are of one nature here (sameQuantity), so the page's says it.
 */
const toldByOtherSides = (page: FigureFrame, other: FigureFrame) =>
  page.event !== null &&
  CASUALTY_EVENTS.has(page.event) &&
  page.nature === 'cumulative' &&
  page.claimants.length > 0 &&
  other.claimants.length > 0 &&
  !page.claimants.some((claimant) => other.claimants.includes(claimant));

/**
 * A poll's share is what those asked said to one question, which the frame does not read: "93% of
 * respondents believe Ukraine will repel the attack" is not "86% believe Russia's leaders bear the
 * blame". Two shares are one poll's only when both name the same pollster; a poll's share is never
 * a share of anything else, and polls by different pollsters are two quantities.
 */
const pollstersOf = (frame: FigureFrame) => frame.claimants.filter((claimant) => claimant.startsWith(POLLSTER));
function pollstersDiffer(page: FigureFrame, other: FigureFrame): boolean {
  const [own, others] = [pollstersOf(page), pollstersOf(other)];
  if (own.length === 0 && others.length === 0) return false;
  return !own.some((pollster) => pollster !== UNNAMED_POLLSTER && others.includes(pollster));
}

export function pairScore(page: Claim, other: IndexedClaim): number {
  if (
    !isFramed(page) ||
    !isFramed(other) ||
    !comparableUnits(page, other) ||
    farApart(page.kind, baseValue(page), baseValue(other))
  )
    return 0;
  if (
    !sameQuantity(page.frame, other.frame, page.kind, sameFigure(page, other), recipientsInPart(page, other)) ||
    !boundsCompare(page, other) ||
    !sameSubject(page, other) ||
    toldBeforeItWasNew(page, other) ||
    happenedOnOtherDays(page, other) ||
    toldOutsideRecentWeeks(page, other) ||
    toldByOtherSides(page.frame, other.frame) ||
    pollstersDiffer(page.frame, other.frame) ||
    spansOfOtherDays(page, other)
  )
    return 0;
  // Two different values of an event (an aid package, a strike's dead) are two events, not one told two ways.
  if (!isStock(page.frame) && !figuresAgree(page, other)) return 0;
  if (toldTooFarApart(page, other) || earlierAtOtherValue(page, other)) return 0;
  // Land held is held by someone: the 70% of a city Russia holds and the 20% Ukraine holds are two
  // shares, and a share whose holder the clause does not name may be either: it only agrees.
  if (
    page.frame.measure === 'territory' &&
    (!page.frame.holders.length || !other.frame.holders.length) &&
    !agreeAcrossTime(page, other)
  )
    return 0;
  const sharedPlaces = other.subject.places.filter((place) =>
    page.subject.places.some((own) => samePlace(own, place)),
  ).length;
  const terms = new Set(page.subject.terms);
  const sharedTerms = other.subject.terms.filter((term) => terms.has(term)).length;
  const sharedHolders = page.frame.holders.filter((holder) => other.frame!.holders.includes(holder)).length;
  return 1 + sharedPlaces * 2 + sharedHolders * 2 + sharedTerms;
}

/**
 * Per page figure, the best-matching figure of each corpus article that has one, best first (ties
 * to the figure dated closest to the page's). Articles in `exclude` (the page's own copy) are skipped.
 */
export function pairFigures(
  pageClaims: readonly Claim[],
  table: ClaimTable,
  exclude: ReadonlySet<number> = new Set(),
): Map<Claim, Pairing[]> {
  const paired = new Map<Claim, Pairing[]>();
  for (const claim of pageClaims) {
    if (!isCheckable(claim)) continue;
    const placeIds = new Set(
      claim.subject.places.flatMap((place) => (place.within ? [place.id, place.within] : [place.id])),
    );
    const best = new Map<number, Pairing>();
    const base = baseValue(claim);
    for (const id of table.candidates(claim, placeIds, MAX_CANDIDATES)) {
      // Cheap refusals first, from the table's columns: most candidates of a common place fail here.
      if (
        exclude.has(table.docOf(id)) ||
        farApart(claim.kind, base, table.baseValueOf(id)) ||
        table.measureOf(id) !== claim.frame.measure
      )
        continue;
      const other = table.claimAt(id);
      const score = pairScore(claim, other);
      const kept = best.get(other.doc);
      if (score > 0 && (!kept || score > kept.score)) best.set(other.doc, { claim: other, score });
    }
    if (best.size === 0) continue;
    // Dates are read once a pairing, not once a comparison: a common subject has hundreds.
    const apart = new Map(
      [...best.values()].map((pairing) => [
        pairing,
        yearsApart(claim.asOf, pairing.claim.asOf) ?? Number.POSITIVE_INFINITY,
      ]),
    );
    paired.set(
      claim,
      [...best.values()].sort(
        (a, b) => b.score - a.score || apart.get(a)! - apart.get(b)! || b.claim.doc - a.claim.doc,
      ),
    );
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

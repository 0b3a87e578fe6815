/**
 * Which corpus figures measure what a page's figure measures. Two figures are paired only when
 * their frames (claims/figure-frame.ts) say they are one quantity: the same measured thing with
 * the same words setting it apart ("military" aid is neither "humanitarian" aid nor all aid), the same event ("killed",
 * not "massed"), the same holder where both name one (aid from the US, not from France), the same
 * kind of figure (a level, not a rate, a plan or a running total), about the same place. Silence
 * beats a wrong verdict: a pair that fails any of these is not compared at all.
 */
import { isCheckable, type ClaimTable, type IndexedClaim } from '../claims/claim-table';
import { bordersMeet, UNRESOLVED_WHOLE, wholesOf } from '../claims/frame-of';
import { isDayIso } from '../claims/dates';
import { bothBelow, isSmallCount, isStock, samePlace, sameSubject } from './same-subject';
import type { Claim, FigureFrame } from '../types';
import { baseValue } from '../claims/figure-values';
import {
  ABOUT_TOLERANCE,
  comparableUnits,
  daysBetween,
  differentMoments,
  figuresAgree,
  isCeiling,
  isFloor,
  yearsApart,
} from './compare-figures';

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
  // "Non-military support" is a part of "support": a modifier on one side only is a part against its
  // whole, unless the two give one figure exactly and one side's modifiers are among the other's
  // ("the $95bn military aid package", "$95bn in aid"; "$225 million in humanitarian aid" beside
  // "$1 billion in weapons", read as military too).
  if (a.modifiers.join() !== b.modifiers.join() && !(exactMatch && oneWithinOther(a.modifiers, b.modifiers)))
    return false;
  if (a.holders.length && b.holders.length && !overlaps(a.holders, b.holders)) return false;
  // A share of Donetsk is not a share of Kharkiv, nor a share of anything else; land held is of a
  // place both must name ("80% of the embattled city" and "20% of his country's territory" name none).
  // A share of "its gas" is of a whole the frame could not tell, and is one with nothing.
  const told = (of: readonly string[]) => wholesOf(of).filter((whole) => whole !== UNRESOLVED_WHOLE);
  const [aWholes, bWholes] = [wholesOf(a.of), wholesOf(b.of)];
  if ((aWholes.length || bWholes.length || a.measure === 'territory') && !overlaps(told(a.of), told(b.of)))
    return false;
  // Troops at the Belarusian border are not troops at the border with the LPR.
  if (!bordersMeet(a.of, b.of)) return false;
  return true;
}

// Two values this close are one value rounded two ways: "$95 billion" and "$95.2bn".
const withinRounding = (a: number, b: number) => Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));

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

/** Two figures of one value or one range, up to rounding, whatever their bounds: "at least 53" and "53", "50 to 60" twice. */
const sameValue = (a: Claim | IndexedClaim, b: Claim | IndexedClaim) =>
  withinRounding(baseValue(a), baseValue(b)) &&
  ((a.high === null && b.high === null) ||
    (a.high !== null && b.high !== null && withinRounding(baseValue(a, a.high), baseValue(b, b.high))));

/** Two open bounds the same way ("more than 100,000", "over 130,000") say nothing of each other unless they are one bound. */
function boundsCompare(page: Figure, other: Figure): boolean {
  const sameWay = (isFloor(page.bound) && isFloor(other.bound)) || (isCeiling(page.bound) && isCeiling(other.bound));
  if (sameWay && page.value !== other.value) return false;
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

/**
 * What is told as new ("a new $700m package") is news on its article's day: a report dated more
 * than a week before it tells of something else, however close its figure ("an additional $713m"
 * five weeks earlier). Two new ones are a week apart at most.
 */
const FRESH_DAYS = 7;
// "Another $800 million" on a Thursday is not the $800m package a report gave five days before: a
// new sum equal to one told earlier is the second of two, since a package is news on its day.
const FRESH_SAME_SUM_DAYS = 2;
// A strike's dead or rockets are reported within two days of it; a package's sum over its week.
// Counts in the thousands are most often a war's running totals ("80,000 killed or wounded"),
// told for weeks, and keep the week.
const ONE_EVENT_COUNT_DAYS = 2;
const ONE_STRIKE_COUNT_BELOW = 1_000;
// A handful of what happened (killed, fired, destroyed) is told again within days of it, if at all
// (a follow-up on the ninth day was the latest seen); told further apart, the same handful is
// another event: "two people" killed near Bakhmut in August and "two people" a fortnight later.
// Counted by the articles' dates, copies aside, none of the 15 judged pairs of the tuning pages
// giving one count under ten more than ten days apart measured one quantity. What stands (troops
// massed) is no event, and is compared across weeks.
const SMALL_EVENT_RETOLD_DAYS = 10;
// Any other count or sum of what happened is news for two months at most: told again at one value
// further apart, with both dates known to the day, it is another event's ("at least 19 people"
// killed in Odesa in July and in October's two days of strikes). None of the judged tuning pairs of
// that kind further apart measured one quantity (5); a retelling that dates its event back ("in
// April, a strike killed more than 50") is dated by that month and still pairs.
const EVENT_RETOLD_DAYS = 60;
// What stands moves, and a month on a different value is no news: totals grow, fronts move. Of the
// 14 judged tuning pairs of a standing count or sum whose values differ, both dated to the day more
// than a month apart, 12 were of two quantities, such as Kyiv's 40,000 troops at the Luhansk border
// against February's Russian build-up, or 1,500 Russian troops in Transnistria against 9,000 sent
// to Belarus; one of the other two was right as shown. Shares of land held are left to move.
const STALE_STOCK_DAYS = 30;
function toldBeforeItWasNew(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  const after = daysBetween(other.asOf, page.asOf);
  const limit = sameValue(page, other) ? FRESH_SAME_SUM_DAYS : FRESH_DAYS;
  return (page.frame.fresh && after > limit) || (other.frame.fresh && -after > limit);
}

/**
 * "About" allows a tenth either way for the uncertainty of one moment's estimate. A standing
 * quantity (land held, troops massed) moves more than that in a month: "around 90% of Luhansk" in
 * April and "97%" in June are two moments of a change, and are compared as stated. Only figures of
 * two moments (their dates differ at the precision both give) are held to this, so that what it
 * turns from agreeing is a change, never a contradiction.
 */
const STOCK_DRIFT_YEARS = 1 / 12;
export function agreeAcrossTime(page: Omit<Claim, 'text'>, other: Omit<Claim, 'text'>): boolean {
  const drifted =
    page.frame !== null &&
    isStock(page.frame) &&
    differentMoments(page.asOf, other.asOf) &&
    (yearsApart(page.asOf, other.asOf) ?? 0) > STOCK_DRIFT_YEARS;
  if (!drifted) return figuresAgree(page, other);
  const asStated = <T extends Pick<Claim, 'bound'>>(claim: T): T =>
    claim.bound === 'about' ? { ...claim, bound: 'exact' } : claim;
  return figuresAgree(asStated(page), asStated(other));
}

const isOneStrikeCount = (page: Claim, other: IndexedClaim) =>
  page.kind === 'count' && bothBelow(page, other, ONE_STRIKE_COUNT_BELOW);

/**
 * How many days apart two figures of what happened may be told and still be one event. Two sums or
 * counts that agree only as bounds or rough values, told further apart than the news of one event
 * runs, are of two events: "over $2 billion" in September is not August's "$3 billion" package, and
 * "60 rockets" at Nikopol on Thursday are not the "at least 50" of the Sunday before. Told again, an
 * event keeps its figure ("53", "at least 53"), for as long as it is news, save a handful, which
 * is news of most days. What stands (a length, troops massed, a running total) is compared any day:
 * a border is "1,340 km" and "roughly 800 miles" any month.
 */
const isCountOrSum = (claim: Pick<Claim, 'kind'>) => claim.kind === 'count' || claim.kind === 'money';
function eventNewsDays(page: Claim & { frame: FigureFrame }, other: IndexedClaim): number {
  if (!isCountOrSum(page) || isStock(page.frame)) return Number.POSITIVE_INFINITY;
  if (!sameValue(page, other)) return isOneStrikeCount(page, other) ? ONE_EVENT_COUNT_DAYS : FRESH_DAYS;
  return page.kind === 'count' && isSmallCount(page, other) ? SMALL_EVENT_RETOLD_DAYS : EVENT_RETOLD_DAYS;
}

/**
 * What happened on a day its sentence names is of that day: "19 people" killed "on Monday" and "at
 * least 14" killed in strikes told of "on Wednesday" are two strikes' dead (a day either way for
 * time zones). A sum is not one day's: the "$61 billion package" passed on a Saturday was signed on
 * the Wednesday after. A sum told as new on a day its sentence names is new then, though: a report
 * more than a day before it ("Biden on Wednesday approved $800 million" against "another $800
 * million" the next Thursday) is of an earlier one; one after it may tell of it. What stands (troops
 * massed, a running total) is of no day.
 */
const OTHER_DAY_SLACK = 1;
function happenedOnOtherDays(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  if (!isCountOrSum(page) || isStock(page.frame)) return false;
  if (page.kind === 'count')
    return (
      page.frame.day !== null &&
      other.frame.day !== null &&
      Math.abs(daysBetween(page.frame.day, other.frame.day)) > OTHER_DAY_SLACK
    );
  return newAfter(page, other) || newAfter(other, page);
}
// The day a sum was new is the day its sentence names: an article may tell a package as new a few
// days after it was (toldBeforeItWasNew).
function newAfter(fresh: { frame: FigureFrame }, other: Pick<Claim, 'asOf'> & { frame: FigureFrame }) {
  const otherDay = other.frame.day ?? (isDayIso(other.asOf) ? other.asOf : null);
  return (
    fresh.frame.fresh &&
    fresh.frame.day !== null &&
    otherDay !== null &&
    daysBetween(otherDay, fresh.frame.day) > OTHER_DAY_SLACK
  );
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
    toldByOtherSides(page.frame, other.frame)
  )
    return 0;
  // Two different values of an event (an aid package, a strike's dead) are two events, not one told two ways.
  if (!isStock(page.frame) && !figuresAgree(page, other)) return 0;
  // ...and two reports of one event are told within the days its news runs (eventNewsDays).
  const days = Math.abs(daysBetween(other.asOf, page.asOf));
  if (days > eventNewsDays(page, other)) return 0;
  const standingSum = isStock(page.frame) && isCountOrSum(page);
  if (standingSum && days > STALE_STOCK_DAYS && !agreeAcrossTime(page, other)) return 0;
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

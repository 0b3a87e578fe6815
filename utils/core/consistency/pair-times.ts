/**
 * When two figures of one quantity are told too far apart in time to be one: a strike's dead are
 * news for days, a package's sum for its week, an event's figure for two months at most, and what
 * stands (troops massed, a running total) moves, so a month on a different value is a change. The
 * windows are counted between the figures' dates (their `asOf`) and the days their sentences name.
 */
import type { IndexedClaim } from '../claims/claim-table';
import { isDayIso } from '../claims/dates';
import type { Claim, FigureFrame } from '../types';
import {
  dayToldOf,
  daysBetween,
  differentMoments,
  figuresAgree,
  interval,
  NAMED_DAY_SLACK,
  namedDaysApart,
  sameValue,
  yearsApart,
} from './compare-figures';
import { bothBelow, isSmallCount, isStock } from './same-subject';

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
export function toldBeforeItWasNew(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  const limit = sameValue(page, other) ? FRESH_SAME_SUM_DAYS : FRESH_DAYS;
  return toldBefore(page, other, limit) || toldBefore(other, page, limit);
}
function toldBefore(
  fresh: Pick<Claim, 'asOf'> & { frame: FigureFrame },
  other: Pick<Claim, 'asOf'> & { frame: FigureFrame },
  limit: number,
) {
  if (!fresh.frame.fresh) return false;
  // "A further 40 killed on Tuesday" is Tuesday's news: a report of a day before it is of others.
  const day = namedDayOf(fresh);
  return day !== null
    ? daysBetween(toldOf(other), day) > NAMED_DAY_SLACK
    : daysBetween(toldOf(other), fresh.asOf) > limit;
}
// A report is of the day its sentence names, else of its own date: "Biden on Wednesday approved
// $800 million", written the Tuesday after, is eight days before Thursday's "additional $800 million".
const toldOf = (claim: Pick<Claim, 'asOf'> & { frame: FigureFrame }) => namedDayOf(claim) ?? claim.asOf;
// A day after the date the sentence gives the figure ("approved last month ..., which arrived on
// Wednesday") is of something else.
const namedDayOf = (claim: Pick<Claim, 'asOf'> & { frame: FigureFrame }) =>
  claim.frame.day !== null && daysBetween(claim.asOf, claim.frame.day) <= 0 ? claim.frame.day : null;

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

// What cannot be undone: the events of a count that only grows.
const ONLY_GROWING: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties', 'fled', 'evacuated', 'fired']);
// A sum provided is not taken back: "$3bn" provided since the invasion, two days after another's
// "more than $3.7 billion", is another count, not a fall.
const ONLY_GROWING_SUMS: ReadonlySet<string> = new Set(['provided']);
/**
 * A running count of what cannot be undone only grows: the dead and wounded, those who fled or were
 * evacuated, missiles fired, "since the invasion" or "so far". A later report below an earlier one,
 * beyond what either allows, tells of no change: it is two sources apart ("5,000 to 6,000" Russian
 * troops killed by US estimates, "1,351" by Russia's a fortnight later) or two quantities, and is
 * held to what a contradiction must show. Land taken is given back, and a sum "allocated" or
 * "committed" is counted several ways: they may fall; a sum provided does not. A year's total ("this year", "in 2022") starts
 * again each year, so it is held to this within one year only.
 */
export function runningTotalFell(
  page: Omit<Claim, 'text'>,
  other: Omit<Claim, 'text'>,
  otherDate: string | null,
): boolean {
  const [a, b] = [page.frame, other.frame];
  if (a?.nature !== 'cumulative' || b?.nature !== 'cumulative' || !a.event || a.event !== b.event) return false;
  const growing = page.kind === 'count' ? ONLY_GROWING : page.kind === 'money' ? ONLY_GROWING_SUMS : new Set();
  if (!growing.has(a.event)) return false;
  // "So far" runs from the war's start as often as not: it is no other anchor.
  if (a.since !== null && b.since !== null && a.since !== b.since) return false;
  if ((a.since ?? b.since) !== 'invasion' && page.asOf?.slice(0, 4) !== otherDate?.slice(0, 4)) return false;
  const days = daysBetween(page.asOf, otherDate);
  if (days === 0) return false;
  const [earlier, later] = days > 0 ? [page, other] : [other, page];
  return interval(later)[1] < interval(earlier)[0];
}

/** A total over a span that ends on its article's day: "in the past 24 hours", "over the past year". */
export const isSpan = (since: string | null) => since?.startsWith('past ') ?? false;
/** Two spans that end on different days are two totals, however alike their words ("in the past 24 hours"). */
export const spansOfOtherDays = (page: Pick<Claim, 'asOf' | 'frame'>, other: Pick<Claim, 'asOf'>) =>
  isSpan(page.frame?.since ?? null) && Math.abs(daysBetween(page.asOf, other.asOf)) > NAMED_DAY_SLACK;

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
  // "Raised the key rate by 2 percentage points" in October 2023 and again in October 2024: a rise
  // or fall of a share or rate is an event, news for days, not a level that stands.
  if (page.kind === 'percent' && page.frame.nature === 'change')
    return sameValue(page, other) ? SMALL_EVENT_RETOLD_DAYS : FRESH_DAYS;
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
export function happenedOnOtherDays(
  page: Claim & { frame: FigureFrame },
  other: IndexedClaim & { frame: FigureFrame },
) {
  if (!isCountOrSum(page) || isStock(page.frame)) return false;
  if (isMarketPrice(page) && pricesTooFarApart(page, other)) return true;
  if (page.kind === 'count' || isMarketPrice(page))
    return (namedDaysApart(page.frame.day, other.frame.day) ?? 0) > NAMED_DAY_SLACK;
  return newAfter(page, other) || newAfter(other, page);
}
// The day a sum was new is the day its sentence names: an article may tell a package as new a few
// days after it was (toldBeforeItWasNew).
function newAfter(fresh: { frame: FigureFrame }, other: Pick<Claim, 'asOf'> & { frame: FigureFrame }) {
  const otherDay = dayToldOf(other);
  return (
    fresh.frame.fresh &&
    fresh.frame.day !== null &&
    otherDay !== null &&
    daysBetween(otherDay, fresh.frame.day) > NAMED_DAY_SLACK
  );
}

/**
 * What is told as lately done happened within a few weeks before its article: the $800m package
 * "the US recently announced" in mid-April is not the $800m approved in mid-March, nor one approved
 * days after the article: a report of the other figure's event written before those weeks (by the
 * day its sentence names, else its own date), or dated after the article, tells of something else.
 * What stands is compared across weeks anyway.
 */
const RECENT_DAYS = 21;
export function toldOutsideRecentWeeks(
  page: Claim & { frame: FigureFrame },
  other: IndexedClaim & { frame: FigureFrame },
) {
  if (!isCountOrSum(page) || isStock(page.frame)) return false;
  // A market's price may stand for a spell; only the days both sentences name tell it apart (below).
  return (
    (!isMarketPrice(page) && (writtenBefore(page, other) || writtenBefore(other, page))) ||
    outsideRecentWeeks(page, other) ||
    outsideRecentWeeks(other, page)
  );
}
// "Last week, Biden approved an additional $800 million", written in March, is not the $800m
// package a report says the US announced "on Wednesday" three weeks later: what a report dates to a
// day more than two weeks after the other was written, the other could not tell of. Closer, it may
// be the same sum's next day (passed on a Saturday, expected to be signed the week after).
const WRITTEN_BEFORE_DAYS = 14;
function writtenBefore(report: Pick<Claim, 'asOf'>, other: { frame: FigureFrame }) {
  return (
    other.frame.day !== null &&
    toTheMonth(report.asOf) &&
    daysBetween(report.asOf, other.frame.day) > WRITTEN_BEFORE_DAYS
  );
}
// A bare year in a sentence is as often an earlier event's ("the peninsula it annexed in 2014") as
// the figure's: only a date to the month places it.
const toTheMonth = (asOf: string | null): asOf is string => asOf !== null && asOf.length >= 7;
function outsideRecentWeeks(
  recent: Pick<Claim, 'asOf'> & { frame: FigureFrame },
  other: Pick<Claim, 'asOf'> & { frame: FigureFrame },
) {
  // A day its sentence names, or a date other than the article's, dates it better than "recently".
  if (!recent.frame.recent || recent.frame.day !== null || !isDayIso(recent.asOf)) return false;
  const latest = other.frame.day ?? other.asOf;
  if (toTheMonth(latest) && daysBetween(latest, recent.asOf) > RECENT_DAYS) return true;
  // ...nor of one a report dates after the article: a day its sentence names, or its own date when
  // it tells it as new.
  const earliest = other.frame.day ?? (other.frame.fresh ? other.asOf : null);
  return earliest !== null && daysBetween(recent.asOf, earliest) > (other.frame.day ? NAMED_DAY_SLACK : FRESH_DAYS);
}

// "$100 a barrel on Tuesday", "$400 per tonne": a market's price moves every day, and prices told
// of two days the sentences name are two figures, however close. Told without a day, a price may
// stand for a spell ("has been trading at around $100"), and is compared as other sums are.
const GOODS_UNITS: ReadonlySet<string> = new Set(
  'barrel tonne ton gallon litre liter bushel ounce kilogram pound'.split(' '),
);
const isMarketPrice = (claim: Pick<Claim, 'kind'> & { frame: FigureFrame }) =>
  claim.kind === 'money' && GOODS_UNITS.has(claim.frame.measure);
// A price told of a named day is of that day, and the other's spell, told without one, is days long,
// not months: "below $4 a gallon on Monday" in May is not June's "$4-6 per gallon". Two prices told
// without a day may stand for a season ("around $100" in August, "most of the summer months over $100").
// A spell holds one price, though: at another value, a price days away from the day the other's
// sentence names is another day's ("more than $113 a barrel" on March 2 is not March 7's peak of
// $139.13, though the floor fits).
const PRICE_SPELL_DAYS = 14;
// A price given to the cent ("shed 84 cents to $111.20") is one day's close, never a spell's.
// (A figure's value keeps no trailing zero: "$111.20" is 111.2, so any part of a unit counts.)
const toTheCent = (claim: Pick<Claim, 'value'>) => !Number.isInteger(claim.value);
function pricesTooFarApart(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  if (page.frame.day === null && other.frame.day === null && !toTheCent(page) && !toTheCent(other)) return false;
  const [own, theirs] = [dayToldOf(page), dayToldOf(other)];
  if (own === null || theirs === null) return false;
  const apart = Math.abs(daysBetween(own, theirs));
  return apart > PRICE_SPELL_DAYS || (apart > NAMED_DAY_SLACK && !sameValue(page, other));
}

// Troops massed are a build-up, which ends: "around 125,000 troops on the Sumy and Kharkiv
// borders" in 2025 is not February 2022's "over 100,000" at the border with Ukraine, though the
// floor fits; nor is the spring 2021 build-up of "about 100,000", pulled back in April, December's.
// A build-up runs for months (October 2021 to the invasion, four): told more than half a year
// apart, by dates to the month, two counts of troops massed are two build-ups.
const BUILD_UP_DAYS = 183;

/**
 * A figure told of the time before the war ("the 150,000 troops he amassed in the lead-up to the
 * invasion", written a month after it) is of a day its date does not give. Against a report dated
 * after its article it is the earlier of two; against one dated before or on its day, it may agree,
 * but another value is neither a change (which came first?) nor a contradiction (of which day?). Two
 * such figures are always so, one way round.
 */
export const earlierAtOtherValue = (
  page: Claim & { frame: FigureFrame },
  other: IndexedClaim & { frame: FigureFrame },
) => (toldOfUnknownDayBefore(page, other) || toldOfUnknownDayBefore(other, page)) && !agreeAcrossTime(page, other);
const toldOfUnknownDayBefore = (
  earlier: Pick<Claim, 'asOf'> & { frame: FigureFrame },
  other: Pick<Claim, 'asOf'> & { frame: FigureFrame },
) => earlier.frame.earlier && daysBetween(earlier.asOf, other.asOf) <= 0;

/**
 * Whether two reports of one quantity are too far apart to be one: an event's beyond the days its
 * news runs (eventNewsDays), a standing count or sum a month on at another value (a change, told
 * as one by agreeAcrossTime).
 */
export function toldTooFarApart(page: Claim & { frame: FigureFrame }, other: IndexedClaim): boolean {
  const days = Math.abs(daysBetween(other.asOf, page.asOf));
  if (days > eventNewsDays(page, other)) return true;
  if (page.frame.event === 'massed' && days > BUILD_UP_DAYS && [page.asOf, other.asOf].every(toTheMonth)) return true;
  const standingSum = isStock(page.frame) && isCountOrSum(page);
  return standingSum && days > STALE_STOCK_DAYS && !agreeAcrossTime(page, other);
}

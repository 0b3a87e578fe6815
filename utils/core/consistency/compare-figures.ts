/**
 * When two figures say the same thing. Each figure becomes an interval of what it allows: an exact
 * figure ±2% (rounding), "about" ±10%, "more than 30" from 30 up, "up to 5" from 0 to 5, "well over
 * 100,000" from beyond what "about 100,000" allows, a range its two ends ±2%. Two figures agree
 * when their intervals meet.
 */
import { baseValue, countNoun } from '../claims/figure-values';
import type { Claim, FigureFrame } from '../types';
import { isDayIso } from '../claims/dates';

/** A figure as compared: a claim, from the page or the corpus index, without its written text. */
type Figure = Omit<Claim, 'text'>;

const EXACT_TOLERANCE = 0.02;
export const ABOUT_TOLERANCE = 0.1;
// "Well over 100,000" is more than "about 100,000" allows: judges read "an estimated 100,000" two
// weeks before "well over 100,000" as a count that grew, not as the same figure.
const WELL_BEYOND = 1.5 * ABOUT_TOLERANCE;

/**
 * Against the map or a register, whose own figures are rough, a figure "well over" a value says only
 * that it is over it: "well over 100,000 people" agrees with a register's 110,000 within its margin.
 */
export function roughly<T extends Figure>(claim: T): T {
  if (claim.bound === 'well-over') return { ...claim, bound: 'at-least' };
  if (claim.bound === 'well-under') return { ...claim, bound: 'at-most' };
  return claim;
}

/** A floor ("more than", "well over") or a ceiling ("up to", "well under"), or neither. */
export const isFloor = (bound: Claim['bound']) => bound === 'at-least' || bound === 'well-over';
export const isCeiling = (bound: Claim['bound']) => bound === 'at-most' || bound === 'well-under';

export function interval(claim: Figure, tolerance = EXACT_TOLERANCE): [number, number] {
  const low = baseValue(claim);
  const high = claim.high === null ? low : baseValue(claim, claim.high);
  switch (claim.bound) {
    case 'about':
      return [low * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)];
    case 'at-least':
      return [low * (1 - tolerance), Number.POSITIVE_INFINITY];
    case 'at-most':
      return [0, high * (1 + tolerance)];
    case 'well-over':
      return [low * (1 + WELL_BEYOND), Number.POSITIVE_INFINITY];
    case 'well-under':
      return [0, high * (1 - WELL_BEYOND)];
    default:
      return [low * (1 - tolerance), high * (1 + tolerance)];
  }
}

export function intervalsMeet(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** The figure as written, without tolerance: its value, or its range's two ends; "well over 100,000" the least it allows. */
function stated(claim: Figure): [number, number] {
  if (claim.bound === 'well-over' || claim.bound === 'well-under') {
    const [low, high] = interval(claim);
    const edge = claim.bound === 'well-over' ? low : high;
    return [edge, edge];
  }
  return [baseValue(claim), claim.high === null ? baseValue(claim) : baseValue(claim, claim.high)];
}

/**
 * Two figures agree when one allows what the other states: "about 70%" allows 70% and 72%; "more
 * than 100,000" allows about 190,000. Two "about"s whose margins only touch ("about 170,000",
 * "about 190,000") do not: neither allows the other's figure.
 */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (differAsWritten(a, b) || belowAndAbove(a, b) || belowAndAbove(b, a)) return false;
  return intervalsMeet(interval(a), stated(b)) || intervalsMeet(stated(a), interval(b));
}

/**
 * "Nearly 100,000" is short of 100,000, and "over 100,000" past it: "about" allows either side of a
 * value, but these two words each take one side, so the two figures cannot be one value. Judges read
 * "nearly 100,000 troops" in January and "over 100,000" in February as a count that grew.
 */
const JUST_BELOW = /^(?:nearly|almost|close to|just under)$/i;
function belowAndAbove(below: Figure, above: Figure): boolean {
  if (below.high !== null || !JUST_BELOW.test(below.qualifier ?? '') || !isFloor(above.bound)) return false;
  return baseValue(above) >= baseValue(below);
}

const isCount = (figure: Figure) => figure.kind === 'count' && Number.isInteger(figure.value);
/**
 * A count written to the unit ("413 airplanes", "87 drones") is a tally, not a rounded figure: 413
 * and 414 are two tallies, though within 2% of each other. A round count ("400", "1,350") may be
 * rounded; one under a thousand is not rounded from a tally (110 is not 109 rounded).
 */
const isTally = (figure: Figure) => isCount(figure) && figure.value % 10 !== 0;
const ROUND_BELOW = 1000;
const decimalsOf = (value: number) => /\.(\d+)$/.exec(String(value))?.[1]!.length ?? 0;

/**
 * Two figures each written with decimals ("$94.7 a barrel", "$95.3") are as precise as written:
 * unless one rounds to the other ("0.7 grams", "0.702 grams"), they are two values, not one rounded
 * two ways as "$95 billion" and "$95.2bn" may be.
 */
function differAsWritten(a: Figure, b: Figure): boolean {
  const exact = (figure: Figure) => figure.bound === 'exact' && figure.high === null;
  // A tally against a round count under a thousand is compared as written too: 109 drones are not
  // 110; "2 million" and "1,350" may round 2,011,312 and 1,351.
  const tallies =
    exact(a) &&
    exact(b) &&
    isCount(a) &&
    isCount(b) &&
    ((isTally(a) && isTally(b)) || ((isTally(a) || isTally(b)) && Math.max(a.value, b.value) < ROUND_BELOW));
  const precise = (figure: Figure) => exact(figure) && !Number.isInteger(figure.value);
  if (!tallies && (!precise(a) || !precise(b))) return false;
  if (a.unit !== b.unit) return false;
  const decimals = Math.min(decimalsOf(a.value), decimalsOf(b.value));
  return a.value.toFixed(decimals) !== b.value.toFixed(decimals);
}

/** Relative difference of b from a, by their central values: 0.12 means b is 12% higher. */
export function relativeDifference(a: Figure, b: Figure): number {
  const centre = (claim: Figure) => (baseValue(claim) + baseValue(claim, claim.high ?? claim.value)) / 2;
  const reference = centre(a);
  return reference === 0 ? 0 : (centre(b) - reference) / Math.abs(reference);
}

/** Can these two claims measure the same thing at all? Same kind, and for money the same currency, for counts the same thing counted. */
export function comparableUnits(
  a: Pick<Claim, 'kind' | 'unit' | 'frame'>,
  b: Pick<Claim, 'kind' | 'unit' | 'frame'>,
): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return a.unit === b.unit;
  // Celsius, Fahrenheit and a bare "degrees" are different scales: 30°C and 86°F are one heat.
  if (a.kind === 'temperature') return a.unit === b.unit;
  if (a.kind === 'count') return (a.frame?.measure ?? countNoun(a.unit)) === (b.frame?.measure ?? countNoun(b.unit));
  return true;
}

/** "8 km", "56 mi (90 km)": a figure in its own unit and, when that differs, in kilometres. */
export function formatValue(claim: Pick<Claim, 'value' | 'high' | 'unit'>): string {
  const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const stated = claim.high === null ? number(claim.value) : `${number(claim.value)}–${number(claim.high)}`;
  return claim.unit ? `${stated} ${claim.unit}` : stated;
}

/** Years between two dates written YYYY, YYYY-MM or YYYY-MM-DD; null when either is unknown. */
export function yearsApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const time = (date: string) =>
    Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);
  const difference = Math.abs(time(a) - time(b));
  return Number.isNaN(difference) ? null : difference / (365.25 * 86400000);
}

/**
 * Whether two figures are given as of different moments: their dates differ at the precision both
 * give ("2022-02" and "2022-02-19" are one moment; "2022-01-26" and "2022-02-09" two).
 */
export function differentMoments(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) !== b.slice(0, length);
}

const DAY_MS = 86_400_000;
/** The first and last day a date written to the year, month or day can mean, in days since 1970. */
function dayRange(date: string): [number, number] | null {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const first = Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date) / DAY_MS;
  if (Number.isNaN(first)) return null;
  if (date.length !== 4 && date.length !== 7) return [first, first];
  // Day 0 of the next month is the last of this one.
  const last = date.length === 4 ? Date.UTC(year + 1, 0, 0) : Date.UTC(year, month, 0);
  return [first, last / DAY_MS];
}
/**
 * Days from one date to another, the fewest their precision allows: "2022-05" and "2022-07-20" are
 * at least 50 days apart, "2022-05" and "2022-05-20" may be the same day (0). A figure dated by its
 * year or month is held to a time limit only when it is past the limit however its date is read
 * ("in the spring of 1918" against April 2022).
 */
export function daysBetween(from: string | null, to: string | null): number {
  const [start, end] = [from ? dayRange(from) : null, to ? dayRange(to) : null];
  if (!start || !end) return 0;
  if (end[0] > start[1]) return end[0] - start[1];
  if (end[1] < start[0]) return end[1] - start[0];
  return 0;
}

/** The day a figure is told of: the one its sentence names, or else its article's, when dated to the day. */
export const dayToldOf = (claim: Pick<Claim, 'asOf'> & { frame: Pick<FigureFrame, 'day'> }) =>
  claim.frame.day ?? (isDayIso(claim.asOf) ? claim.asOf : null);

// Two days sentences name a day apart or less are one day, as written in two time zones.
export const NAMED_DAY_SLACK = 1;
/** How many days apart two days named in sentences are, or null when either sentence names none. */
export const namedDaysApart = (a: string | null, b: string | null) =>
  a !== null && b !== null ? Math.abs(daysBetween(a, b)) : null;

// Two values this close are one value rounded two ways: "$95 billion" and "$95.2bn".
export const withinRounding = (a: number, b: number) => Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));

/** Two figures of one value or one range, up to rounding, whatever their bounds: "at least 53" and "53", "50 to 60" twice. */
export const sameValue = (
  a: Pick<Claim, 'value' | 'high' | 'unit' | 'kind'>,
  b: Pick<Claim, 'value' | 'high' | 'unit' | 'kind'>,
) =>
  withinRounding(baseValue(a), baseValue(b)) &&
  ((a.high === null && b.high === null) ||
    (a.high !== null && b.high !== null && withinRounding(baseValue(a, a.high), baseValue(b, b.high))));

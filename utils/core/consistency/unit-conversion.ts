/**
 * A figure and its conversion in brackets, as the page writes them ("1,250 kilometers (780
 * miles)", "30°C (86°F)"): what the first is in the second's unit, and how far the second may be
 * from it and still be that figure rounded.
 */
import { UNIT_BY_CODE } from '../claims/units';
import type { Claim } from '../types';

// A converted figure is often rounded further than its digits say ("900,000 miles" for 1.5 million km
// is 3.4% off, "6 miles" for 10 km 3.4%); a conversion gone wrong is off by far more (a unit
// mistaken, 61%; a slip of the pen). Within 5% it is that figure rounded.
const CONVERSION_TOLERANCE = 0.05;
// ...but one written to four figures or more, not ending in noughts ("the 4,750-meter (15,884-foot)
// summit"), was worked out, not rounded: within 1%, or within what the first figure's own noughts
// allow ("2,300 kilometers (1,401 miles)" converts 2,255 km, rounded after).
const WORKED_OUT_TOLERANCE = 0.01;
const WORKED_OUT_FIGURES = 4;
// ...and at most 2.5%: "a 2,000 mile (3,128 km) journey" is 3,219 km with two digits swapped.
const WORKED_OUT_MOST = 0.025;
// A round conversion stands for what rounds to it ("60 kilometers (40 miles)" for 37.3), up to a tenth
// of the figure: "2,000 km (1,000 miles)" is not 1,243 rounded.
const ROUND_NUMBER_SHARE = 0.1;
const MOST_ROUNDING = 0.25;
const ROUGH_SHARE = 0.1;
const ROUGH_DEGREES = 2;
// Celsius and Fahrenheit are the scales written side by side; a bare "degrees" could be either.
const FAHRENHEIT_PER_CELSIUS = 9 / 5;

type Written = Pick<Claim, 'text' | 'value' | 'unit' | 'kind' | 'bound'> & Partial<Pick<Claim, 'high'>>;
const IMPERIAL_GALLON_LITRES = 4.54609;

export interface Conversion {
  /** The first figure in the second's unit. */
  expected: number;
  /**
   * The high end of a range in the second's unit. "70 to 80 kilometers (about 50 miles)": one figure
   * for a range may be either end's conversion or one between them.
   */
  expectedHigh?: number;
  /** How far the second may lie from `expected` and still be it rounded. */
  allowed: number;
  /** A temperature: its difference is told in degrees, not as a share. */
  inDegrees: boolean;
  /** For a temperature, the first read as a difference of temperatures: converted without the offset. */
  asDifference?: number;
  /** The units as a reader should see them: "imperial gal" where the imperial gallon was the one meant. */
  fromUnit: string;
  toUnit: string;
}

/**
 * Half the step of the last digit written ("6" ±0.5, "1.5" ±0.05), times the scale written after it
 * ("1.5 million" ±50,000): a figure written to a whole number was rounded to one.
 */
export function writtenHalfStep({ text, value }: Pick<Claim, 'text' | 'value'>): number {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  // In words, a figure is as precise as its last digit that is not nought: "twelve" ±0.5, "six
  // million" ±500,000, "two and a half million" ±50,000.
  if (!digits) return 0.5 * 10 ** trailingNoughts(value);
  const written = Number(`${digits[1]!.replace(/,/g, '')}${digits[2] ? `.${digits[2]}` : ''}`);
  const scale = written > 0 && Number.isFinite(value / written) ? value / written : 1;
  return 0.5 * 10 ** -(digits[2]?.length ?? 0) * Math.abs(scale);
}

/** Whether a figure is written to four figures or more that do not end in noughts: "15,884", "1,426.5". */
function workedOut({ text }: Pick<Claim, 'text'>): boolean {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!digits) return false;
  const figures = `${digits[1]!.replace(/,/g, '')}${digits[2] ?? ''}`.replace(/^0+/, '');
  return !figures.endsWith('0') && figures.length >= WORKED_OUT_FIGURES;
}

/** Half the step a round number may have been rounded to: "2,000" ±500, "700" ±50. */
const roundStep = (value: number) => 0.5 * 10 ** trailingNoughts(value);

function trailingNoughts(value: number): number {
  let noughts = 0;
  while (noughts < 15 && Math.abs(value) >= 10 ** (noughts + 1) && Math.abs(value) % 10 ** (noughts + 1) === 0)
    noughts++;
  return noughts;
}

/** "1,250-kilometer (780-mile)": each figure the page follows with another in brackets, and that other. */
export function bracketedFigures(text: string, claims: readonly Claim[]): Map<Claim, Claim> {
  const bracketed = new Map<Claim, Claim>();
  claims.forEach((claim, at) => {
    const next = claims[at + 1];
    if (next && /^\s*[([]\s*$/.test(text.slice(claim.end, next.start))) bracketed.set(claim, next);
  });
  return bracketed;
}

/** Null when the two cannot be converted one into the other: other measures, money, or a bare "degrees". A temperature also gives its conversion as a difference. */
export function conversionOf(first: Written, second: Written): Conversion | null {
  if (first.kind !== second.kind || !first.unit || !second.unit || first.unit === second.unit) return null;
  // A range given for one figure is no conversion of it.
  if (first.high == null && second.high != null) return null;
  const from = UNIT_BY_CODE.get(first.unit);
  const to = UNIT_BY_CODE.get(second.unit);
  if (!from || !to || from.measure !== to.measure || from.measure === 'money') return null;
  let expected: number;
  let scale: number;
  let [fromUnit, toUnit] = [first.unit, second.unit];
  if (from.measure === 'temperature') {
    if (first.unit === '°C' && second.unit === '°F') {
      expected = first.value * FAHRENHEIT_PER_CELSIUS + 32;
      scale = FAHRENHEIT_PER_CELSIUS;
    } else if (first.unit === '°F' && second.unit === '°C') {
      expected = (first.value - 32) / FAHRENHEIT_PER_CELSIUS;
      scale = 1 / FAHRENHEIT_PER_CELSIUS;
    } else return null;
  } else {
    // A gallon is the US one (3.785 l) or the imperial one (4.546 l, in British news): the one nearer
    // what the page wrote is the one it meant ("1,000 litres (220 gallons)").
    const usGallon = UNIT_BY_CODE.get('gal')!.factor;
    const gallons = [from, to].some((unit) => unit.code === 'gal') ? [usGallon, IMPERIAL_GALLON_LITRES] : [usGallon];
    const scaleFor = (litres: number) =>
      (from.code === 'gal' ? litres : from.factor) / (to.code === 'gal' ? litres : to.factor);
    const gallon = gallons.reduce((best, litres) =>
      Math.abs(first.value * scaleFor(litres) - second.value) < Math.abs(first.value * scaleFor(best) - second.value)
        ? litres
        : best,
    );
    scale = scaleFor(gallon);
    expected = first.value * scale;
    if (gallon === IMPERIAL_GALLON_LITRES) {
      const label = (unit: string) => (unit === 'gal' ? 'imperial gal' : unit);
      [fromUnit, toUnit] = [label(first.unit), label(second.unit)];
    }
  }
  // "About 30°C (90°F)": a figure the page itself gives roughly is converted as roughly (a
  // temperature by a few degrees, its zero being arbitrary).
  const roughly = from.measure === 'temperature' ? ROUGH_DEGREES : ROUGH_SHARE * Math.abs(first.value);
  const rough = first.bound === 'exact' ? 0 : roughly;
  const secondStep = writtenHalfStep(second);
  // "About 700 square miles (2,000 square kilometres)": a round figure given as about (or as a
  // bound) is rounded to its last nought, within a tenth, as a writer converting the other way
  // would round 772 to it.
  const firstRounded = Math.min(roundStep(first.value), ROUND_NUMBER_SHARE * Math.abs(first.value));
  const firstStep = Math.max(writtenHalfStep(first), first.bound === 'exact' ? 0 : firstRounded);
  const rounding = secondStep + (firstStep + rough) * Math.abs(scale);
  // A temperature's zero is arbitrary: only its rounding, in degrees, not a share of it; and a
  // conversion cut to the digits it is written to ("100 degrees Fahrenheit (37 degrees Celsius)" for
  // 37.8) is the figure all the same. Cut, never raised: 212°F is not 101°C.
  if (from.measure === 'temperature') {
    const digit = 2 * secondStep;
    const cut = digit > 0 && Math.abs(second.value - Math.trunc(expected / digit) * digit) < 1e-9;
    return {
      expected,
      allowed: cut ? Math.max(rounding, Math.abs(second.value - expected)) : rounding,
      inDegrees: true,
      asDifference: first.value * scale,
      fromUnit,
      toUnit,
    };
  }
  // Rounding a small figure allows much of it: "2 km (2 miles)" is a unit mistaken, not 1.2 rounded.
  // ...but never less than the conversion's own last digit: "5 feet (2 metres)" is 1.52 rounded.
  const roundingAllowed = Math.max(Math.min(rounding, MOST_ROUNDING * Math.abs(expected)), secondStep);
  const roundNumber = Math.min(roundStep(second.value), ROUND_NUMBER_SHARE * Math.abs(expected));
  // ...and a round first figure may be the rounded one: "50 miles (85 kilometers)" gives a distance
  // of 85 km, 52.8 miles, to the nearest ten. Not when the second was worked out to four figures.
  const roundFirst = workedOut(second) ? 0 : firstRounded * Math.abs(scale);
  return {
    expected,
    ...(first.high != null ? { expectedHigh: first.high * scale } : {}),
    allowed: Math.max(
      roundingAllowed,
      roundNumber,
      roundFirst,
      workedOut(second)
        ? Math.min(
            Math.max(WORKED_OUT_TOLERANCE * Math.abs(expected), roundStep(first.value) * Math.abs(scale)),
            WORKED_OUT_MOST * Math.abs(expected),
          )
        : CONVERSION_TOLERANCE * Math.abs(expected),
    ),
    inDegrees: false,
    fromUnit,
    toUnit,
  };
}

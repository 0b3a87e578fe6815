/**
 * Scores Sidenote's figure reading against Microsoft Recognizers-Text's English specifications
 * (`tests/fixtures/quantities`): sentences with gold spans, values and units. A figure found counts
 * when its span overlaps a gold span and both its value and its unit are the gold's. Gold mentions
 * without a value (a bare "dollar") are not figures and are left out.
 */
import { extractClaims } from '../../utils/core/claims/extract-claims';
import { findNumbers } from '../../utils/core/claims/number-spans';
import type { Claim, ClaimKind } from '../../utils/core/types';

export interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: {
    Text: string;
    Start: number;
    End?: number;
    Length?: number;
    TypeName?: string;
    Resolution?: { value?: string | null; unit?: string } | null;
  }[];
}

export interface Figure {
  start: number;
  end: number;
  /** One value, or both ends of a range. */
  values: number[];
  unit: string | null;
}

export interface SetScore {
  cases: number;
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

/** The specifications' unit names, as Sidenote's unit codes. */
const GOLD_UNITS: Record<string, string> = {
  Dollar: 'USD',
  'United States dollar': 'USD',
  Cent: 'USc',
  Euro: 'EUR',
  'Chinese yuan': 'CNY',
  Pound: 'GBP',
  'British pound': 'GBP',
  'Canadian dollar': 'CAD',
  'Japanese yen': 'JPY',
  Franc: 'FRF',
  'Australian dollar': 'AUD',
  Pence: 'GBp',
  Penny: 'GBp',
  Bitcoin: 'BTC',
  'Turkish lira': 'TRY',
  Rupee: 'INR',
  'Mexican peso': 'MXN',
  'Finnish markka': 'FIM',
  'Hong Kong dollar': 'HKD',
  Peseta: 'ESP',
  'Netherlands guilder': 'NLG',
  'Swiss franc': 'CHF',
  'Costa Rican colón': 'CRC',
  'Georgian lari': 'GEL',
  'Lao kip': 'LAK',
  'Sri Lankan rupee': 'LKR',
  Sen: 'MYR',
  Satoshi: 'sat',
  'New Zealand dollar': 'NZD',
  Foot: 'ft',
  Meter: 'm',
  Mile: 'mi',
  Inch: 'in',
  Kilometer: 'km',
  Millimeter: 'mm',
  Decimeter: 'dm',
  Picometer: 'pm',
  'Square meter': 'm2',
  'Square kilometer': 'km2',
  Acre: 'acre',
  'Cubic foot': 'ft3',
  Pound_Weight: 'lb',
  Gallon: 'gal',
  Ton: 't',
  'Metric ton': 't',
  Kilogram: 'kg',
  Microgram: 'µg',
  Gram: 'g',
  Ounce: 'oz',
  Dram: 'dram',
  Milliliter: 'ml',
  Barrel: 'bbl',
  Tablespoon: 'tbsp',
  Cup: 'cup',
  Teaspoon: 'tsp',
  'Kilometer per hour': 'km/h',
  'Mile per hour': 'mph',
  Degree: '°',
  Turn: 'turn',
  Radian: 'rad',
  Bit: 'bit',
  Megabit: 'Mb',
  Megabyte: 'MB',
};

const DIMENSION_KINDS = new Set<ClaimKind>(['distance', 'area', 'weight', 'volume', 'speed', 'information', 'angle']);

export type SetName = 'numbers' | 'percentages' | 'currency' | 'dimensions';

export const SPEC_FILES: Record<SetName, string> = {
  numbers: 'Number_NumberModel.json',
  percentages: 'Number_PercentModel.json',
  currency: 'NumberWithUnit_CurrencyModel.json',
  dimensions: 'NumberWithUnit_DimensionModel.json',
};

function goldFigures(set: SetName, spec: SpecCase): Figure[] {
  const figures: Figure[] = [];
  for (const result of spec.Results) {
    const written = result.Resolution?.value;
    if (written === null || written === undefined) continue;
    const value = Number(written.replace(/%$/, ''));
    if (!Number.isFinite(value)) continue;
    const end = result.End !== undefined ? result.End + 1 : result.Start + (result.Length ?? result.Text.length);
    let unit: string | null = null;
    if (set === 'percentages') unit = '%';
    if (set === 'currency' || set === 'dimensions') {
      const name = result.Resolution?.unit ?? '';
      unit = GOLD_UNITS[set === 'dimensions' && name === 'Pound' ? 'Pound_Weight' : name] ?? `?${name}`;
    }
    figures.push({ start: result.Start, end, values: [value], unit });
  }
  return figures;
}

/** What Sidenote reads in a sentence, as figures comparable with the set's gold. */
function foundFigures(set: SetName, input: string): Figure[] {
  // Digits written onto a unit ("180ml") are scored with the dimensions, as the specifications do.
  if (set === 'numbers')
    return findNumbers(input)
      .filter((number) => !number.glued)
      .map(({ start, end, value }) => ({ start, end, values: [value], unit: null }));
  const wanted = (claim: Claim) =>
    set === 'percentages'
      ? claim.kind === 'percent'
      : set === 'currency'
        ? claim.kind === 'money'
        : DIMENSION_KINDS.has(claim.kind);
  // A range ("eight to 10 feet") is one claim holding two figures.
  return extractClaims(input)
    .filter(wanted)
    .map((claim) => ({
      start: claim.start,
      end: claim.end,
      values: [claim.value, ...(claim.high === null ? [] : [claim.high])],
      unit: claim.unit,
    }));
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export function scoreSet(set: SetName, specs: readonly SpecCase[]): SetScore {
  let gold = 0;
  let found = 0;
  let correct = 0;
  const errors: string[] = [];
  for (const spec of specs) {
    const expected = goldFigures(set, spec);
    const actual = foundFigures(set, spec.Input);
    gold += expected.length;
    found += actual.length;
    const used = new Set<Figure>();
    for (const figure of expected) {
      const match = actual.find(
        (candidate) =>
          !used.has(candidate) &&
          candidate.start < figure.end &&
          figure.start < candidate.end &&
          candidate.values.some((value) => sameValue(value, figure.values[0]!)) &&
          candidate.unit === figure.unit,
      );
      if (match) {
        used.add(match);
        correct++;
      } else
        errors.push(
          `missed ${JSON.stringify(spec.Input.slice(figure.start, figure.end))} = ${figure.values.join('-')} ${figure.unit ?? ''} in ${JSON.stringify(spec.Input.slice(0, 120))}`,
        );
    }
    for (const figure of actual) {
      if (!used.has(figure))
        errors.push(
          `extra ${JSON.stringify(spec.Input.slice(figure.start, figure.end))} = ${figure.values.join('-')} ${figure.unit ?? ''} in ${JSON.stringify(spec.Input.slice(0, 120))}`,
        );
    }
  }
  const precision = found ? correct / found : 0;
  const recall = gold ? correct / gold : 0;
  return {
    cases: specs.length,
    gold,
    found,
    correct,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    errors,
  };
}

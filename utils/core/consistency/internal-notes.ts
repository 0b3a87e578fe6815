/**
 * Figures checked against the page itself: a figure and its conversion in brackets
 * ("1,250-kilometer (780-mile)") must agree to within rounding, and an age must fit a birth year
 * the same sentence gives, counted from the article's date.
 */
import { UNIT_BY_CODE } from '../claims/units';
import type { Claim, ConsistencyNote, Evidence } from '../types';
import { baseValue } from './compare-figures';
import { sentenceNote } from './note-parts';

// A converted figure is rounded: 780 for 776.7 is 0.4% off; allow 3%.
const CONVERSION_TOLERANCE = 0.03;
const BORN_IN = /\bborn in\s+(\d{4})\b/i;

function pageEvidence(quote: string, figure: string, agrees: boolean): Evidence {
  return { id: 'page', origin: 'page', title: 'This page', source: null, date: null, quote, marks: [], figure, agrees };
}

function conversionNote(text: string, first: Claim, second: Claim): ConsistencyNote | null {
  const between = text.slice(first.end, second.start);
  if (!/^\s*[([]\s*$/.test(between) || first.kind !== second.kind || first.unit === second.unit) return null;
  const firstUnit = first.unit ? UNIT_BY_CODE.get(first.unit) : undefined;
  if (!firstUnit || firstUnit.measure === 'money' || !second.unit) return null;
  const converted = baseValue(first) / firstUnit.factor;
  const expected = baseValue(first) / (UNIT_BY_CODE.get(second.unit)?.factor ?? 1);
  const difference = (second.value - expected) / expected;
  const agrees = Math.abs(difference) <= CONVERSION_TOLERANCE;
  const { quote, marks } = sentenceNote(text, first);
  const rounded = `${expected.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${second.unit}`;
  return {
    claim: first,
    check: 'conversion',
    verdict: agrees ? 'agrees' : 'differs',
    sentence: quote,
    figureInSentence: marks[0]!,
    datesDiffer: false,
    evidence: [pageEvidence(`${converted.toLocaleString('en-US')} ${first.unit} = ${rounded}`, rounded, agrees)],
    message: agrees
      ? `${first.text} is ${rounded}; the page's ${second.text.replace(/[()]/g, '')} agrees.`
      : `${first.text} is ${rounded}, not ${second.text.replace(/[()]/g, '')} (${Math.abs(difference * 100).toFixed(0)}% off).`,
  };
}

function ageNote(text: string, claim: Claim, published: string | null): ConsistencyNote | null {
  if (claim.kind !== 'age' || !published) return null;
  const born = BORN_IN.exec(text.slice(claim.sentence.start, claim.sentence.end));
  if (!born) return null;
  const year = Number(published.slice(0, 4));
  const expected = year - Number(born[1]);
  // Born in 1990, in 2024 one is 33 or 34 depending on the birthday.
  const agrees = claim.value === expected || claim.value === expected - 1;
  const { quote, marks } = sentenceNote(text, claim);
  return {
    claim,
    check: 'age',
    verdict: agrees ? 'agrees' : 'differs',
    sentence: quote,
    figureInSentence: marks[0]!,
    datesDiffer: false,
    evidence: [pageEvidence(`Born in ${born[1]}, dated ${published}: ${expected - 1} or ${expected} years old.`, `${expected - 1}–${expected}`, agrees)],
    message: agrees ? `An age of ${claim.value} fits a birth in ${born[1]}.` : `Born in ${born[1]}, the person would be ${expected - 1} or ${expected} in ${year}, not ${claim.value}.`,
  };
}

export function internalNotes(text: string, claims: readonly Claim[], published: string | null): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  claims.forEach((claim, index) => {
    const next = claims[index + 1];
    const conversion = next ? conversionNote(text, claim, next) : null;
    if (conversion) notes.push(conversion);
    const age = ageNote(text, claim, published);
    if (age) notes.push(age);
  });
  return notes;
}

import { describe, expect, it } from 'vitest';
import type { Claim } from '../types';
import { baseValue, countNoun } from '../claims/figure-values';
import { comparableUnits, figuresAgree, interval, intervalsMeet, roughly, yearsApart } from './compare-figures';

const claim = (patch: Partial<Claim>): Claim => ({
  text: '',
  start: 0,
  end: 0,
  kind: 'percent',
  value: 70,
  high: null,
  unit: '%',
  qualifier: null,
  bound: 'exact',
  sentence: { start: 0, end: 0 },
  subject: { places: [], terms: [] },
  asOf: null,
  frame: null,
  ...patch,
});

describe('comparing figures', () => {
  it('takes two figures written with decimals as precise: $94.7 and $95.3 a barrel are two prices (Reuters, archive-loo)', () => {
    const price = (value: number) => claim({ kind: 'money', unit: 'USD', value });
    expect(figuresAgree(price(94.7), price(95.3))).toBe(false);
    // One rounds to the other, or one is a whole number rounded: still one figure.
    expect(
      figuresAgree(
        claim({ kind: 'weight', unit: 'g', value: 0.702 }),
        claim({ kind: 'weight', unit: 'g', value: 0.7 }),
      ),
    ).toBe(true);
    expect(figuresAgree(price(95), price(95.3))).toBe(true);
    // Found in review: in two units, decimals say nothing of each other (11.8 miles is 18.99 km).
    expect(
      figuresAgree(
        claim({ kind: 'distance', unit: 'mi', value: 11.8 }),
        claim({ kind: 'distance', unit: 'km', value: 18.9 }),
      ),
    ).toBe(true);
  });

  // ABC News (abc-spring-2022) against a Polish report: "nearly 100,000 troops" massed in January, "over
  // 100,000" in February; and "nearly $3 billion" in security aid against "more than $3bn".
  it('takes "nearly" a value and "over" it as two values, one on each side of it', () => {
    const troops = (value: number, qualifier: string, bound: Claim['bound']) =>
      claim({ kind: 'count', unit: 'troops', value, qualifier, bound });
    const nearly = troops(100_000, 'nearly', 'about');
    expect(figuresAgree(nearly, troops(100_000, 'over', 'at-least'))).toBe(false);
    expect(figuresAgree(troops(100_000, 'more than', 'at-least'), troops(100_000, 'almost', 'about'))).toBe(false);
    // "Over 90,000" is below it, and "about 100,000" takes no side: both still agree with it.
    expect(figuresAgree(nearly, troops(90_000, 'over', 'at-least'))).toBe(true);
    expect(figuresAgree(troops(100_000, 'about', 'about'), troops(100_000, 'over', 'at-least'))).toBe(true);
  });

  it('converts to the base unit: 56 miles is 90 km', () => {
    expect(baseValue(claim({ kind: 'distance', value: 56, unit: 'mi' }))).toBeCloseTo(90.12, 1);
    expect(baseValue(claim({ kind: 'area', value: 1, unit: 'ha' }))).toBe(0.01);
  });

  it('widens an interval by its qualifier', () => {
    expect(interval(claim({ value: 70 }))).toEqual([68.6, 71.4]);
    expect(interval(claim({ value: 70, bound: 'about' }))).toEqual([63, 77]);
    expect(interval(claim({ value: 30, bound: 'at-least' }))[1]).toBe(Number.POSITIVE_INFINITY);
    expect(interval(claim({ value: 5, bound: 'at-most' }))[0]).toBe(0);
  });

  it('agrees when intervals meet: about 70% and 72%, at least 30 and 45; not 70% and 60%', () => {
    expect(intervalsMeet(interval(claim({ value: 70, bound: 'about' })), interval(claim({ value: 72 })))).toBe(true);
    expect(intervalsMeet(interval(claim({ value: 30, bound: 'at-least' })), interval(claim({ value: 45 })))).toBe(true);
    expect(intervalsMeet(interval(claim({ value: 70 })), interval(claim({ value: 60 })))).toBe(false);
  });

  it('reads "well over 100,000" as more than "about 100,000" allows, and "well under" the same way down', () => {
    const troops = (value: number, bound: Claim['bound']) => claim({ kind: 'count', unit: 'troops', value, bound });
    expect(figuresAgree(troops(100_000, 'about'), troops(100_000, 'well-over'))).toBe(false);
    expect(figuresAgree(troops(100_000, 'about'), troops(100_000, 'at-least'))).toBe(true);
    expect(figuresAgree(troops(100_000, 'well-over'), troops(190_000, 'about'))).toBe(true);
    expect(figuresAgree(troops(100_000, 'well-over'), troops(100_000, 'at-least'))).toBe(true);
    expect(figuresAgree(troops(100_000, 'well-over'), troops(190_000, 'at-most'))).toBe(true);
    expect(figuresAgree(troops(50, 'well-under'), troops(50, 'about'))).toBe(false);
    expect(figuresAgree(troops(50, 'well-under'), troops(20, 'exact'))).toBe(true);
    // Against a register's rough figure, "well over 100,000 people" says only "over 100,000".
    const people = claim({ kind: 'count', unit: 'people', value: 100_000, bound: 'well-over' });
    expect(intervalsMeet(interval(people, 0.25), [110_000, 110_000])).toBe(false);
    expect(intervalsMeet(interval(roughly(people), 0.25), [110_000, 110_000])).toBe(true);
  });

  it('compares money only in one currency and counts only of one thing', () => {
    expect(comparableUnits(claim({ kind: 'money', unit: 'USD' }), claim({ kind: 'money', unit: 'EUR' }))).toBe(false);
    expect(comparableUnits(claim({ kind: 'count', unit: 'drones' }), claim({ kind: 'count', unit: 'drone' }))).toBe(
      true,
    );
    expect(countNoun('casualties')).toBe(countNoun('casualty'));
    expect(comparableUnits(claim({ kind: 'count', unit: 'troops' }), claim({ kind: 'count', unit: 'tanks' }))).toBe(
      false,
    );
  });

  it('compares temperatures only on one scale: 30°C and 86°F are one heat, not two figures that differ', () => {
    const temperature = (unit: string) => claim({ kind: 'temperature', unit });
    expect(comparableUnits(temperature('°C'), temperature('°F'))).toBe(false);
    expect(comparableUnits(temperature('°'), temperature('°C'))).toBe(false);
    expect(comparableUnits(temperature('°C'), temperature('°C'))).toBe(true);
  });

  it('measures how far apart two dates are, at their precision', () => {
    expect(yearsApart('2023', '2025')).toBeCloseTo(2, 1);
    expect(yearsApart('2023-11-09', '2023-11')).toBeLessThan(0.1);
    expect(yearsApart(null, '2023')).toBeNull();
  });
});

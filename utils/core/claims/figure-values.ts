/** A figure's value as figures are compared: in its measure's base unit, and what a count counts. */
import type { Claim } from '../types';
import { UNIT_BY_CODE } from './units';

/** A claim's value in its measure's base unit (km, km², kg, l, km/h, days); money and counts unchanged. */
export function baseValue(claim: Pick<Claim, 'unit' | 'value' | 'kind'>, value = claim.value): number {
  if (claim.kind === 'money' || claim.kind === 'count' || claim.kind === 'percent') return value;
  return value * (claim.unit ? (UNIT_BY_CODE.get(claim.unit)?.factor ?? 1) : 1);
}

/** A count's noun, folded so "drone" and "drones", "casualty" and "casualties" meet. */
export function countNoun(unit: string | null): string {
  return (unit ?? '')
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');
}

/**
 * Scales written with a figure's digits: a scale word after them ("five billion") or glued onto
 * them ("$61bn", "€3.5m", "10k", "£1.2tn", "4m rounds", "$20million").
 */
import type { ClaimKind, TextRange } from '../types';
import { SCALES as SCALE_WORDS } from './number-windows';

export const GLUED_SCALE = /^(thousand|million|billion|trillion|bn|bln|b|mn|mln|m|k|tn|trn)(?![\p{L}\p{N}])/iu;
const SCALES: Record<string, number> = {
  ...SCALE_WORDS,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  k: 1e3,
  tn: 1e12,
  trn: 1e12,
};
export const scaleOf = (written: string): number => SCALES[written.toLowerCase()]!;

/** The scale a figure's number is written with ("five billion", "$5bn"), or 1. */
export function writtenScale(text: string, figure: { number: TextRange; kind: ClaimKind }): number {
  const word = /\b(thousand|million|billion|trillion)$/i.exec(text.slice(figure.number.start, figure.number.end));
  if (word) return scaleOf(word[1]!);
  const glued = GLUED_SCALE.exec(text.slice(figure.number.end, figure.number.end + 9));
  // Only money and counts take a glued letter as a scale: "5m" of a distance is five metres.
  return glued && (figure.kind === 'money' || figure.kind === 'count') ? scaleOf(glued[1]!) : 1;
}

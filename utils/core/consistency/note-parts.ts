import type { Claim, TextRange } from '../types';

/** A corpus article with the figures read from it. */
export interface ArticleClaims {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  text: string;
  claims: Claim[];
}

const MAX_QUOTE = 320;

/** The sentence holding a figure, cut to a readable length around it, with where the figure sits. */
export function sentenceNote(text: string, claim: Claim): { quote: string; marks: TextRange[] } {
  let start = claim.sentence.start;
  let end = claim.sentence.end;
  if (end - start > MAX_QUOTE) {
    start = Math.max(start, claim.start - MAX_QUOTE / 2);
    end = Math.min(end, start + MAX_QUOTE);
  }
  const lead = start > claim.sentence.start ? '…' : '';
  const tail = end < claim.sentence.end ? '…' : '';
  const offset = start - lead.length;
  return {
    quote: `${lead}${text.slice(start, end)}${tail}`,
    marks: [{ start: claim.start - offset, end: Math.min(claim.end, end) - offset }],
  };
}

import { snippetAround } from '../snippet';
import type { Claim, TextRange } from '../types';
import type { ConsistencyNote, Evidence } from '../results';

const MAX_QUOTE = 320;

/** The sentence holding a figure, cut to a readable length around it (… where cut), with where the figure sits. */
export function sentenceNote(text: string, claim: TextRange): { quote: string; marks: TextRange[] } {
  const snippet = snippetAround(text, claim, MAX_QUOTE);
  const lead = snippet.truncatedStart ? '…' : '';
  return {
    quote: `${lead}${snippet.text}${snippet.truncatedEnd ? '…' : ''}`,
    marks: snippet.marks.map(({ start, end }) => ({ start: start + lead.length, end: end + lead.length })),
  };
}

/** A note on one figure checked against one piece of evidence (the gazetteer, the page itself). */
export function figureNote(
  text: string,
  claim: Claim,
  check: ConsistencyNote['check'],
  agrees: boolean,
  evidence: Evidence,
  message: string,
): ConsistencyNote {
  const { quote, marks } = sentenceNote(text, claim);
  return {
    claim,
    check,
    verdict: agrees ? 'agrees' : 'differs',
    sentence: quote,
    figureInSentence: marks[0]!,
    datesDiffer: false,
    evidence: [evidence],
    message,
  };
}

/** The gazetteer as a note's evidence: what GeoNames gives, quoted. */
export function gazetteerEvidence(quote: string, figure: string, agrees: boolean): Evidence {
  return {
    id: 'gazetteer',
    origin: 'gazetteer',
    title: 'Gazetteer (GeoNames)',
    source: 'GeoNames',
    date: null,
    quote,
    marks: [],
    figure,
    agrees,
  };
}

/**
 * Page figures against corpus figures. Two figures are paired when they measure the same kind of
 * thing (same currency, same counted noun) about the same place and share a word of what was
 * measured ("control", "killed"): "Russian forces control approximately 70% of Donetsk" and
 * "Ukraine has lost control of around 70% of the region" pair on Donetsk and "control". A pair
 * agrees when the figures' intervals meet; figures of different dates are shown as a change over
 * time, never called a contradiction.
 */
import type { Claim, ClaimKind, ConsistencyNote, Evidence } from '../types';
import { baseValue, comparableUnits, formatValue, interval, intervalsMeet, relativeDifference, yearsApart } from './compare-figures';
import { sentenceNote, type ArticleClaims } from './note-parts';

/** The kinds of figure worth checking against other coverage. */
export const CHECKABLE_KINDS = new Set<ClaimKind>(['percent', 'distance', 'area', 'money', 'count', 'weight', 'volume', 'speed']);
const MAX_EVIDENCE = 4;
// Figures dated more than this far apart describe different moments.
const SAME_MOMENT_YEARS = 0.5;

interface Pairing {
  claim: Claim;
  article: ArticleClaims;
  score: number;
}

type SubjectPlace = Claim['subject']['places'][number];
// A city and the region it lies in are one subject: "70% of Donetsk" and "70% of the Donetsk region".
const samePlace = (a: SubjectPlace, b: SubjectPlace) => a.id === b.id || a.within === b.id || a.id === b.within;

// Figures over ten times apart measure different things ("the 1,250-kilometer front line" and "8
// kilometers from the front"), not one thing two ways. Percentages are bounded and exempt.
const MAX_RATIO = 10;

function farApart(page: Claim, other: Claim): boolean {
  if (page.kind === 'percent') return false;
  const [a, b] = [Math.abs(baseValue(page)), Math.abs(baseValue(other))];
  return Math.min(a, b) === 0 ? a !== b : Math.max(a, b) / Math.min(a, b) > MAX_RATIO;
}

function pairScore(page: Claim, other: Claim): number {
  if (!comparableUnits(page, other) || farApart(page, other)) return 0;
  const sharedPlaces = other.subject.places.filter((place) => page.subject.places.some((own) => samePlace(own, place))).length;
  const terms = new Set(page.subject.terms);
  const sharedTerms = other.subject.terms.filter((term) => terms.has(term)).length;
  // A count names what it counts; other figures need a place in common.
  if (page.kind === 'count') return sharedTerms > 0 || sharedPlaces > 0 ? 1 + sharedPlaces * 2 + sharedTerms : 0;
  return sharedPlaces > 0 && sharedTerms > 0 ? sharedPlaces * 2 + sharedTerms : 0;
}

function evidenceOf(page: Claim, pairing: Pairing): Evidence {
  const { claim, article } = pairing;
  const { quote, marks } = sentenceNote(article.text, claim);
  return {
    id: article.id,
    origin: 'corpus',
    title: article.title,
    source: article.source,
    date: claim.asOf ?? article.date,
    quote,
    marks,
    figure: formatValue(claim),
    agrees: intervalsMeet(interval(page), interval(claim)),
  };
}

/** Whether the page's text is quoted as its own evidence (the page is in the corpus). */
const isSelf = (pageText: string, article: ArticleClaims) => article.text === pageText;

export function corpusNotes(pageText: string, pageClaims: readonly Claim[], corpus: readonly ArticleClaims[]): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  const others = corpus.filter((article) => !isSelf(pageText, article));
  for (const claim of pageClaims) {
    if (!CHECKABLE_KINDS.has(claim.kind)) continue;
    if (claim.kind !== 'count' && claim.subject.places.length === 0) continue;
    const pairings: Pairing[] = [];
    for (const article of others) {
      let best: Pairing | null = null;
      for (const other of article.claims) {
        const score = pairScore(claim, other);
        if (score > 0 && (!best || score > best.score)) best = { claim: other, article, score };
      }
      if (best) pairings.push(best);
    }
    pairings.sort((a, b) => b.score - a.score);
    const evidence = pairings.slice(0, MAX_EVIDENCE).map((pairing) => evidenceOf(claim, pairing));
    const { quote, marks } = sentenceNote(pageText, claim);
    const base = { check: 'corpus' as const, claim, sentence: quote, figureInSentence: marks[0]!, evidence };
    if (evidence.length === 0) {
      if (claim.subject.places.length === 0) continue;
      notes.push({ ...base, verdict: 'only-here', datesDiffer: false, message: `No article in the corpus gives a comparable figure for ${claim.subject.places.map((place) => place.name).join(', ')}.` });
      continue;
    }
    const agreeing = evidence.filter((item) => item.agrees);
    const differing = evidence.filter((item) => !item.agrees);
    const sameMoment = differing.filter((item) => {
      const apart = yearsApart(claim.asOf, item.date);
      return apart === null || apart < SAME_MOMENT_YEARS;
    });
    if (agreeing.length > 0) {
      notes.push({ ...base, verdict: 'agrees', datesDiffer: false, message: `${agreeing.length} corpus ${agreeing.length === 1 ? 'article gives' : 'articles give'} a matching figure${differing.length ? `; ${differing.length} ${differing.length === 1 ? 'gives' : 'give'} another` : ''}.` });
      continue;
    }
    const first = pairings[0]!;
    const change = relativeDifference(claim, first.claim);
    const by = `${Math.abs(change * 100).toFixed(0)}% ${change > 0 ? 'higher' : 'lower'}`;
    const datesDiffer = sameMoment.length === 0;
    const message = datesDiffer
      ? `Figures of different dates: ${formatValue(claim)} here${claim.asOf ? ` (as of ${claim.asOf})` : ''}, ${evidence[0]!.figure} as of ${evidence[0]!.date}. A change over time, not a contradiction.`
      : `The corpus gives ${evidence[0]!.figure}, ${by} than this page's ${formatValue(claim)}.`;
    notes.push({ ...base, verdict: 'differs', datesDiffer, message });
  }
  return notes;
}

/**
 * Page figures against the corpus figures paired with them (pair-figures.ts). A pair agrees when
 * the figures' intervals meet; figures of different dates are shown as a change over time, never
 * called a contradiction.
 */
import type { ArticleMeta } from '../corpus-index';
import { titleOf } from '../related';
import type { Claim, ConsistencyNote, Evidence } from '../types';
import { formatValue, interval, intervalsMeet, relativeDifference, yearsApart } from './compare-figures';
import { sentenceNote } from './note-parts';
import type { Pairing } from './pair-figures';

const MAX_EVIDENCE = 4;
// Figures dated more than this far apart describe different moments.
const SAME_MOMENT_YEARS = 0.5;

/** What the notes need of the corpus: the articles' metadata and the texts of those quoted. */
export interface EvidenceSource {
  article(doc: number): ArticleMeta;
  text(id: string): string | undefined;
}

function evidenceOf(page: Claim, { claim }: Pairing, source: EvidenceSource): Evidence | null {
  const article = source.article(claim.doc);
  const text = source.text(article.id);
  if (text === undefined) return null;
  const { quote, marks } = sentenceNote(text, claim);
  return {
    id: article.id,
    origin: 'corpus',
    title: titleOf(article).title,
    source: article.source ?? null,
    date: claim.asOf ?? article.date ?? null,
    quote,
    marks,
    figure: formatValue(claim),
    agrees: intervalsMeet(interval(page), interval(claim)),
  };
}

/** The corpus articles a set of notes quotes: the texts to fetch before writing them. */
export function evidenceArticles(pairings: ReadonlyMap<Claim, Pairing[]>): number[] {
  return [...new Set([...pairings.values()].flatMap((list) => list.slice(0, MAX_EVIDENCE).map((pairing) => pairing.claim.doc)))];
}

/** Notes on the page's checkable figures (`checked`), from their pairings; a figure with none is "only here". */
export function corpusNotes(pageText: string, checked: readonly Claim[], pairings: ReadonlyMap<Claim, Pairing[]>, source: EvidenceSource): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  for (const claim of checked) {
    const paired = pairings.get(claim) ?? [];
    const evidence = paired.slice(0, MAX_EVIDENCE).flatMap((pairing) => evidenceOf(claim, pairing, source) ?? []);
    const { quote, marks } = sentenceNote(pageText, claim);
    const base = { check: 'corpus' as const, claim, sentence: quote, figureInSentence: marks[0]!, evidence };
    if (evidence.length === 0) {
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
    const first = paired[0]!;
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

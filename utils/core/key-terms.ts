import { contentTerms } from './text';

export interface WeightedTerm {
  term: string;
  weight: number;
  /** False when no corpus article holds the term: it weighs in coverage but cannot be searched. */
  inCorpus: boolean;
}

/**
 * Smoothed inverse document frequency: as if the corpus held PRIOR_DOCUMENTS more articles without
 * the term. On a large corpus this is plain idf; on a five-article corpus about one war it keeps
 * "Donetsk" (in four of five) from weighing next to nothing.
 */
const PRIOR_DOCUMENTS = 10;
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount + PRIOR_DOCUMENTS) / (documentFrequency + 1));
}

/** Names (places, people, organizations) decide what a news story is about more than common words. */
const NAME_BOOST = 2;

/** How often each content term occurs: of a text, or of terms already read from one. */
export function termCounts(text: string | readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of typeof text === 'string' ? contentTerms(text) : text)
    counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * The terms that best say what a page is about, by tf-idf against the corpus. Querying with these
 * rather than the whole page keeps a query cheap and stops boilerplate words from deciding relevance.
 */
export function keyTerms(
  counts: ReadonlyMap<string, number>,
  documentFrequency: (term: string) => number,
  documentCount: number,
  names: ReadonlySet<string> = new Set(),
  limit = 30,
): WeightedTerm[] {
  const weighted: WeightedTerm[] = [];
  for (const [term, count] of counts) {
    const frequency = documentFrequency(term);
    const nameBoost = names.has(term) ? NAME_BOOST : 1;
    weighted.push({
      term,
      weight: nameBoost * (1 + Math.log(count)) * inverseDocumentFrequency(frequency, documentCount),
      inCorpus: frequency > 0,
    });
  }
  // Sorting a page's thousand-odd terms with the tie-break (a collation) costs more than the rest:
  // sort by weight alone, then apply it to those that can make the cut.
  weighted.sort((a, b) => b.weight - a.weight);
  const cut = weighted[Math.min(limit, weighted.length) - 1]?.weight ?? 0;
  let candidates = Math.min(limit, weighted.length);
  while (candidates < weighted.length && weighted[candidates]!.weight === cut) candidates++;
  return weighted
    .slice(0, candidates)
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, limit);
}

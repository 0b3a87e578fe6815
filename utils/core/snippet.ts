import { foldText, sentences, words } from './text';
import type { Snippet, TextRange } from './types';

/**
 * The passage of `text` that best matches the weighted terms: the sentence holding the most
 * distinct term weight, extended by its neighbour when short, cut around its matches when long.
 */
export function bestSnippet(text: string, weights: ReadonlyMap<string, number>, maxLength = 280): Snippet {
  const all = sentences(text);
  if (all.length === 0) return { text: '', marks: [], truncatedStart: false, truncatedEnd: false };

  // Only sentences that hold a weighed term as a substring of their folded text are read word by
  // word (a word folds to a term only if its sentence holds it): a corpus article runs to
  // thousands of words, of which a few dozen are the page's key terms.
  const terms = [...weights.keys()];
  const distinct = all.map((sentence) => {
    const found = new Set<string>();
    const folded = foldText(sentence.text);
    if (!terms.some((term) => folded.includes(term))) return found;
    for (const token of words(sentence.text)) if (weights.has(token.term)) found.add(token.term);
    return found;
  });
  let bestIndex = 0;
  let bestScore = -1;
  distinct.forEach((terms, index) => {
    let score = 0;
    for (const term of terms) score += weights.get(term) ?? 0;
    if (score > bestScore) [bestIndex, bestScore] = [index, score];
  });

  const best = all[bestIndex]!;
  let start = best.start;
  let end = best.end;
  const next = all[bestIndex + 1];
  if (end - start < maxLength / 2 && next && next.end - start <= maxLength) end = next.end;
  if (end - start > maxLength) [start, end] = windowAroundMatches(text, start, end, weights, maxLength);

  const marks: TextRange[] = words(text.slice(start, end))
    .filter((token) => weights.has(token.term))
    .map(({ start: markStart, end: markEnd }) => ({ start: markStart, end: markEnd }));
  return {
    text: text.slice(start, end),
    marks,
    truncatedStart: start > best.start,
    truncatedEnd: end < best.end,
  };
}

/** The `maxLength` window inside [start, end) holding the most matches, snapped to word boundaries. */
function windowAroundMatches(
  text: string,
  start: number,
  end: number,
  weights: ReadonlyMap<string, number>,
  maxLength: number,
): [number, number] {
  const matches = words(text.slice(start, end)).filter((token) => weights.has(token.term));
  let bestFrom = start;
  let bestWeight = -1;
  for (const anchor of matches) {
    const from = start + anchor.start;
    const weight = matches
      .filter((token) => start + token.start >= from && start + token.end <= from + maxLength)
      .reduce((sum, token) => sum + (weights.get(token.term) ?? 0), 0);
    if (weight > bestWeight) [bestFrom, bestWeight] = [from, weight];
  }
  // Start a little before the first match so it reads as a phrase, not a fragment.
  let from = Math.max(start, bestFrom - 40);
  while (from > start && /\S/.test(text[from - 1] ?? '')) from--;
  let to = Math.min(end, from + maxLength);
  while (to < end && to > from && /\S/.test(text[to] ?? '')) to--;
  return [from, to > from ? to : Math.min(end, from + maxLength)];
}

/** The sentence holding `range` (a place's mention), cut to `maxLength` around it, with the range marked. */
export function snippetAround(text: string, range: TextRange, maxLength = 240): Snippet {
  // Only the text near the mention is split into sentences: a corpus article may be long, and a
  // card lists several.
  const windowStart = Math.max(0, range.start - 2 * maxLength);
  const inWindow = sentences(text.slice(windowStart, Math.min(text.length, range.end + 2 * maxLength))).map((sentence) => ({
    start: sentence.start + windowStart,
    end: sentence.end + windowStart,
  }));
  const sentence = inWindow.find((candidate) => candidate.start <= range.start && range.end <= candidate.end);
  const bounds = sentence ?? { start: Math.max(0, range.start - maxLength / 2), end: Math.min(text.length, range.end + maxLength / 2) };
  let from = bounds.start;
  let to = bounds.end;
  if (to - from > maxLength) {
    from = Math.max(bounds.start, range.start - Math.floor((maxLength - (range.end - range.start)) / 2));
    while (from > bounds.start && /\S/.test(text[from - 1] ?? '')) from--;
    to = Math.min(bounds.end, from + maxLength);
    while (to > range.end && to < bounds.end && /\S/.test(text[to] ?? '')) to--;
  }
  return {
    text: text.slice(from, to),
    marks: [{ start: range.start - from, end: range.end - from }],
    truncatedStart: from > bounds.start,
    truncatedEnd: to < bounds.end,
  };
}

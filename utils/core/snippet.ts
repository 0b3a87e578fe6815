import { foldText, LONGEST_TOKEN, sentences, words, type Sentence } from './text';
import type { TextRange } from './types';
import type { Snippet } from './results';

/**
 * The passage of `text` that best matches the weighted terms: the sentence holding the most
 * distinct term weight, extended by its neighbour when short, cut around its matches when long.
 */
export function bestSnippet(text: string, weights: ReadonlyMap<string, number>, maxLength = 280): Snippet {
  // A sentence never spans a line break, and it can score no more than the weights of the terms its
  // paragraph holds as substrings of its folded text. So paragraphs are read best bound first and
  // split into sentences (the costly part) only while they could still beat the best sentence:
  // a corpus article runs to dozens of paragraphs, of which one or two hold the page's rarest terms.
  const paragraphs = paragraphsOf(text);
  const held = termsByLine(foldText(text), weights);
  const order = paragraphs
    .map((paragraph, at) => ({ at, bound: weightOf(held[paragraph.line]!, weights) }))
    .sort((a, b) => b.bound - a.bound || a.at - b.at);
  let best: { paragraph: number; sentence: number; score: number } | undefined;
  // Every weight is positive: a sentence without a term scores nothing, and the first sentence stands in.
  // Of two sentences scoring the same, the earlier one wins (paragraphs are read out of order, sentences in order).
  const cannotWin = (bound: number, paragraph: number) =>
    bound === 0 ||
    (best !== undefined && (bound < best.score || (bound === best.score && paragraph >= best.paragraph)));
  const split = new Map<number, Sentence[]>();
  const sentencesOf = (paragraph: number) =>
    split.get(paragraph) ?? split.set(paragraph, sentencesIn(text, paragraphs[paragraph]!)).get(paragraph)!;
  for (const { at, bound } of order) {
    if (cannotWin(bound, at)) break;
    const inParagraph = held[paragraphs[at]!.line]!;
    sentencesOf(at).forEach((sentence, index) => {
      // The same bound, for the sentence alone: most sentences of a long paragraph cannot win, and need not be tokenized.
      const folded = foldText(sentence.text);
      if (
        cannotWin(
          weightOf(
            inParagraph.filter((term) => folded.includes(term)),
            weights,
          ),
          at,
        )
      )
        return;
      const found = new Set<string>();
      for (const token of words(sentence.text)) if (weights.has(token.term)) found.add(token.term);
      const score = weightOf(
        inParagraph.filter((term) => found.has(term)),
        weights,
      );
      if (!cannotWin(score, at)) best = { paragraph: at, sentence: index, score };
    });
  }
  best ??= { paragraph: 0, sentence: 0, score: 0 };
  const bestSentence = paragraphs.length ? sentencesOf(best.paragraph)[best.sentence] : undefined;
  if (!bestSentence) return { text: '', marks: [], truncatedStart: false, truncatedEnd: false };
  const next =
    sentencesOf(best.paragraph)[best.sentence + 1] ??
    (best.paragraph + 1 < paragraphs.length ? sentencesOf(best.paragraph + 1)[0] : undefined);

  let start = bestSentence.start;
  let end = bestSentence.end;
  if (end - start < maxLength / 2 && next && next.end - start <= maxLength) end = next.end;
  if (end - start > maxLength) [start, end] = windowAroundMatches(text, start, end, weights, maxLength);

  const marks: TextRange[] = words(text.slice(start, end))
    .filter((token) => weights.has(token.term))
    .map(({ start: markStart, end: markEnd }) => ({ start: markStart, end: markEnd }));
  return {
    text: text.slice(start, end),
    marks,
    truncatedStart: start > bestSentence.start,
    truncatedEnd: end < bestSentence.end,
  };
}

/** The text's paragraphs (its lines holding more than white space), as offsets, with their line numbers. */
function paragraphsOf(text: string): (TextRange & { line: number })[] {
  const found: (TextRange & { line: number })[] = [];
  for (let start = 0, line = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (/\S/.test(text.slice(start, end))) found.push({ start, end, line });
    start = end + 1;
  }
  return found;
}

/**
 * Per line of a folded text, the terms it holds as substrings, in the weights' order: folding keeps
 * line breaks. Each term is looked for on its own, once a line: a pattern joining the page's terms
 * would grow with them, and is refused past some length (a pasted blob can be a key term).
 */
function termsByLine(folded: string, weights: ReadonlyMap<string, number>): string[][] {
  const lineStarts = [0];
  for (let at = folded.indexOf('\n'); at >= 0; at = folded.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const found = lineStarts.map(() => new Set<string>());
  for (const term of weights.keys()) {
    for (let at = folded.indexOf(term), line = 0; at >= 0;) {
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= at) line++;
      found[line]!.add(term);
      if (line + 1 >= lineStarts.length) break;
      at = folded.indexOf(term, lineStarts[line + 1]);
    }
  }
  return found.map((terms) => (terms.size ? [...weights.keys()].filter((term) => terms.has(term)) : []));
}

/**
 * The summed weight of terms, given in the weights' order: a sentence's score and its bounds add
 * the same numbers in the same order, so one holding all its paragraph's terms scores the bound exactly.
 */
function weightOf(terms: readonly string[], weights: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const term of terms) total += weights.get(term)!;
  return total;
}

/** The sentences of one stretch of `text`, with offsets into `text`. */
function sentencesIn(text: string, range: TextRange): Sentence[] {
  return sentences(text.slice(range.start, range.end)).map((sentence) => ({
    ...sentence,
    start: sentence.start + range.start,
    end: sentence.end + range.start,
  }));
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
  // The window from each match holds it and those after it that end within maxLength: found by
  // moving one end forward, not by reading every match again for each (a long corpus line can hold thousands).
  let past = 0;
  matches.forEach((anchor, first) => {
    const from = start + anchor.start;
    past = Math.max(past, first);
    while (past < matches.length && start + matches[past]!.end <= from + maxLength) past++;
    // Summed afresh (at most maxLength / 2 matches) rather than as a difference of running sums, which rounds differently.
    let weight = 0;
    for (let at = first; at < past; at++) weight += weights.get(matches[at]!.term) ?? 0;
    if (weight > bestWeight) [bestFrom, bestWeight] = [from, weight];
  });
  // Start a little before the first match so it reads as a phrase, not a fragment.
  let from = Math.max(start, bestFrom - 40);
  from = wordStart(text, from, Math.max(start, from - LONGEST_TOKEN));
  let to = Math.min(end, from + maxLength);
  while (to < end && to > from && /\S/.test(text[to] ?? '')) to--;
  return [from, to > from ? to : Math.min(end, from + maxLength)];
}

/**
 * Where the word holding `at` starts, looked for no further back than `limit`: a corpus text is
 * not tidied, and a run without white space as long as the text would be walked whole.
 */
function wordStart(text: string, at: number, limit: number): number {
  let from = at;
  while (from > limit && /\S/.test(text[from - 1] ?? '')) from--;
  return from;
}

/** The sentence holding `range` (a place's mention), cut to `maxLength` around it, with the range marked. */
export function snippetAround(text: string, range: TextRange, maxLength = 240): Snippet {
  // Only the text near the mention, within its paragraph, is split into sentences: a corpus
  // article may be long, a card lists several, and no sentence spans a line break.
  const paragraphStart = text.lastIndexOf('\n', range.start - 1) + 1;
  const paragraphEnd = text.indexOf('\n', range.end);
  const inWindow = sentencesIn(text, {
    start: Math.max(paragraphStart, range.start - 2 * maxLength),
    end: Math.min(paragraphEnd < 0 ? text.length : paragraphEnd, range.end + 2 * maxLength),
  });
  const sentence = inWindow.find((candidate) => candidate.start <= range.start && range.end <= candidate.end);
  const bounds = sentence ?? {
    start: Math.max(0, range.start - maxLength / 2),
    end: Math.min(text.length, range.end + maxLength / 2),
  };
  let from = bounds.start;
  let to = bounds.end;
  if (to - from > maxLength) {
    from = Math.max(bounds.start, range.start - Math.floor((maxLength - (range.end - range.start)) / 2));
    from = wordStart(text, from, Math.max(bounds.start, from - LONGEST_TOKEN));
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

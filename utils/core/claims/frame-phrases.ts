/**
 * Reading the words around a figure, for its frame (figure-frame.ts): the figure's clause, the
 * noun phrase after it, and the subject or object before it ("aid to Ukraine has reached $9bn",
 * "cut its gas use by 15%"). Over the sentence's words, without a tagger: lists of function words
 * stand in for parts of speech.
 */
import type { Token } from '../text';
import type { TextRange } from '../types';
import { CHANGE_WORDS, CLAUSE_OPENERS, IRREGULAR_PASTS, PHRASE_ENDERS } from './frame-lexicon';

// Between two words: a break no clause runs across.
const HARD_BREAK = /[;:()[\]—–"“”]|\s-\s|\.\s/;
// "the U.S. has sent": a capital letter after another's full stop is part of an initialism, and
// its own full stop ends no clause.
const isInitialismEnd = (text: string, token: Token) =>
  token.end - token.start === 1 &&
  /\p{Lu}\.$/u.test(text.slice(token.start - 2, token.start)) &&
  /\p{Lu}/u.test(text[token.start]!);
/** Whether `gap`, after `token`, holds a mark that ends a clause. */
const breaksClause = (text: string, token: Token | undefined, gap: string) =>
  HARD_BREAK.test(token && isInitialismEnd(text, token) ? gap.replace(/^\.(?=\s)/, '') : gap);

export const lower = (text: string, token: Token) => text.slice(token.start, token.end).toLowerCase();
export const isCapitalized = (text: string, token: Token) => /^\p{Lu}/u.test(text[token.start] ?? '');
export const stemOf = (word: string) => (word.length > 4 ? word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '') : word);
export const familyOf = (map: ReadonlyMap<string, string>, word: string) =>
  map.get(word) ?? map.get(stemOf(word)) ?? null;

/** The words of the figure's clause: from the last hard break or comma-led clause before it to the next break or comma after it. */
export function clauseOf(
  text: string,
  tokens: readonly Token[],
  figure: TextRange,
): { before: Token[]; inside: Token[]; after: Token[] } {
  let first = tokens.findIndex((token) => token.end > figure.start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < figure.end) last++;
  let from = first;
  while (from > 0) {
    const gap = text.slice(tokens[from - 1]!.end, tokens[from]!.start);
    if (breaksClause(text, tokens[from - 1]!, gap)) break;
    if (gap.includes(',') && from < first && CLAUSE_OPENERS.has(tokens[from]!.term)) break;
    from--;
  }
  // "the 1,250-kilometer (780-mile) front line": a bracketed conversion right after the figure is read through.
  let skipTo = last;
  let resumeAt = figure.end;
  const close = /^\s*[([][^)\]]{0,30}\d[^)\]]{0,30}[)\]]/.exec(text.slice(figure.end, figure.end + 64));
  if (close) {
    resumeAt = figure.end + close[0].length;
    while (skipTo < tokens.length && tokens[skipTo]!.start < resumeAt) skipTo++;
  }
  let to = skipTo;
  while (to < tokens.length) {
    const gap = text.slice(
      to === skipTo ? Math.max(resumeAt, tokens[to - 1]?.end ?? 0) : tokens[to - 1]!.end,
      tokens[to]!.start,
    );
    if (breaksClause(text, tokens[to - 1], gap) || gap.includes(',')) break;
    to++;
  }
  return { before: tokens.slice(from, first), inside: tokens.slice(first, last), after: tokens.slice(skipTo, to) };
}

/** The noun phrase a list of words starts with (determiners skipped): what follows a figure, or "of" after it. */
export function phraseAt(text: string, tokens: readonly Token[]): Token[] {
  const phrase: Token[] = [];
  for (const token of tokens) {
    const word = lower(text, token);
    if (
      phrase.length === 0 &&
      /^(?:the|a|an|per|every|its|their|his|her|our|this|that|these|those|all|some|new|fresh)$/.test(word)
    )
      continue;
    if (
      PHRASE_ENDERS.has(word) ||
      /\d/.test(word) ||
      ((/ed$/.test(word) || IRREGULAR_PASTS.has(word)) && phrase.length > 0)
    )
      break;
    phrase.push(token);
    if (phrase.length === 4) break;
  }
  return phrase;
}

const LINK_VERBS: ReadonlySet<string> = new Set(
  'is are was were be been reached reach reaches hit hits total totals totalled totaled stands stood amounts amounted came comes topped tops exceeded exceeds passed'.split(
    ' ',
  ),
);
// "The average household fuel bill has risen 50%": a share that rose or fell is of the verb's subject.
const RISE_AND_FALL: ReadonlySet<string> = new Set(
  `rose risen rise rises increased increases fell fallen fall falls dropped drops declined declines grew grown grows
jumped jumps surged surges plunged plunges slumped slumps shrank shrunk climbed climbs soared soars`.split(/\s+/),
);
const LINK_TAIL: ReadonlySet<string> = new Set('at to by down up now already just'.split(' '));
const AUXILIARIES: ReadonlySet<string> = new Set(
  'has have had is are was were will would now already so far also still thus'.split(' '),
);
const SUBJECT_STOPS: ReadonlySet<string> = new Set(
  'said says say told tells that which who according reported reports announced shows show showed found finds'.split(
    ' ',
  ),
);
const CHUNK_ENDS: ReadonlySet<string> = new Set(
  'of to for from in since by on at with into over under against toward towards during after before'.split(' '),
);
export const LEADING_DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|all)$/;

/** The noun chunk of a phrase: up to its first preposition or participle ("support pledged"), determiners dropped. */
function chunkOf(text: string, tokens: readonly Token[]): Token[] {
  const end = tokens.findIndex((token, index) => CHUNK_ENDS.has(token.term) || (index > 0 && /ed$/.test(token.term)));
  const chunk = (end < 0 ? tokens : tokens.slice(0, end)).filter(
    (token, index) => index > 0 || !LEADING_DETERMINERS.test(lower(text, token)),
  );
  // An initialism's letters are one word: "the average U.K. household fuel bill" is five.
  const words = chunk.filter((token) => !isInitialismEnd(text, token)).length;
  return chunk.length && words <= 5 ? chunk : [];
}

/**
 * "US military aid to Ukraine has reached $9 billion": the subject of a linking verb right before the
 * figure; for a share (`share`), also of a rise or a fall ("the household fuel bill has risen 50%").
 */
export function subjectBefore(text: string, before: readonly Token[], share = false): Token[] | null {
  let at = before.length - 1;
  while (at >= 0 && LINK_TAIL.has(before[at]!.term)) at--;
  const risesOrFalls = share && RISE_AND_FALL.has(before[at]?.term ?? '');
  if (at < 0 || !(LINK_VERBS.has(before[at]!.term) || risesOrFalls)) return null;
  let end = at - 1;
  while (end >= 0 && AUXILIARIES.has(before[end]!.term)) end--;
  // "Prices could rise 10%", "are expected to rise": what may happen, its subject read past the verb group.
  if (risesOrFalls && (end < 0 || PHRASE_ENDERS.has(before[end]!.term) || /ed$/.test(before[end]!.term))) return null;
  let start = end;
  while (start > 0 && !SUBJECT_STOPS.has(before[start - 1]!.term)) start--;
  // "In Britain, the average household fuel bill has risen": a phrase put first is no part of the subject.
  if (FRONTED.has(before[start]?.term ?? '')) {
    // Only the words up to the verb are searched: a page's text after them is never read here.
    const opening = before[start]!.end;
    const at = text.slice(opening, before[end]!.start).indexOf(',');
    const after = at >= 0 ? before.findIndex((token, index) => index <= end && token.start > opening + at) : -1;
    if (after > start) start = after;
  }
  const tokens = before.slice(start, end + 1);
  const chunk = start <= end ? chunkOf(text, tokens) : [];
  if (!chunk.length) return null;
  if (!share) return chunk;
  // "the price of wheat" is read as "wheat prices" are: the whole first, the head last.
  const whole = wholeOfHead(text, tokens, chunk);
  return whole.length ? [...chunk.slice(0, -1), ...whole, chunk[chunk.length - 1]!] : chunk;
}

const FRONTED: ReadonlySet<string> = new Set('in across at on since after before during for from'.split(' '));

// Heads that name no thing of their own: "the number of refugees", "the price of wheat".
const HEADS_OF_WHOLES: ReadonlySet<string> = new Set(
  'number numbers price prices cost costs value amount level levels'.split(' '),
);
/** "The number of refugees has fallen 20%": after a head that names no thing, what it is the number of. */
function wholeOfHead(text: string, tokens: readonly Token[], chunk: readonly Token[]): Token[] {
  const head = chunk[chunk.length - 1]!;
  const at = tokens.indexOf(head);
  if (!HEADS_OF_WHOLES.has(head.term) || tokens[at + 1]?.term !== 'of') return [];
  return chunkOf(text, tokens.slice(at + 2));
}

/** "cut its gas use by 15%": what a change verb right before "by" acts on. */
export function objectOfChange(text: string, before: readonly Token[]): Token[] | null {
  if (before.at(-1)?.term !== 'by') return null;
  for (let at = before.length - 2; at >= Math.max(0, before.length - 6); at--) {
    if (!CHANGE_WORDS.has(before[at]!.term)) continue;
    const chunk = chunkOf(text, before.slice(at + 1, -1));
    return chunk.length ? chunk : null;
  }
  return null;
}

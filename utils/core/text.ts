import { isHighSurrogate } from './code-units';
import { sentenceBreaks } from './sentence-breaks';
import { STOPWORDS } from './stopwords';
import type { TextRange } from './types';
import { nextWordStart, wordEnd } from './word-scanner';

export interface Token extends TextRange {
  /** Normalized form used for indexing and matching. */
  term: string;
}

const DIACRITICS = /\p{M}+/gu;
const POSSESSIVE = /['’ʼ]s$/;
const APOSTROPHE = /['’ʼ]/;
const APOSTROPHES = /['’ʼ]/g;

// ASCII text, with the curly quotes and dashes English news writes (none of which decompose),
// needs no Unicode decomposition: most of an English text.
const NEEDS_DECOMPOSITION = /[^\t\n\r -~‘’“”–—]/;
const foldCaseAndAccents = (text: string) =>
  (NEEDS_DECOMPOSITION.test(text) ? text.normalize('NFKD').replace(DIACRITICS, '') : text).toLowerCase();

/** Text folded as its words are (case, accents, apostrophes), offsets not kept: a word's term is a substring of it. */
export function foldText(text: string): string {
  const folded = foldCaseAndAccents(text);
  return APOSTROPHE.test(folded) ? folded.replace(APOSTROPHES, '') : folded;
}

/** Case- and accent-folded form of a word; possessives fold into their noun (Ukraine's → ukraine). */
export function normalizeTerm(word: string): string {
  // Most words are ASCII letters, digits and hyphens, of which only the case folds: this runs for
  // every word of every page and article.
  let plain = true;
  for (let at = 0; at < word.length && plain; at++) {
    const code = word.charCodeAt(at);
    plain = code < 128 && code !== 39 && code > 32;
  }
  if (plain) return word.toLowerCase();
  const folded = foldCaseAndAccents(word);
  return APOSTROPHE.test(folded) ? folded.replace(POSSESSIVE, '').replace(APOSTROPHES, '') : folded;
}

/** Every word of `text` with its offsets, including stopwords. */
export function words(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = nextWordStart(text, 0), end = 0; start < text.length; start = nextWordStart(text, end)) {
    end = wordEnd(text, start);
    tokens.push({ term: normalizeTerm(text.slice(start, end)), start, end });
  }
  return tokens;
}

export function isContentTerm(term: string): boolean {
  return term.length > 1 && !STOPWORDS.has(term) && !/^\d+$/.test(term);
}

/** The terms that say what a text is about: normalized words minus stopwords and bare numbers. */
export function contentTerms(text: string, tokens?: readonly Token[]): string[] {
  if (tokens) return tokens.map((token) => token.term).filter(isContentTerm);
  // Without tokens, the words are read as words() reads them but never made into tokens: an
  // archive reads every article's terms this way, and the tokens' objects were most of the cost.
  const terms: string[] = [];
  for (let start = nextWordStart(text, 0), end = 0; start < text.length; start = nextWordStart(text, end)) {
    end = wordEnd(text, start);
    const term = normalizeTerm(text.slice(start, end));
    if (isContentTerm(term)) terms.push(term);
  }
  return terms;
}

/**
 * Longest run of characters without white space a page keeps whole. No word runs this long (the
 * longest in all of ../shared/data is a 39-character web address); a longer run is a pasted blob, a
 * run of digits or of punctuation, which every stage that reads the page would otherwise read,
 * some of them once for each of its characters.
 */
export const LONGEST_TOKEN = 100;
// Tried only where a run starts: tried from each of its characters, a run just short of the limit
// would be read to its end once a character (a 2 MB page of such runs took half a second).
const TOO_LONG_TOKEN = new RegExp(`(?<!\\S)\\S{${LONGEST_TOKEN + 1},}`, 'g');
/** A run cut to LONGEST_TOKEN characters (one fewer rather than split a surrogate pair), the cut shown as a reader would write it. */
const cutToken = (run: string) =>
  `${run.slice(0, isHighSurrogate(run.charCodeAt(LONGEST_TOKEN - 1)) ? LONGEST_TOKEN - 1 : LONGEST_TOKEN)}…`;

/**
 * Collapses runs of spaces and blank lines the way a reader sees the text, keeping paragraph
 * breaks, and cuts runs without white space to LONGEST_TOKEN characters: the text every stage of
 * a page's analysis reads.
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(TOO_LONG_TOKEN, cutToken)
    .trim();
}

/** A sentence of a text: its offsets and its words, whitespace trimmed. */
export type Sentence = TextRange & { text: string };

/** Sentences with their offsets into `text`, whitespace trimmed. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let segmentStart = 0;
  for (const segmentEnd of sentenceBreaks(text)) {
    // Paragraph breaks end a sentence even when the rules do not split there (headlines lack periods).
    let offset = segmentStart;
    for (const piece of text.slice(segmentStart, segmentEnd).split(/\n+/)) {
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) {
        const start = offset + lead;
        result.push({ start, end: start + trimmed.length, text: trimmed });
      }
      offset += piece.length + 1;
      while (text[offset] === '\n') offset++;
    }
    segmentStart = segmentEnd;
  }
  return result;
}

// Abbreviations a sentence does not end at: "Sen. Mark Warner", "Gen. Syrskyi", "the U.S. Army", "J. Smith".
const ABBREVIATION =
  /(?:^|\s|\()(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|maj|adm|cmdr|prof|st|jr|sr|no|vol|inc|ltd|co|corp|vs|etc|approx|dept|est|fig|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec|u\.s|u\.k|u\.n|e\.u|\p{Lu})\.$/iu;

// A lead says something: a greeting, a credit ("CNN —", "Melbourne, Australia CNN —") or a call to
// subscribe is not one. A sentence of fewer words, or one left hanging on a dash, is passed over.
const LEAD_WORDS = 5;
const LEAD_TRIES = 3;
const HANGING_DASH = /\s[-–—]$/;
// Two sentences run together without a space ("is operating.Doctors say"): a lower-case word ends one.
const FUSED_SENTENCES = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}(?:\p{Ll}|\s))/gu;

const isLead = (sentence: string) =>
  (sentence.match(/\p{L}+/gu)?.length ?? 0) >= LEAD_WORDS && !HANGING_DASH.test(sentence);

/**
 * The first sentence of a text that says something, whole: not cut after an abbreviation, nor
 * run on into the next, only shortened (…) past `maxLength`.
 */
export function firstSentence(text: string, maxLength = 300): string {
  const all = sentences(text);
  // A sentence with what follows an abbreviation at its end ("Sen." "Mark Warner said"), up to maxLength.
  const wholeFrom = (index: number): [string, number] => {
    let whole = all[index]?.text ?? '';
    let next = index + 1;
    // Joined only while it could still be given whole: past maxLength it is cut, the same whatever follows.
    for (
      ;
      next < all.length &&
      whole.length <= maxLength &&
      ABBREVIATION.test(whole) &&
      all[next]!.start - all[next - 1]!.end <= 1;
      next++
    )
      whole = `${whole} ${all[next]!.text}`;
    return [whole, next];
  };
  let [first, next] = wholeFrom(0);
  for (let tries = 1; tries < LEAD_TRIES && !isLead(first) && next < all.length; tries++) {
    const [candidate, after] = wholeFrom(next);
    if (isLead(candidate)) first = candidate;
    next = after;
  }
  // Not after an abbreviation written without its space: "Gen.Milley".
  const fused = [...first.matchAll(FUSED_SENTENCES)].find(
    (match) => !ABBREVIATION.test(first.slice(0, match.index + 1)),
  );
  if (fused) first = first.slice(0, fused.index + 1);
  if (first.length <= maxLength) return first;
  const cut = first.lastIndexOf(' ', maxLength - 1);
  return `${first.slice(0, cut > 40 ? cut : maxLength - 1)}…`;
}

/**
 * Terms the text writes capitalized where a sentence does not start: names of places, people and
 * organizations, which say more about a news story's subject than common words do.
 */
export function nameTerms(text: string, tokens: readonly Token[] = words(text)): Set<string> {
  const names = new Set<string>();
  for (const { start, term } of tokens) {
    const first = text[start] ?? '';
    if (first === first.toLowerCase() || /\d/.test(first)) continue;
    const before = text.slice(Math.max(0, start - 3), start);
    if (start === 0 || /[.!?:"“”]\s*$|\n\s*$/.test(before)) continue;
    names.add(term);
  }
  return names;
}

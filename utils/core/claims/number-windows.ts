/**
 * Where a sentence may hold numbers, and which of those stretches the number model need not read:
 * the windows of a few words around each number-like token, and the plain ones among them, whose
 * numbers are read here from their digits or their one cardinal word exactly as the model reads
 * them (number-spans.test.ts holds the two readings together on all of ../shared/data).
 */
import { EnglishNumeric } from '@microsoft/recognizers-text-number';
import { codeUnitTest } from '../code-units';
import type { TextRange } from '../types';

// Words that make a sentence worth reading for numbers: the model's own vocabulary of cardinals, ordinals and scales.
const NUMBER_WORDS = new Set(
  [
    ...EnglishNumeric.CardinalNumberMap.keys(),
    ...EnglishNumeric.OrdinalNumberMap.keys(),
    ...EnglishNumeric.RoundNumberMap.keys(),
  ]
    .filter((word) => word.length > 2)
    .concat(['half', 'quarter', 'quarters', 'nought', 'naught', 'zero', 'dozen', 'dozens']),
);
export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const FRACTION_GLYPHS = '½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞';

/** The number words as a trie over a-z: node n's child for letter c is TRIE[n * 26 + c], 0 for none. */
const TRIE: number[] = new Array<number>(26).fill(0);
const WORD_ENDS = new Set<number>();
for (const word of NUMBER_WORDS) {
  let node = 0;
  for (const letter of word) {
    const slot = node * 26 + letter.charCodeAt(0) - 97;
    if (!TRIE[slot]) {
      TRIE[slot] = TRIE.length / 26;
      TRIE.push(...new Array<number>(26).fill(0));
    }
    node = TRIE[slot]!;
  }
  WORD_ENDS.add(node);
}

/** The trie node after `letter` (a UTF-16 unit, any case), or 0. The long s is an s when case is ignored. */
function step(node: number, letter: number): number {
  const index = letter < 128 ? (letter | 32) - 97 : letter === 0x17f ? 18 : -1;
  return index >= 0 && index < 26 ? TRIE[node * 26 + index]! : 0;
}

const isLetterUnit = codeUnitTest(/\p{L}/u);
/** How many code units the letter at `at` takes (2 beyond the Basic Multilingual Plane), 0 when it is no letter. */
function letterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) return /^\p{L}/u.test(text.slice(at, at + 2)) ? 2 : 0;
  return isLetterUnit(code) ? 1 : 0;
}

/**
 * Where a number may be written: each digit or fraction glyph, and each run of letters that is
 * one of the model's number words (in any case). A scan by hand: a regular expression alternating
 * over the hundred-odd words costs ten times as much on a long page.
 */
export function numberHints(sentence: string): number[] {
  const hints: number[] = [];
  const length = sentence.length;
  let at = 0;
  while (at < length) {
    const code = sentence.charCodeAt(at);
    const lower = code | 32;
    if (code >= 48 && code <= 57) {
      hints.push(at++);
      continue;
    }
    // ASCII letters inline: most of an English text.
    const width =
      lower >= 97 && lower <= 122
        ? 1
        : code < 128
          ? 0
          : FRACTION_GLYPHS.includes(sentence[at]!)
            ? -1
            : letterWidth(sentence, at);
    if (width === -1) hints.push(at);
    if (width <= 0) {
      at++;
      continue;
    }
    const start = at;
    let node = step(0, code);
    at += width;
    while (at < length) {
      const next = sentence.charCodeAt(at);
      const nextLower = next | 32;
      const nextWidth = nextLower >= 97 && nextLower <= 122 ? 1 : next < 128 ? 0 : letterWidth(sentence, at);
      if (nextWidth === 0) break;
      // Node 0 is the root only before the first letter; after it, no word.
      if (node) node = step(node, next);
      at += nextWidth;
    }
    if (node && WORD_ENDS.has(node)) hints.push(start);
  }
  return hints;
}
/** Words kept either side of a number-like token, so the model still sees "a hundred", "minus 5", "one in five". */
const WINDOW_TOKENS = 3;

export interface NumberWindow extends TextRange {
  /**
   * Its numbers are all written in plain digits ("1,250", "70%", "(2022)"), in digits with a scale
   * word ("$19 billion", "1.8 million") or as one cardinal word below a hundred ("one", "forty"),
   * and its other number-like words are ones the model reads as no number (the ordinals "first",
   * "19th" and "second", and "hundreds" or "thousands" of something), with nothing around them the
   * model reads into a number or out of one (a sign, a scale letter, "1 in 5", "one over three", "1
   * 000", "twenty two", "a third", "two thousands", "that one"): their values are the digits', times
   * the scale, or the word's, and the model, which costs a millisecond a call, is not run.
   */
  plain: boolean;
}
// A token that is one number in digits, perhaps with a currency sign, brackets, quotes, a percent
// sign or closing punctuation; not "8-10", "1/2", "3.5m", "1st" or "-5".
const PLAIN_NUMBER = /^[("'“‘[$€£¥]*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?[)"'”’\],.;:!?]*$/u;
// One-word cardinals below a hundred ("one", "seven", "forty"), which the model reads alone as their
// value ("one" but for "the one", "this one", "that one" and "which one": see NOT_PLAIN_CONTEXT).
const SIMPLE_CARDINALS = new Map(
  [...EnglishNumeric.CardinalNumberMap].filter(([word, value]) => /^[a-z]{3,}$/.test(word) && value < 100),
);
const CARDINAL_ALTERNATION = [...SIMPLE_CARDINALS.keys()].sort((a, b) => b.length - a.length).join('|');
const PLAIN_WORD = new RegExp(`^[("'“‘[]*(?:${CARDINAL_ALTERNATION})[)"'”’\\],.;:!?]*$`, 'i');
// A scale word after a plain number: the model reads "$19 billion" as 19 × 10⁹ from the digits to the word.
const SCALE_AFTER_DIGITS = /^(?:million|billion|trillion)[)"'”’\],.;:!?]*$/i;
// Ordinals the model reads as no number, whatever is around them: "19th", "first", "second"
// ("a third" and "a tenth" are fractions, so the other ordinal words still go to the model).
const NO_NUMBER_ORDINAL = /^[("'“‘[]*(?:\d+(?:st|nd|rd|th)|first|second)(?:-\p{L}+)*[)"'”’\],.;:!?]*$/iu;
// "Hundreds" and "thousands" with no number before them ("thousands of servers"), which the model
// reads as no number. Not "millions": the model reads a plural scale at the end of its input.
const NO_NUMBER_PLURAL = /^[("'“‘[]*(?:hundreds|thousands)[)"'”’\],.;:!?]*$/i;
// Decades and centuries ("the 1990s", "mid-2000s"), which the model reads as no number.
const NO_NUMBER_DECADE = /^[("'“‘[]*(?:\p{L}+-)?\d+s[)"'”’\],.;:!?]*$/u;
// A plain number or cardinal word joined to the word it measures ("22-year-old", "1,250-kilometer", "six-month"),
// which the model reads as the number alone.
const NUMBER_BEFORE_HYPHEN = new RegExp(
  `^[("'“‘[$€£¥]*(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|${CARDINAL_ALTERNATION})-\\p{L}+(?:-\\p{L}+)*[)"'”’\\],.;:!?]*$`,
  'iu',
);
// Digits are tried from where their run starts only (?<!\d): tried from each digit of a long run
// that ends in a letter, the run would be read to its end from every one of them.
const PLAIN_DIGITS = new RegExp(
  `(?<!\\d)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:(\\s+)(million|billion|trillion)(?!\\p{L}))?(?![\\p{L}\\d])|(?<!\\p{L})(?:${CARDINAL_ALTERNATION})(?!\\p{L})`,
  'giu',
);
// The same for a number before "in" or a number word. (A run of digits glued to a letter, which the
// first digit's lookbehind would have let its second digit match, is no plain token: its window is
// the model's either way.)
const NOT_PLAIN_CONTEXT = new RegExp(
  `\\b(?:minus|negative|plus|point|dozens?|k|m|mn|bn|b|g|t|mil|mm)\\b|(?:(?<!\\p{L})(?:${CARDINAL_ALTERNATION})|(?<![\\p{L}\\d])\\d+)\\s+(?:in|over|out\\s+of)\\s+(?:an?|${CARDINAL_ALTERNATION}|\\d+)(?!\\p{L})|\\^|\\d\\s+\\d|(?:(?<!\\p{L})(?:${CARDINAL_ALTERNATION})|(?<![\\p{L}\\d])\\d+)[\\s-]+(?:and\\s+)?(?:${CARDINAL_ALTERNATION})(?!\\p{L})` +
    // The model's own filter drops "one" after these words; a number or an article before a plural scale makes it a number.
    `|\\b(?:the|this|that|which)\\s+one\\b|(?:(?<!\\p{L})(?:${CARDINAL_ALTERNATION}|an?)|\\d)[\\s-]+(?:hundreds|thousands)(?!\\p{L})`,
  'iu',
);

/** JavaScript white space (\s): a token is a run of anything else. */
export const isSpace = codeUnitTest(/\s/);

/** Start of the token `count` tokens before the one starting at `start` (or of the first there is). */
function tokensBack(text: string, start: number, count: number): number {
  for (let step = 0; step < count; step++) {
    let at = start;
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
    if (at === 0) break;
    while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
    start = at;
  }
  return start;
}

/** End of the token `count` tokens after the one ending at `end` (or of the last there is). */
function tokensAhead(text: string, end: number, count: number): number {
  for (let step = 0; step < count; step++) {
    let at = end;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
    end = at;
  }
  return end;
}

/**
 * The stretches of a sentence the model needs to read: each number-like token with a few words
 * either side, overlapping or touching stretches merged. The model runs every one of its patterns
 * over all it is given, so cutting a sentence to its figures' neighbourhoods halves its cost.
 * Number phrases ("two hundred and fifty-three thousand") stay whole: each of their words is
 * number-like, so their stretches join.
 */
export function numberWindows(sentence: string): NumberWindow[] {
  const windows: NumberWindow[] = [];
  let tokenEnd = -1;
  for (const hint of numberHints(sentence)) {
    // The digits of "1,250" are four hints in one token.
    if (hint < tokenEnd) continue;
    const tokenStart = tokensBack(sentence, hint + 1, 1);
    tokenEnd = tokensAhead(sentence, hint, 1);
    const token = sentence.slice(tokenStart, tokenEnd);
    const isPlain =
      PLAIN_NUMBER.test(token) ||
      PLAIN_WORD.test(token) ||
      NO_NUMBER_PLURAL.test(token) ||
      NO_NUMBER_DECADE.test(token) ||
      // Unless a number word follows the hyphen: "twenty-one", "two-thirds", "first-quarter".
      ((NO_NUMBER_ORDINAL.test(token) || NUMBER_BEFORE_HYPHEN.test(token)) && !hyphenedToNumberWord(token)) ||
      (SCALE_AFTER_DIGITS.test(token) && followsDigits(sentence, tokenStart));
    const start = tokensBack(sentence, tokenStart, WINDOW_TOKENS);
    const end = tokensAhead(sentence, tokenEnd, WINDOW_TOKENS);
    const previous = windows[windows.length - 1];
    if (previous && end <= previous.end) previous.plain &&= isPlain;
    // Touching: no whole token between the two.
    else if (previous && !/\S/.test(sentence.slice(previous.end, start))) {
      previous.end = end;
      previous.plain &&= isPlain;
    } else windows.push({ start, end, plain: isPlain });
  }
  for (const window of windows) window.plain &&= !NOT_PLAIN_CONTEXT.test(sentence.slice(window.start, window.end));
  return windows;
}

function hyphenedToNumberWord(token: string): boolean {
  const hyphen = token.indexOf('-');
  return hyphen >= 0 && numberHints(token.slice(hyphen + 1)).length > 0;
}

/** Whether the token before the one at `tokenStart` is a plain number ending in a digit ("$19", "1.8"), with only spaces between. */
function followsDigits(sentence: string, tokenStart: number): boolean {
  const previousStart = tokensBack(sentence, tokenStart, 1);
  const previous = sentence.slice(previousStart, tokenStart).trimEnd();
  return previousStart < tokenStart && /\d$/.test(previous) && PLAIN_NUMBER.test(previous);
}

/** The numbers of a plain window, read from their digits: what the model reads there, without running it. */
export function plainNumbers(sentence: string, window: NumberWindow): { start: number; end: number; value: number }[] {
  return [...sentence.slice(window.start, window.end).matchAll(PLAIN_DIGITS)].map((match) => {
    const scale = match[2] ? SCALES[match[2].toLowerCase()]! : 1;
    const digits = match[2] ? match[0].slice(0, match[0].length - match[1]!.length - match[2].length) : match[0];
    // As the model resolves it: the product written to 15 significant digits.
    const value =
      SIMPLE_CARDINALS.get(digits.toLowerCase()) ?? Number((Number(digits.replace(/,/g, '')) * scale).toPrecision(15));
    return { start: window.start + match.index, end: window.start + match.index + match[0].length, value };
  });
}

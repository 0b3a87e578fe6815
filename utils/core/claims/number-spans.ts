/**
 * Every number an English text writes, in digits or in words ("thirty-one", "4 million", "two
 * thirds"), with its value. Microsoft's Recognizers-Text number model does the reading; it runs
 * only on the sentences that can hold a number (a digit or a number word), which cuts its cost
 * about fourfold on news text. Digits glued to a unit ("1.8m", "200lbs", "10km/hr"), which the
 * model declines to read, are read here.
 */
import { Culture, EnglishNumeric, NumberRecognizer, StringUtility } from '@microsoft/recognizers-text-number';
import { sentences } from '../text';
import type { TextRange } from '../types';

export interface NumberSpan extends TextRange {
  value: number;
  /** The number as written ("thirty-one", "1,250", "4 million"). */
  text: string;
  /** Digits written onto their unit ("1.8m", "200lbs"), which are part of a measure rather than a number on their own. */
  glued: boolean;
}

type NumberModel = ReturnType<NumberRecognizer['getNumberModel']>;
let numberModel: NumberModel | undefined;

/**
 * The model runs each of its few dozen patterns over a sentence and, before every one, folds the
 * accents at the sentence's word edges again, the same way each time: a quarter of all the time
 * spent reading figures. Remembering the last sentence folded gives the same result once per
 * sentence. Same input, same output, so the model's readings do not change.
 */
function rememberLastFolding(): NumberModel {
  const fold = StringUtility.removeDiacriticsFromWordBoundaries.bind(StringUtility);
  let lastInput: string | undefined;
  let lastOutput = '';
  StringUtility.removeDiacriticsFromWordBoundaries = (input: string) => {
    if (input !== lastInput) {
      lastOutput = fold(input);
      lastInput = input;
    }
    return lastOutput;
  };
  return new NumberRecognizer(Culture.English).getNumberModel();
}

// Words that make a sentence worth reading for numbers: the model's own vocabulary of cardinals, ordinals and scales.
const NUMBER_WORDS = new Set(
  [...EnglishNumeric.CardinalNumberMap.keys(), ...EnglishNumeric.OrdinalNumberMap.keys(), ...EnglishNumeric.RoundNumberMap.keys()]
    .filter((word) => word.length > 2)
    .concat(['half', 'quarter', 'quarters', 'nought', 'naught', 'zero', 'dozen', 'dozens']),
);
const GLUED_DIGITS = /(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?=[\p{L}"°µμ²³])|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?(?=[\p{L}"°µμ²³])/gu;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FRACTIONS: Record<string, number> = { half: 1 / 2, halves: 1 / 2, quarter: 1 / 4, quarters: 1 / 4, third: 1 / 3, thirds: 1 / 3 };
const HAS_FRACTION_AND_SCALE = /\b(?:half|halves|quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b.*\b(?:thousand|million|billion|trillion)\b|\b(?:thousand|million|billion|trillion)\b.*\b(?:half|halves|quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;

function fractionOf(word: string): number | undefined {
  if (FRACTIONS[word] !== undefined) return FRACTIONS[word];
  const ordinal = EnglishNumeric.OrdinalNumberMap.get(word.replace(/s$/, ''));
  return ordinal && ordinal > 4 && ordinal <= 10 ? 1 / ordinal : undefined;
}

/**
 * The model misreads fractions of a scale ("half a million" as two millionths, "three quarters
 * billion" as 0.75). Read as a reader would: a fraction before a scale word is a share of it
 * ("five and a half million"), and one after the last scale word adds a share of that scale
 * ("3 million and a quarter").
 */
function fractionOfScale(written: string): number | undefined {
  if (!HAS_FRACTION_AND_SCALE.test(written)) return undefined;
  let total = 0;
  let current = 0;
  let lastScale = 1;
  let currentIsFraction = false;
  let previousWasCardinal = false;
  for (const raw of written.toLowerCase().match(/[a-z]+|\d+(?:\.\d+)?/g) ?? []) {
    if (raw === 'and' || raw === 'a' || raw === 'an' || raw === 'of') {
      previousWasCardinal = false;
      continue;
    }
    const fraction = fractionOf(raw);
    const scale = SCALES[raw];
    const cardinal = /^\d/.test(raw) ? Number(raw) : EnglishNumeric.CardinalNumberMap.get(raw);
    if (scale) {
      total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
      currentIsFraction = false;
    } else if (fraction !== undefined) {
      // "three quarters": the count multiplies; "five and a half": the fraction adds.
      current = previousWasCardinal ? current * fraction : current + fraction;
      currentIsFraction = true;
    } else if (cardinal !== undefined) {
      current = raw === 'hundred' ? (current || 1) * 100 : current + cardinal;
    } else return undefined;
    previousWasCardinal = cardinal !== undefined && fraction === undefined && !scale;
  }
  return total + (currentIsFraction ? current * lastScale : current);
}

const VULGAR_FRACTIONS: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };
const VULGAR_FRACTION = /(?:(?<![\p{N}.,])(\d+)\s?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])/gu;

/** "4 thousand 3 hundred and 21", "6 crore and two hundred": pieces the model reads apart when digits and words mix. */
function joinMixedScales(text: string, spans: NumberSpan[]): NumberSpan[] {
  const joined: NumberSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const lastWord = previous ? /(\p{L}+)$/u.exec(previous.text)?.[1]?.toLowerCase() : undefined;
    const scale = lastWord ? EnglishNumeric.RoundNumberMap.get(lastWord) : undefined;
    if (previous && scale && scale >= 100 && !span.glued && Number.isInteger(span.value) && span.value > 0 && span.value < scale && /^\s+(?:and\s+)?$/i.test(text.slice(previous.end, span.start))) {
      joined[joined.length - 1] = { ...previous, end: span.end, value: previous.value + span.value, text: text.slice(previous.start, span.end) };
      continue;
    }
    joined.push(span);
  }
  return joined;
}

const TOKEN = /\S+/g;
// Where a number may be written: a digit or fraction glyph, or one of the model's number words.
const NUMBER_HINT = new RegExp(`[\\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?<!\\p{L})(?:${[...NUMBER_WORDS].sort((x, y) => y.length - x.length).join('|')})(?!\\p{L})`, 'giu');
/** Words kept either side of a number-like token, so the model still sees "a hundred", "minus 5", "one in five". */
const WINDOW_TOKENS = 3;

interface NumberWindow extends TextRange {
  /**
   * Its numbers are all written in plain digits ("1,250", "70%", "(2022)") or as one cardinal word
   * below a hundred ("two", "forty"), with nothing around them the model reads into a number (a
   * sign, a scale letter, "1 in 5", "one over three", "1 000", "twenty two"): their values are the
   * digits' or the word's, and the model, which costs a millisecond a call, is not run.
   */
  plain: boolean;
}
// A token that is one number in digits, perhaps with a currency sign, brackets, quotes, a percent
// sign or closing punctuation; not "8-10", "1/2", "3.5m", "1st" or "-5".
const PLAIN_NUMBER = /^[("'“‘[$€£¥]*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?[)"'”’\],.;:!?]*$/u;
// One-word cardinals below a hundred ("two", "seven", "forty"), which the model reads alone as their
// value; not "one", which it reads by its context ("that one", "the one" are no numbers).
const SIMPLE_CARDINALS = new Map([...EnglishNumeric.CardinalNumberMap].filter(([word, value]) => /^[a-z]{3,}$/.test(word) && word !== 'one' && value < 100));
const CARDINAL_ALTERNATION = [...SIMPLE_CARDINALS.keys()].sort((a, b) => b.length - a.length).join('|');
const PLAIN_WORD = new RegExp(`^[("'“‘[]*(?:${CARDINAL_ALTERNATION})[)"'”’\\],.;:!?]*$`, 'i');
const PLAIN_DIGITS = new RegExp(`(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|(?<!\\p{L})(?:${CARDINAL_ALTERNATION})(?!\\p{L})`, 'giu');
const NOT_PLAIN_CONTEXT = new RegExp(
  `\\b(?:minus|negative|plus|point|dozens?|k|m|mn|bn|b|g|t|mil|mm)\\b|(?<!\\p{L})(?:${CARDINAL_ALTERNATION}|\\d+)\\s+(?:in|over|out\\s+of)\\s+(?:an?|${CARDINAL_ALTERNATION}|\\d+)(?!\\p{L})|\\^|\\d\\s+\\d|(?<!\\p{L})(?:${CARDINAL_ALTERNATION}|\\d+)[\\s-]+(?:${CARDINAL_ALTERNATION})(?!\\p{L})`,
  'iu',
);

/**
 * The stretches of a sentence the model needs to read: each number-like token with a few words
 * either side, overlapping stretches merged. The model runs every one of its patterns over all it
 * is given, so cutting a sentence to its figures' neighbourhoods halves its cost. Number phrases
 * ("two hundred and fifty-three thousand") stay whole: each of their words is number-like, so
 * their stretches join.
 */
function numberWindows(sentence: string): NumberWindow[] {
  const hints = [...sentence.matchAll(NUMBER_HINT)];
  if (hints.length === 0) return [];
  const tokens = [...sentence.matchAll(TOKEN)];
  const windows: NumberWindow[] = [];
  let lastToken = -2;
  let at = 0;
  for (const hint of hints) {
    while (at < tokens.length - 1 && tokens[at]!.index + tokens[at]![0].length <= hint.index) at++;
    const from = Math.max(0, at - WINDOW_TOKENS);
    const to = Math.min(tokens.length - 1, at + WINDOW_TOKENS);
    const isPlain = PLAIN_NUMBER.test(tokens[at]![0]) || PLAIN_WORD.test(tokens[at]![0]);
    if (to <= lastToken) {
      windows[windows.length - 1]!.plain &&= isPlain;
      continue;
    }
    const end = tokens[to]!.index + tokens[to]![0].length;
    const previous = windows[windows.length - 1];
    if (previous && from <= lastToken + 1) {
      previous.end = end;
      previous.plain &&= isPlain;
    } else windows.push({ start: tokens[from]!.index, end, plain: isPlain });
    lastToken = to;
  }
  for (const window of windows) window.plain &&= !NOT_PLAIN_CONTEXT.test(sentence.slice(window.start, window.end));
  return windows;
}

/** The numbers of a plain window, read from their digits: what the model reads there, without running it. */
function plainNumbers(sentence: string, window: NumberWindow): { start: number; end: number; value: number }[] {
  return [...sentence.slice(window.start, window.end).matchAll(PLAIN_DIGITS)].map((match) => ({
    start: window.start + match.index,
    end: window.start + match.index + match[0].length,
    value: SIMPLE_CARDINALS.get(match[0].toLowerCase()) ?? Number(match[0].replace(/,/g, '')),
  }));
}

function valueOf(written: string, resolved: string | undefined): number {
  const corrected = fractionOfScale(written);
  if (corrected !== undefined) return corrected;
  return resolved === undefined ? Number.NaN : Number(resolved);
}

/** The numbers in `text` (or in the given sentences of it), in text order. */
export function findNumbers(text: string, inSentences: readonly (TextRange & { text: string })[] = sentences(text)): NumberSpan[] {
  numberModel ??= rememberLastFolding();
  const found: NumberSpan[] = [];
  for (const sentence of inSentences) {
    const windows = numberWindows(sentence.text);
    if (windows.length === 0) continue;
    const offset = sentence.start;
    const fromModel: NumberSpan[] = [];
    for (const window of windows) {
      if (window.plain) {
        for (const { start, end, value } of plainNumbers(sentence.text, window)) {
          fromModel.push({ start: offset + start, end: offset + end, value, text: text.slice(offset + start, offset + end), glued: false });
        }
        continue;
      }
      for (const result of numberModel.parse(sentence.text.slice(window.start, window.end))) {
        const start = offset + window.start + result.start;
        // The model's end is inclusive.
        const end = offset + window.start + result.end + 1;
        const written = text.slice(start, end);
        const value = valueOf(written, (result.resolution as { value?: string } | undefined)?.value);
        if (Number.isFinite(value)) fromModel.push({ start, end, value, text: written, glued: false });
      }
    }
    const glued: NumberSpan[] = [];
    for (const match of sentence.text.matchAll(GLUED_DIGITS)) {
      const start = offset + match.index;
      const end = start + match[0].length;
      if (fromModel.some((span) => span.start < end && start < span.end)) continue;
      // "4th" is an ordinal, not a measure.
      if (/^(?:st|nd|rd|th)\b/i.test(sentence.text.slice(match.index + match[0].length))) continue;
      glued.push({ start, end, value: Number(match[0].replace(/,/g, '')), text: match[0], glued: true });
    }
    for (const match of sentence.text.matchAll(VULGAR_FRACTION)) {
      const start = offset + match.index;
      const end = start + match[0].length;
      // The model reads "½" as zero: the glyph's own value wins.
      for (let index = fromModel.length - 1; index >= 0; index--) if (fromModel[index]!.start < end && start < fromModel[index]!.end) fromModel.splice(index, 1);
      glued.push({ start, end, value: Number(match[1] ?? 0) + VULGAR_FRACTIONS[match[2]!]!, text: match[0], glued: false });
    }
    found.push(...joinMixedScales(text, [...fromModel, ...glued].sort((a, b) => a.start - b.start)));
  }
  return found;
}

/**
 * Every number an English text writes, in digits or in words ("thirty-one", "4 million", "two
 * thirds"), with its value. Microsoft's Recognizers-Text number model does the reading; it runs
 * only on the sentences that can hold a number (a digit or a number word), which cuts its cost
 * about fourfold on news text, and only on the few words around each number-like one, of which
 * number-windows.ts reads the plain ones itself. Digits glued to a unit ("1.8m", "200lbs",
 * "10km/hr"), which the model declines to read, are read here.
 */
import { Culture, EnglishNumeric, NumberOptions, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { isHighSurrogate } from '../code-units';
import { sentences, type Sentence } from '../text';
import type { TextRange } from '../types';
import { isSpace, numberWindows, plainNumbers, SCALES } from './number-windows';

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
 * Lazily: the recognizer would otherwise build its ordinal and percent models too, which Sidenote
 * never asks for (a restarted worker pays for each model it builds).
 */
function buildNumberModel(): NumberModel {
  return new NumberRecognizer(Culture.English, NumberOptions.None, true).getNumberModel();
}

const GLUED_DIGITS =
  /(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?=[\p{L}"°µμ²³])|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?(?=[\p{L}"°µμ²³])/gu;
const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  quarter: 1 / 4,
  quarters: 1 / 4,
  third: 1 / 3,
  thirds: 1 / 3,
};
const HAS_FRACTION_AND_SCALE =
  /\b(?:half|halves|quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b.*\b(?:thousand|million|billion|trillion)\b|\b(?:thousand|million|billion|trillion)\b.*\b(?:half|halves|quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;

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

const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};
const VULGAR_FRACTION = /(?:(?<![\p{N}.,])(\d+)\s?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])/gu;

/** "4 thousand 3 hundred and 21", "6 crore and two hundred": pieces the model reads apart when digits and words mix. */
function joinMixedScales(text: string, spans: NumberSpan[]): NumberSpan[] {
  const joined: NumberSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const lastWord = previous ? /(\p{L}+)$/u.exec(previous.text)?.[1]?.toLowerCase() : undefined;
    const scale = lastWord ? EnglishNumeric.RoundNumberMap.get(lastWord) : undefined;
    if (
      previous &&
      scale &&
      scale >= 100 &&
      !span.glued &&
      Number.isInteger(span.value) &&
      span.value > 0 &&
      span.value < scale &&
      /^\s+(?:and\s+)?$/i.test(text.slice(previous.end, span.start))
    ) {
      joined[joined.length - 1] = {
        ...previous,
        end: span.end,
        value: previous.value + span.value,
        text: text.slice(previous.start, span.end),
      };
      continue;
    }
    joined.push(span);
  }
  return joined;
}

function valueOf(written: string, resolved: string | undefined): number {
  const corrected = fractionOfScale(written);
  if (corrected !== undefined) return corrected;
  return resolved === undefined ? Number.NaN : Number(resolved);
}

/**
 * The model's time grows with the square of its input and worse past a few hundred characters
 * (a stretch of "one hundred and" takes 20 ms at 800 characters, 1.5 s at 3,200). No window of
 * real text comes near this (the longest on all of ../shared/data is 164); a longer one, all
 * number words or digits, is read in pieces of at most this many characters.
 */
export const MODEL_INPUT_CHARACTERS = 256;

/**
 * How many characters the model reads of one article at most, some thirty times what any article
 * of ../shared/data sends it (665): a page built of number words would otherwise keep it busy for
 * seconds. Past that, windows only the model reads are left unread.
 */
export const MODEL_CHARACTERS_PER_ARTICLE = 20_000;

/** What is left of an article's MODEL_CHARACTERS_PER_ARTICLE: one budget for all the calls that read one article. */
export interface ModelBudget {
  characters: number;
}

/** [start, end) pieces of a window of at most MODEL_INPUT_CHARACTERS each, cut at white space where there is some. */
function modelPieces(sentence: string, window: TextRange): [number, number][] {
  const pieces: [number, number][] = [];
  for (let start = window.start; start < window.end;) {
    let end = Math.min(window.end, start + MODEL_INPUT_CHARACTERS);
    if (end < window.end) {
      let space = end;
      while (space > start && !isSpace(sentence.charCodeAt(space))) space--;
      if (space > start) end = space;
      else if (isHighSurrogate(sentence.charCodeAt(end - 1))) end--;
    }
    pieces.push([start, end]);
    start = end;
  }
  return pieces;
}

/**
 * The numbers in `text` (or in the given sentences of it), in text order. `readPlainWindows` false
 * sends every window to the model: what reading plain windows by hand is tested against.
 */
export function findNumbers(
  text: string,
  inSentences: readonly Sentence[] = sentences(text),
  readPlainWindows = true,
  budget: ModelBudget = { characters: MODEL_CHARACTERS_PER_ARTICLE },
): NumberSpan[] {
  numberModel ??= buildNumberModel();
  const found: NumberSpan[] = [];
  for (const sentence of inSentences) {
    const windows = numberWindows(sentence.text);
    if (windows.length === 0) continue;
    const offset = sentence.start;
    const fromModel: NumberSpan[] = [];
    for (const window of windows) {
      if (window.plain && readPlainWindows) {
        for (const { start, end, value } of plainNumbers(sentence.text, window)) {
          fromModel.push({
            start: offset + start,
            end: offset + end,
            value,
            text: text.slice(offset + start, offset + end),
            glued: false,
          });
        }
        continue;
      }
      for (const [pieceStart, pieceEnd] of modelPieces(sentence.text, window)) {
        if (budget.characters < pieceEnd - pieceStart) break;
        budget.characters -= pieceEnd - pieceStart;
        fromModel.push(...readByModel(text, sentence, pieceStart, pieceEnd));
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
      for (let index = fromModel.length - 1; index >= 0; index--)
        if (fromModel[index]!.start < end && start < fromModel[index]!.end) fromModel.splice(index, 1);
      glued.push({
        start,
        end,
        value: Number(match[1] ?? 0) + VULGAR_FRACTIONS[match[2]!]!,
        text: match[0],
        glued: false,
      });
    }
    found.push(
      ...joinMixedScales(
        text,
        [...fromModel, ...glued].sort((a, b) => a.start - b.start),
      ),
    );
  }
  return found;
}

/**
 * The model reads its text lowercased, where a few letters take more code units than as written
 * ("İ" is "i̇"): for each of its offsets, the written one. Null when they are the same.
 */
function writtenOffsets(piece: string): number[] | null {
  if (piece.toLowerCase().length === piece.length) return null;
  const written: number[] = [];
  for (let index = 0; index < piece.length; index++)
    for (let unit = piece[index]!.toLowerCase().length; unit > 0; unit--) written.push(index);
  return written;
}

/** The numbers the model reads in [pieceStart, pieceEnd) of a sentence, with offsets into `text`. */
function readByModel(text: string, sentence: Sentence, pieceStart: number, pieceEnd: number): NumberSpan[] {
  const found: NumberSpan[] = [];
  const piece = sentence.text.slice(pieceStart, pieceEnd);
  const offsets = writtenOffsets(piece);
  for (const result of numberModel!.parse(piece)) {
    const start = sentence.start + pieceStart + (offsets ? offsets[result.start]! : result.start);
    // The model's end is inclusive.
    const end = sentence.start + pieceStart + (offsets ? offsets[result.end]! : result.end) + 1;
    const written = text.slice(start, end);
    const value = valueOf(written, (result.resolution as { value?: string } | undefined)?.value);
    if (Number.isFinite(value)) found.push({ start, end, value, text: written, glued: false });
  }
  return found;
}

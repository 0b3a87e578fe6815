/**
 * Reads what surrounds a number: the qualifier before it ("more than"), a currency before it
 * ("US$"), the unit after it ("-kilometer", "square miles", "percent"), or the thing it counts
 * ("37 settlements", "5,000 Russian soldiers"). Works on whole tokens of the sentence, not on
 * patterns over characters.
 */
import type { ClaimBound, ClaimKind, TextRange } from '../types';
import { GLUED_SCALE, scaleOf } from './written-scales';
import { DEMONYMS } from '../places/demonyms';
import { MONTH_AND_DAY_NAMES } from '../calendar-words';
import { STOPWORDS } from '../stopwords';
import { LONGEST_TOKEN } from '../text';
import {
  COUNT_MODIFIERS,
  CROSSING_VERBS,
  IRREGULAR_PLURALS,
  LONGEST_QUALIFIER,
  NOT_COUNTED,
  QUALIFIER_BY_WORDS,
} from './figure-words';
import type { NumberSpan } from './number-spans';
import { currencyBefore, UNIT_TOKEN, unitAfter, type Measure, type UnitMatch } from './units';

export interface Figure extends TextRange {
  /** Where the number alone is. */
  number: TextRange;
  kind: ClaimKind;
  value: number;
  unit: string | null;
  qualifier: string | null;
  bound: ClaimBound;
}

interface Token extends TextRange {
  text: string;
}

const MEASURE_KIND: Record<Measure, ClaimKind> = {
  percent: 'percent',
  length: 'distance',
  area: 'area',
  weight: 'weight',
  volume: 'volume',
  speed: 'speed',
  information: 'information',
  angle: 'angle',
  temperature: 'temperature',
  duration: 'duration',
  money: 'money',
};
// A unit of one letter (m, t, g, l, p) or "in" needs support: glued to the digits, or not followed by a word.
const WEAK_UNITS = /^(?:\p{L}|in|"|pm|rad|min|turn|turns|sen|rub|try|won|rs|p)$/iu;

function tokensOf(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(from, to).matchAll(UNIT_TOKEN)) {
    tokens.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  }
  return tokens;
}

/** Tokens that follow one another with nothing but spaces between, starting at the first. */
function contiguous(text: string, tokens: Token[], fromStart: boolean): Token[] {
  const run: Token[] = [];
  const ordered = fromStart ? tokens : [...tokens].reverse();
  for (const token of ordered) {
    const previous = run[run.length - 1];
    if (previous) {
      const gap = fromStart ? text.slice(previous.end, token.start) : text.slice(token.end, previous.start);
      if (!/^\s*$/.test(gap)) break;
    }
    run.push(token);
  }
  return fromStart ? run : run.reverse();
}

// "Fines not exceeding $10,000", "exports have never topped 5 million tonnes": a crossing denied is
// a ceiling; a nearing denied says nothing.
const DENIED = /^(?:not|never|n't|yet)$/;
// "Police approached 3 men": what is counted is neared as a person is, not as a value is.
function crossingBound(before: readonly { text: string }[], kind: ClaimKind): ClaimBound | undefined {
  const bound = CROSSING_VERBS.get(before.at(-1)?.text.toLowerCase() ?? '');
  if (!bound || (bound === 'at-most' && kind === 'count')) return undefined;
  const denied = before.slice(-3, -1).some((token) => DENIED.test(token.text.toLowerCase()));
  if (!denied) return bound;
  return bound === 'at-least' ? 'at-most' : undefined;
}

const COMPARATIVE = /\b(?:greater|larger|bigger|higher|smaller|lower) than$/;
const COMPARED_REACH = 30;

function qualifierBefore(text: string, tokens: Token[]): { words: string; bound: ClaimBound; start: number } | null {
  // "more than the 600-mile front line": the article between qualifier and number leaves the bound whole.
  if (tokens.length > 1 && tokens[tokens.length - 1]!.text.toLowerCase() === 'the') {
    const bound = qualifierBefore(text, tokens.slice(0, -1));
    if (bound) {
      // "500 meters below the 4,750-meter summit": the word compares an amount told before it with
      // the thing this figure measures, and bounds neither.
      const at = tokens.findIndex((token) => token.start === bound.start);
      return [tokens[at - 1], tokens[at - 2]].some((token) => token && /\d/.test(token.text)) ? null : bound;
    }
  }
  for (let length = Math.min(LONGEST_QUALIFIER, tokens.length); length >= 1; length--) {
    const slice = tokens.slice(tokens.length - length);
    const words = slice.map((token) => token.text.toLowerCase()).join(' ');
    const bound = QUALIFIER_BY_WORDS.get(words);
    if (!bound) continue;
    // "Inflation hit 17.8% in April, higher than 17% in March": a comparative after another figure
    // compares that figure with this one, and bounds neither.
    const start = slice[0]!.start;
    if (COMPARATIVE.test(words) && /\d/.test(text.slice(Math.max(0, start - COMPARED_REACH), start))) return null;
    return { words: text.slice(start, slice[slice.length - 1]!.end), bound, start };
  }
  return null;
}

function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return (
    lower.length > 3 &&
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    !lower.endsWith('us') &&
    !STOPWORDS.has(lower) &&
    !NOT_COUNTED.has(lower)
  );
}

/**
 * "37 settlements", "5,000 Russian soldiers", "one drone": the noun a count is of, and where it
 * ends. A capitalized word other than a demonym makes a name, not a count: "the 82 Airborne
 * soldiers", "two World Wars", "31 Abrams".
 */
function countedNoun(tokens: Token[], value: number): Token | null {
  for (let index = 0; index < Math.min(tokens.length, 3); index++) {
    const token = tokens[index]!;
    if (!/^\p{L}+$/u.test(token.text)) return null;
    const lower = token.text.toLowerCase();
    const capitalized = /^\p{Lu}/u.test(token.text);
    if (capitalized && !DEMONYMS.has(lower)) return null;
    if (!capitalized && isPlural(token.text) && !COUNT_MODIFIERS.has(lower)) return token;
    if (value === 1 && index === 0 && !STOPWORDS.has(lower) && lower.length > 2 && !capitalized) return token;
    const modifier = COUNT_MODIFIERS.has(lower) || (index < 2 && capitalized);
    if (!modifier) return null;
  }
  return null;
}

// "per hour" after a length's bracketed conversion, or after the bracket that holds the length:
// "3,853 miles (6,200 km) per hour". Not the hour of "30 km (19 miles) an hour later" or "an hour's drive".
const PER_HOUR_AFTER =
  /^\s*(?:\([^()]{1,40}\)|\))\s*(?:per|an|a)\s+hour(?![\p{L}'’])(?!\s+(?:later|earlier|ago|after|before|away|drive|from|of)\b)/iu;
// Words before a number that are not part of a name even when capitalized: a sentence's qualifiers.
const CAPITALIZED_LEADS =
  /^(?:about|around|approximately|nearly|almost|over|some|more|less|fewer|up|only|just|roughly|at|by|in|on|to|from|with|of|and|or|but|the|a|an|no|all|each|every|between|than|under|above|below|exactly|perhaps|another|about|circa|estimated|when|since|until|after|before|for|as|if|while|though|although|because|so|yet|it|its|their|his|her|our|we|they|he|she|i|you|this|that|these|those|there|here|what|which|who|whom|whose|then|now|also|still|even|nearly)$/i;
const MONTHS_AND_DAYS = new RegExp(`^(?:${MONTH_AND_DAY_NAMES.join('|')})\\.?$`, 'i');

/**
 * "Leopard 2", "Nord Stream 1", "Article 51", "Route 66": a number right after a capitalized word
 * that does not start its sentence is part of a name, not a figure.
 */
function partOfName(text: string, number: TextRange, sentence: TextRange): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)[ \u00a0]$/u.exec(
    text.slice(Math.max(sentence.start, number.start - 40), number.start),
  );
  if (!before) return false;
  const word = before[1]!;
  const wordStart = number.start - before[0].length;
  const sentenceStart =
    !/\S/.test(text.slice(sentence.start, wordStart)) ||
    /[.!?:;"“”(–—-]\s*$/.test(text.slice(Math.max(sentence.start, wordStart - 3), wordStart));
  if (sentenceStart || CAPITALIZED_LEADS.test(word) || MONTHS_AND_DAYS.test(word)) return false;
  // An acronym or a currency code ("USD 100", "EUR 5") is a unit, not a name.
  return !/^\p{Lu}{2,4}$/u.test(word) || /\d/.test(text[number.end + 1] ?? '');
}

const TEMPERATURE_CONTEXT =
  /temperature|weather|heat|cold|warm|hot\b|freez|frost|celsius|fahrenheit|thermometer|climate|degrees? (?:above|below)/i;

// A web address or an e-mail: its digits are not figures. Looked for in the token holding the
// number, as far as a page keeps a token: a corpus article's run of digits and commas may be longer,
// and each of its numbers would read all of it.
function insideAddress(text: string, number: TextRange): boolean {
  let start = number.start;
  let end = number.end;
  const from = Math.max(0, number.start - LONGEST_TOKEN);
  const to = Math.min(text.length, number.end + LONGEST_TOKEN);
  while (start > from && !/\s/.test(text[start - 1]!)) start--;
  while (end < to && !/\s/.test(text[end]!)) end++;
  return /:\/\/|www\.|%[0-9A-F]{2}|@\w/i.test(text.slice(start, end));
}

// "24703L202" is a code; "50 km/ms" a unit this table does not know.
// "70%-80%" is a range written without spaces, not a code.
const isCode = (rest: string) =>
  (/^[-‐–]?\d/.test(rest) && !/^[-‐–]\d[\d.,]*\s?%/.test(rest)) || /^\/\s*\p{L}/u.test(rest);

function acceptsUnit(text: string, number: NumberSpan, after: Token[], match: UnitMatch): boolean {
  const last = after[match.tokens - 1]!;
  const written = text.slice(after[0]!.start, last.end);
  const rest = text.slice(last.end, last.end + 12);
  if (isCode(rest)) return false;
  if (!WEAK_UNITS.test(written)) return true;
  const glued = after[0]!.start === number.end;
  const next = after[match.tokens];
  const followedByWord =
    next !== undefined && /^\p{L}{2,}$/u.test(next.text) && /^\s*$/.test(text.slice(last.end, next.start));
  if (written.toLowerCase() === 'in') return !glued && !/^\s*[\p{L}\p{N}]/u.test(rest);
  return glued || !followedByWord;
}

/** The figure a number is part of, or null when the number is a code or a label ("F-16", "COVID-19", "2:30"). */
export function readFigure(text: string, number: NumberSpan, sentence: TextRange): Figure | null {
  const charBefore = text[number.start - 1] ?? '';
  const twoBefore = text.slice(Math.max(0, number.start - 2), number.start);
  // "F-16", "Su-25", "COVID-19", "scp2-173": model names and codes. "2022-2024" stays a range.
  const codePrefix = /\p{L}[\p{L}\p{N}]*[-‐–]$/u.test(text.slice(Math.max(0, number.start - 12), number.start));
  if (
    /\p{L}/u.test(charBefore) ||
    codePrefix ||
    /\d:$/.test(twoBefore) ||
    (text[number.end] === ':' && /\d/.test(text[number.end + 1] ?? ''))
  )
    return null;
  if (insideAddress(text, number) || partOfName(text, number, sentence)) return null;
  const beforeTokens = contiguous(
    text,
    tokensOf(text, Math.max(sentence.start, number.start - 40), number.start),
    false,
  );
  // Only spaces may separate a currency symbol or a qualifier from its number.
  const touching =
    beforeTokens.length && /^\s*$/.test(text.slice(beforeTokens[beforeTokens.length - 1]!.end, number.start))
      ? beforeTokens
      : [];
  const separator = /^\s*(?:[-‐–]\s*|[([{<]\s*)?/.exec(text.slice(number.end, sentence.end))![0];
  const afterTokens = contiguous(
    text,
    tokensOf(text, number.end + separator.length, Math.min(sentence.end, number.end + 60)),
    true,
  );
  const afterStart = afterTokens[0]?.start === number.end + separator.length ? afterTokens : [];

  let kind: ClaimKind = 'number';
  let unit: string | null = null;
  let start = number.start;
  let end = number.end;
  let value = number.value;
  let beforeLeft = touching;
  const gluedScale = GLUED_SCALE.exec(text.slice(number.end, number.end + 9));

  const foundCurrency = currencyBefore(touching.map((token) => token.text));
  // "50 dollar 40 rmb": a currency word that ends another figure does not start this one.
  const beforeCurrency = foundCurrency ? touching[touching.length - foundCurrency.tokens - 1] : undefined;
  const currency =
    foundCurrency &&
    !(
      beforeCurrency &&
      /^\d/.test(beforeCurrency.text) &&
      /^\p{L}/u.test(touching[touching.length - foundCurrency.tokens]!.text)
    )
      ? foundCurrency
      : null;
  const unitMatch = unitAfter(afterStart.map((token) => token.text));
  const unitAfterScale = gluedScale ? unitAfter(afterStart.slice(1).map((token) => token.text)) : null;
  // A currency named after a glued scale ("5m dollars") makes money; a word that is also a
  // currency code only by chance ("a 40m try", "the 100m won") does not.
  const currencyAfterScale =
    (unitAfterScale?.unit.measure === 'money' && !WEAK_UNITS.test(afterStart[1]!.text)) ||
    // "5million pounds" is money, as "5 million pounds" is; "5k pounds", as "5,000 pounds", a weight.
    (unitAfterScale?.unit.code === 'lb' && number.value * scaleOf(gluedScale![1]!) >= 10_000)
      ? unitAfterScale
      : null;
  if (currency) {
    kind = 'money';
    unit = currency.unit.code;
    start = touching[touching.length - currency.tokens]!.start;
    beforeLeft = touching.slice(0, touching.length - currency.tokens);
    if (gluedScale) {
      value *= scaleOf(gluedScale[1]!);
      end = number.end + gluedScale[0].length;
    }
    // "US$ 150 million dollars", "$20million dollars": a repeated currency word belongs to the figure.
    if (unitMatch?.unit.measure === 'money') end = afterStart[unitMatch.tokens - 1]!.end;
    else if (gluedScale && currencyAfterScale?.unit.measure === 'money')
      end = afterStart[currencyAfterScale.tokens]!.end;
  } else if (currencyAfterScale) {
    kind = 'money';
    unit = currencyAfterScale.unit.code === 'lb' ? 'GBP' : currencyAfterScale.unit.code;
    value *= scaleOf(gluedScale![1]!);
    end = afterStart[currencyAfterScale.tokens]!.end;
  } else if (
    gluedScale &&
    /^(?:m|mn|mln|bn|bln|k|tn|trn|thousand|million|billion|trillion)$/i.test(gluedScale[1]!) &&
    afterStart.length > 1 &&
    isPlural(afterStart[1]!.text) &&
    countedNoun(afterStart.slice(1), 2)
  ) {
    // "4m rounds", "10k troops": a scale, not a metre, when what follows is a thing counted.
    const noun = countedNoun(afterStart.slice(1), 2)!;
    kind = 'count';
    value *= scaleOf(gluedScale[1]!);
    unit = noun.text.toLowerCase();
    end = noun.end;
  } else if (
    unitMatch &&
    isCode(text.slice(afterStart[unitMatch.tokens - 1]!.end, afterStart[unitMatch.tokens - 1]!.end + 12))
  ) {
    return null;
  } else if (unitMatch && acceptsUnit(text, number, afterStart, unitMatch)) {
    const definition = unitMatch.unit;
    end = afterStart[unitMatch.tokens - 1]!.end;
    if (definition.code === 'lb' && (/\d{5}|illion|thousand/i.test(number.text) || number.value >= 10_000)) {
      // "361 million pounds" is money; "25 pounds" a weight.
      kind = 'money';
      unit = 'GBP';
    } else if (definition.code === '°' && !TEMPERATURE_CONTEXT.test(text.slice(sentence.start, sentence.end))) {
      // "rotate 90 degrees": bare degrees are an angle unless the sentence speaks of temperature.
      kind = 'angle';
      unit = '°';
    } else if (
      (definition.code === 'mi' || definition.code === 'km') &&
      PER_HOUR_AFTER.test(text.slice(end, end + 64))
    ) {
      // Miles and kilometres are the two lengths a speed is given in, with its conversion between
      // them and "per hour": the unit list reads "miles per hour" only when the words touch.
      kind = 'speed';
      unit = definition.code === 'mi' ? 'mph' : 'km/h';
    } else {
      kind = MEASURE_KIND[definition.measure];
      unit = definition.code;
    }
    // "20 (kg)": the bracket closes around the unit.
    if (/[([{<]/.test(separator) && /[)\]}>]/.test(text[end] ?? '')) end += 1;
    const old =
      definition.code === 'year' ? /^(?:[-‐–]|\s+)old\b|^\s+of\s+age\b/i.exec(text.slice(end, sentence.end)) : null;
    if (old) {
      // "the 33-year-old soldier", "ninety five years of age".
      kind = 'age';
      end += old[0].length;
    }
  } else {
    const lowerBefore = touching.map((token) => token.text.toLowerCase());
    const percentOf = lowerBefore.slice(-2).join(' ');
    if (/^(?:percent|percents|cent|percentage) of$/.test(percentOf)) {
      kind = 'percent';
      unit = '%';
      const first = touching[touching.length - (lowerBefore[lowerBefore.length - 3] === 'per' ? 3 : 2)]!;
      start = first.start;
      beforeLeft = touching.slice(0, touching.indexOf(first));
    } else if (lowerBefore[lowerBefore.length - 1] === 'aged') {
      kind = 'age';
      unit = 'year';
    } else if (/^\d{4}$/.test(number.text) && number.value >= 1800 && number.value <= 2100) {
      kind = 'date';
      unit = null;
    } else {
      const noun = countedNoun(afterStart, number.value);
      if (noun && separator.trim() === '') {
        kind = 'count';
        unit = noun.text.toLowerCase();
        end = noun.end;
      }
    }
  }
  const qualifier = qualifierBefore(text, beforeLeft);
  if (qualifier) start = qualifier.start;
  // "Oil topped $100", "prices approached $100": the verb bounds the figure, though it is no part of it.
  const crossing = qualifier ? undefined : crossingBound(beforeLeft, kind);
  return {
    start,
    end,
    number: { start: number.start, end: number.end },
    kind,
    value,
    unit,
    qualifier: qualifier?.words ?? null,
    bound: qualifier?.bound ?? crossing ?? 'exact',
  };
}

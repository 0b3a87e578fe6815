/**
 * Where sentences end, by Unicode's sentence-boundary rules (UAX #29, "Unicode Text
 * Segmentation"), the rules Intl.Segmenter applies. They are written out here because the
 * segmenter walks every character through ICU, and a page's annotation splits tens of thousands of
 * characters (the page, the snippets' articles, the places' quotes): this visits only the
 * terminators and line breaks, and its time grows with the text where the segmenter's grows faster
 * (`npm run bench` compares the two: docs/benchmarks-libraries.md). sentence-breaks.test.ts holds
 * it to Intl.Segmenter's output on every article of ../shared/data and on every character of the
 * Basic Multilingual Plane in each position a rule looks at.
 */

import { codeUnitTest } from './code-units';

const enum Kind {
  Other,
  Sep,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
  /** Extend or Format: invisible to the rules (UAX #29 rule SB5). */
  Ignored,
}

const A_TERM = /[.\u2024\uFE52\uFF0E]/u;
const PARAGRAPH_SEPARATOR = /[\n\r\u0085\u2028\u2029]/u;
const CLASSES: [Kind, RegExp][] = [
  [Kind.Sep, PARAGRAPH_SEPARATOR],
  // Where Unicode's sentence-break data overrides the general properties: Arabic and Kaithi number signs and a
  // Tai Lue digit count as digits, Georgian letters (whose case is recent) as letters without case.
  [Kind.Numeric, /[\u0600-\u0605\u06DD\u0890\u0891\u08E2\u19DA\u{110BD}\u{110CD}]/u],
  [Kind.OLetter, /[\u10D0-\u10FA\u10FD-\u10FF\u1C90-\u1CBA\u1CBD-\u1CBF]/u],
  [Kind.Ignored, /[\p{Grapheme_Extend}\p{Mc}\u200D]|(?![\u200C\u200D])\p{Cf}/u],
  [Kind.Sp, /\p{White_Space}/u],
  [Kind.Lower, /\p{Lowercase}/u],
  [Kind.Upper, /[\p{Uppercase}\p{Lt}]/u],
  [Kind.OLetter, /[\p{Alphabetic}\u05F3]/u],
  [Kind.Numeric, /[\p{Nd}\u066B\u066C]/u],
  [Kind.ATerm, A_TERM],
  [Kind.STerm, /\p{Sentence_Terminal}/u],
  [
    Kind.SContinue,
    /[,\-:;\u037E\u055D\u0589\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE14\uFE31\uFE32\uFE50\uFE51\uFE54\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF1B\uFF64]/u,
  ],
  [
    Kind.Close,
    /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275B-\u2760\u2E00-\u2E0D\u2E1C\u2E1D\u2E20\u2E21\u2E42\u{1F676}-\u{1F678}]/u,
  ],
];

const UNKNOWN = 255;
/** Kinds of the Basic Multilingual Plane's characters, found as they are met (all at once would take milliseconds); the rest in a Map. */
const bmpKinds = new Uint8Array(0x10000).fill(UNKNOWN);
const otherKinds = new Map<number, Kind>();
const classify = (codePoint: number): Kind => {
  const character = String.fromCodePoint(codePoint);
  return CLASSES.find(([, pattern]) => pattern.test(character))?.[0] ?? Kind.Other;
};
function kindOf(codePoint: number): Kind {
  if (codePoint <= 0xffff) {
    let kind = bmpKinds[codePoint]!;
    if (kind === UNKNOWN) bmpKinds[codePoint] = kind = classify(codePoint);
    return kind;
  }
  let kind = otherKinds.get(codePoint);
  if (kind === undefined) otherKinds.set(codePoint, (kind = classify(codePoint)));
  return kind;
}

const setOf = (...members: Kind[]) => members.reduce((set, kind) => set | (1 << kind), 0);
const isIn = (set: number, kind: Kind) => (set & (1 << kind)) !== 0;
const CASED = setOf(Kind.Upper, Kind.Lower);
// After a full stop, what decides whether a lower-case word goes on the sentence (SB8).
const LETTER_OR_TERMINATOR = setOf(Kind.OLetter, Kind.Upper, Kind.Lower, Kind.Sep, Kind.ATerm, Kind.STerm);

const width = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

/** The first position from `at` whose character the rules see (Extend and Format are skipped), or text.length. */
function skipIgnored(text: string, at: number): number {
  while (at < text.length) {
    const codePoint = text.codePointAt(at)!;
    if (kindOf(codePoint) !== Kind.Ignored) break;
    at += width(codePoint);
  }
  return at;
}

const kindAt = (text: string, at: number) => (at < text.length ? kindOf(text.codePointAt(at)!) : Kind.Other);

/** The kind of the last visible character before `at` (skipping Extend and Format), or Other. */
function kindBefore(text: string, at: number): Kind {
  while (at > 0) {
    const low = text.charCodeAt(at - 1);
    at -= low >= 0xdc00 && low <= 0xdfff && at > 1 ? 2 : 1;
    const kind = kindOf(text.codePointAt(at)!);
    if (kind !== Kind.Ignored) return kind;
  }
  return Kind.Other;
}

// The only characters after which a sentence may end.
const TERMINATOR_OR_SEPARATOR = /^(?:[\n\r\u0085\u2028\u2029]|[.\u2024\uFE52\uFF0E]|\p{Sentence_Terminal})$/u;
const isTerminatorUnit = codeUnitTest(TERMINATOR_OR_SEPARATOR);
const otherTerminators = new Map<number, boolean>();

function isTerminatorOrSeparator(codePoint: number): boolean {
  if (codePoint <= 0xffff) return isTerminatorUnit(codePoint);
  let known = otherTerminators.get(codePoint);
  if (known === undefined)
    otherTerminators.set(codePoint, (known = TERMINATOR_OR_SEPARATOR.test(String.fromCodePoint(codePoint))));
  return known;
}

/** The first terminator or separator from `from` (a code point's start), or -1. */
function nextTerminator(text: string, from: number): number {
  for (let at = from; at < text.length;) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff) {
      const codePoint = text.codePointAt(at)!;
      if (isTerminatorOrSeparator(codePoint)) return at;
      at += width(codePoint);
    } else {
      if (isTerminatorUnit(code)) return at;
      at++;
    }
  }
  return -1;
}

/** The offsets at which `text`'s sentences end (each after its trailing spaces), the last one text.length. */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = nextTerminator(text, 0), resume = 0; at >= 0; at = nextTerminator(text, resume)) {
    const codePoint = text.codePointAt(at)!;
    const terminator = kindOf(codePoint);
    let next = at + width(codePoint);
    if (terminator === Kind.Sep) {
      // CR LF is one separator (SB3); a sentence ends after any separator (SB4).
      if (codePoint === 0x0d && text.charCodeAt(next) === 0x0a) next++;
      breaks.push(next);
      resume = next;
      continue;
    }
    const isATerm = terminator === Kind.ATerm;
    next = skipIgnored(text, next);
    const following = kindAt(text, next);
    // "3.5" (SB6), "U.S" (SB7).
    if (isATerm && (following === Kind.Numeric || (following === Kind.Upper && isIn(CASED, kindBefore(text, at))))) {
      resume = next;
      continue;
    }
    while (kindAt(text, next) === Kind.Close) next = skipIgnored(text, next + width(text.codePointAt(next)!));
    while (kindAt(text, next) === Kind.Sp) next = skipIgnored(text, next + width(text.codePointAt(next)!));
    // "etc. and so on" (SB8): after a full stop, a lower-case letter before any other letter or terminator goes on the sentence.
    if (isATerm) {
      let ahead = next;
      let kind = kindAt(text, ahead);
      while (ahead < text.length && !isIn(LETTER_OR_TERMINATOR, kind)) {
        ahead += width(text.codePointAt(ahead)!);
        kind = kindAt(text, ahead);
      }
      if (ahead < text.length && kind === Kind.Lower) {
        resume = ahead;
        continue;
      }
    }
    // "Really?!", "No.—" (SB8a): a sentence goes on through another terminator or a continuing mark.
    const after = kindAt(text, next);
    if (after === Kind.SContinue || after === Kind.ATerm || after === Kind.STerm) {
      resume = next;
      continue;
    }
    // SB11: the sentence ends after its terminator, closing marks, spaces and one separator.
    if (after === Kind.Sep) next += text.charCodeAt(next) === 0x0d && text.charCodeAt(next + 1) === 0x0a ? 2 : 1;
    if (next < text.length) breaks.push(next);
    resume = next;
  }
  if (text.length > 0 && breaks[breaks.length - 1] !== text.length) breaks.push(text.length);
  return breaks;
}

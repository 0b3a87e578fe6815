/**
 * Figures checked against the page itself: a figure and its conversion in brackets
 * ("1,250-kilometer (780-mile)") must agree to within rounding; an age must fit a birth year the
 * same sentence gives, an anniversary the date of its event, and "ten years since 2014" the
 * years between, all counted to the article's date.
 */
import { EnglishNumeric } from '@microsoft/recognizers-text-number';
import type { Claim } from '../types';
import type { ConsistencyNote, Evidence } from '../results';
import { interval, roughly } from './compare-figures';
import { figureNote } from './note-parts';
import { bracketedFigures, conversionOf } from './unit-conversion';

const BORN_IN = /\bborn in\s+(\d{4})\b/i;
// "Smith, who was born in 1950, died aged 73": the age and its birth year a clause apart at most.
const BORN_NEAR_AGE_CHARACTERS = 60;
const AGE_AT_ANOTHER_TIME = /\b(?:died|dead|killed|when|then|at the time)\b/i;
const SOMEONE_ELSE =
  /\b(?:whose|his|her|their|father|mother|parents?|son|daughter|child|children|wife|husband|brother|sister|grand\w+)\b/i;

function pageEvidence(quote: string, figure: string, agrees: boolean): Evidence {
  return { id: 'page', origin: 'page', title: 'This page', source: null, date: null, quote, marks: [], figure, agrees };
}

/** How far a conversion is off: in degrees for a temperature, else as a share of what it should be. */
function offBy(written: number, expected: number, inDegrees: boolean): string {
  const gap = Math.abs(written - expected);
  if (inDegrees || expected === 0) return `${gap.toLocaleString('en-US', { maximumFractionDigits: 1 })}°`;
  return `${((gap / Math.abs(expected)) * 100).toFixed(0)}%`;
}

const CHANGE_BEFORE =
  /\b(?:warm(?:s|ed|ing|er)?|cool(?:s|ed|ing|er)?|heat(?:s|ed|ing)|hotter|colder|increas\w*|ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|climb\w*|higher|lower|above|below|by)\b/i;
const CHANGE_AFTER = /^[\s)\]]*(?:above|below|warmer|cooler|hotter|colder|higher|lower|more|less)\b/i;
/** Whether a temperature is told as a change: a word of change before it in its sentence, or a comparison right after its conversion. */
function toldAsChange(text: string, first: Claim, second: Claim): boolean {
  let from = Math.max(first.sentence.start, first.start - 60);
  // Start at a word: "near|by" is not "by".
  if (from > first.sentence.start) from = text.indexOf(' ', from) + 1 || first.start;
  return (
    CHANGE_BEFORE.test(text.slice(from, first.start)) || CHANGE_AFTER.test(text.slice(second.end, second.end + 30))
  );
}

function conversionNote(text: string, first: Claim, second: Claim): ConsistencyNote | null {
  const conversion = conversionOf(first, second);
  if (!conversion) return null;
  const { expected, expectedHigh, allowed, inDegrees, asDifference, fromUnit, toUnit } = conversion;
  // "Limiting warming to 1.5 degrees Celsius (2.7 degrees Fahrenheit)": a difference of temperatures
  // is converted without the offset, and is no reading to check; told with no word of change,
  // "5°C (9°F)" is the offset forgotten, and differs.
  if (
    asDifference !== undefined &&
    Math.abs(second.value - asDifference) <= allowed &&
    toldAsChange(text, first, second)
  )
    return null;
  // Within a converted range, or as near one of its ends as rounding allows.
  // A range given as a range ("70 to 80 km (43 to 50 miles)") is checked by its low end, as ever.
  const nearest =
    expectedHigh === undefined || second.high !== null
      ? expected
      : Math.min(Math.max(second.value, expected), expectedHigh);
  const agrees = Math.abs(second.value - nearest) <= allowed;
  const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const range = (low: number, high: number | null | undefined) =>
    high == null ? format(low) : `${format(low)}-${format(high)}`;
  const rounded = `${range(expected, expectedHigh)} ${toUnit}`;
  const written = second.text.replace(/[()]/g, '');
  return figureNote(
    text,
    first,
    'conversion',
    agrees,
    pageEvidence(`${range(first.value, first.high)} ${fromUnit} = ${rounded}`, rounded, agrees),
    agrees
      ? `${first.text} is ${rounded}; the page's ${written} agrees.`
      : `${first.text} is ${rounded}, not ${written} (${offBy(second.value, nearest, inDegrees)} off).`,
  );
}

/**
 * The birth year a sentence gives the person of this age: written within a few words of the age,
 * with no one else between them ("The 35-year-old, whose father was born in 1950" gives the father's).
 */
function birthYearOf(text: string, claim: Claim): string | null {
  const born = BORN_IN.exec(text.slice(claim.sentence.start, claim.sentence.end));
  if (!born) return null;
  const bornAt = claim.sentence.start + born.index;
  const between = bornAt > claim.end ? text.slice(claim.end, bornAt) : text.slice(bornAt + born[0].length, claim.start);
  if (between.length > BORN_NEAR_AGE_CHARACTERS || SOMEONE_ELSE.test(between)) return null;
  // "died aged 72 in 2023", "was 40 when": an age at another time than the article's.
  const sentence = text.slice(claim.sentence.start, claim.sentence.end);
  const otherYear = [...sentence.matchAll(/\b(?:1[89]|20)\d\d\b/g)].some(([year]) => year !== born[1]);
  return otherYear || AGE_AT_ANOTHER_TIME.test(sentence) ? null : born[1]!;
}

function ageNote(text: string, claim: Claim, published: string | null): ConsistencyNote | null {
  if (claim.kind !== 'age' || !published) return null;
  const bornIn = birthYearOf(text, claim);
  if (!bornIn) return null;
  const year = Number(published.slice(0, 4));
  const expected = year - Number(bornIn);
  // Born in 1990, in 2024 one is 33 or 34 depending on the birthday.
  const agrees = claim.value === expected || claim.value === expected - 1;
  return figureNote(
    text,
    claim,
    'age',
    agrees,
    pageEvidence(
      `Born in ${bornIn}, dated ${published}: ${expected - 1} or ${expected} years old.`,
      `${expected - 1}–${expected}`,
      agrees,
    ),
    agrees
      ? `An age of ${claim.value} fits a birth in ${bornIn}.`
      : `Born in ${bornIn}, the person would be ${expected - 1} or ${expected} in ${year}, not ${claim.value}.`,
  );
}

const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b|\b([a-z]+(?:-[a-z]+)?)\s+anniversary\b/gi;
const SINCE_YEAR = /\bsince\s+(\d{4})\b/i;

/** Whole years from one date to another ("2022-02-24" to "2024-02-20" is 1). */
function wholeYears(fromTime: number, to: Date): number {
  const from = new Date(fromTime);
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  if (
    to.getUTCMonth() < from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate())
  )
    years--;
  return years;
}

/** "the second anniversary of the invasion on 24 February 2022", in an article of 2024: it must be the second. */
function anniversaryNotes(text: string, claims: readonly Claim[], published: Date): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  for (const event of claims) {
    if (event.kind !== 'date') continue;
    const sentence = text.slice(event.sentence.start, event.sentence.end);
    for (const match of sentence.matchAll(ANNIVERSARY)) {
      const stated = match[1] ? Number(match[1]) : EnglishNumeric.OrdinalNumberMap.get(match[2]!.toLowerCase());
      if (!stated || stated > 500) continue;
      // Only the date the anniversary is of: the first date after the word, and not a bare year after
      // "in", which as often says when the anniversary was marked ("the 70th anniversary of D-Day in 2014").
      const afterWord = event.sentence.start + match.index + match[0].length;
      if (event.start < afterWord) continue;
      // An anniversary is of its event: without "of" ("the Forbes Magazine 75th Anniversary
      // celebration at Radio City Music Hall, 11th May 1992"), the date after it is when it was marked.
      if (!/^\s+of\b/i.test(text.slice(afterWord, afterWord + 4))) continue;
      // A date set off by a comma after the "of" phrase is the day it was marked: "the 5th
      // anniversary of the city's liberation, on June 15, 2019" ("the Budapest Memorandum, signed
      // on December 5, 1994" is the event's).
      if (/,\s*on\s+$/i.test(text.slice(afterWord, event.start))) continue;
      // Another date of the sentence rules the check out: one between the word and this date (the
      // anniversary is of that one), or one before the word a year or more before the article
      // ("In 2014, marking the 25th anniversary of ... 1989": the day it was marked, not the article's).
      const anniversaryAt = event.sentence.start + match.index;
      if (
        claims.some(
          (other) =>
            other.kind === 'date' &&
            other.sentence.start === event.sentence.start &&
            ((other.start >= afterWord && other.start < event.start) ||
              (other.end <= anniversaryAt && wholeYears(other.value, published) >= 1)),
        )
      )
        continue;
      if (/^\d{4}$/.test(event.text) && /\bin\s+$/i.test(text.slice(Math.max(0, event.start - 4), event.start)))
        continue;
      const years = wholeYears(event.value, published);
      // A date less than a year before the article is the anniversary's own day, not its event.
      if (years < 1) continue;
      // On or just before the day itself, both counts are heard.
      const agrees = stated === years || stated === years + 1;
      const on = published.toISOString().slice(0, 10);
      notes.push(
        figureNote(
          text,
          event,
          'anniversary',
          agrees,
          pageEvidence(`${event.text} to the article's date ${on}: ${years} full years.`, `${years} years`, agrees),
          agrees
            ? `The ${match[0]} fits ${event.text}, ${years} years before this article.`
            : `From ${event.text} to this article (${on}) is ${years} years, not a ${match[0]}.`,
        ),
      );
    }
  }
  return notes;
}

const EVERY_BEFORE = /\b(?:every|each|per)\s+$/i;
/** "more than 10 years of fighting since 2014": the years between that year and the article must fit the figure. */
function sinceNote(text: string, claim: Claim, published: Date): ConsistencyNote | null {
  if (claim.kind !== 'duration' || (claim.unit !== 'year' && claim.unit !== 'decade')) return null;
  // "elections every 2.6 years since 1996", "a summit every three years since 1994": how often, not how long.
  if (EVERY_BEFORE.test(text.slice(Math.max(claim.sentence.start, claim.start - 12), claim.start))) return null;
  // "10 years of war since 2014": the year must follow the figure closely, not belong to an aside
  // ("the last two years (some longer - since 2014)").
  const since = SINCE_YEAR.exec(text.slice(claim.end, Math.min(claim.sentence.end, claim.end + 40)));
  if (!since || /[()[\]—–]|\s-\s/.test(text.slice(claim.end, claim.end + since.index))) return null;
  const years = published.getUTCFullYear() - Number(since[1]);
  const [low, high] = interval(roughly(claim));
  // Counted in whole years from an unknown day of that year: one year either way is the same figure.
  const agrees = (years + 1) * 365.25 >= low && (years - 1) * 365.25 <= high;
  return figureNote(
    text,
    claim,
    'anniversary',
    agrees,
    pageEvidence(
      `From ${since[1]} to the article's date (${published.getUTCFullYear()}): ${years} years.`,
      `${years} years`,
      agrees,
    ),
    agrees
      ? `${claim.text} fits the years since ${since[1]}.`
      : `Since ${since[1]} is ${years} years by this article's date, not ${claim.text}.`,
  );
}

export function internalNotes(text: string, claims: readonly Claim[], published: string | null): ConsistencyNote[] {
  const publishedDate = published && !Number.isNaN(Date.parse(published)) ? new Date(Date.parse(published)) : null;
  const notes: ConsistencyNote[] = [];
  const bracketed = bracketedFigures(text, claims);
  claims.forEach((claim) => {
    const next = bracketed.get(claim);
    const conversion = next ? conversionNote(text, claim, next) : null;
    if (conversion) notes.push(conversion);
    const age = ageNote(text, claim, published);
    if (age) notes.push(age);
    const since = publishedDate ? sinceNote(text, claim, publishedDate) : null;
    if (since) notes.push(since);
  });
  if (publishedDate) notes.push(...anniversaryNotes(text, claims, publishedDate));
  return notes;
}

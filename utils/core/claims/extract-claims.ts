/**
 * The figures an article states, as claims a reader could check: the number read by
 * Recognizers-Text, its unit and qualifier read from the tokens around it, ranges joined into one
 * claim, dates read by chrono-node, and what each figure is about.
 */
import { sentences, type Sentence, type Token } from '../text';
import type { Claim, FigureFrame, TextRange } from '../types';
import { mayBeAboutPlace, subjectOf, wordsOf, type Clause, type PlaceInText } from './claim-subjects';
import { DAY_MS, findDates, isDayIso, parseArticleDate, relativeDates, weekdayDates, type DateSpan } from './dates';
import { readFrame } from './figure-frame';
import { findNumbers, MODEL_CHARACTERS_PER_ARTICLE, type ModelBudget } from './number-spans';
import { readFigure, type Figure } from './read-figure';
import { writtenScale } from './written-scales';
import { EVENT_FAMILIES } from './frame-lexicon';
import { familyOf } from './frame-phrases';

export interface ClaimContext {
  /** The article's place mentions, in text order (from the place finder). */
  places?: readonly PlaceInText[];
  /** The article's own date: what undated figures are as of, and the year "in September" falls in. */
  published?: string | null;
  /**
   * Which sentences to read: all of them; only those that name a place or point back to one ("the
   * region"), which hold every figure about a place (the figures a corpus index keeps, and the only
   * ones looked up across the corpus); or the rest. Either part reads its sentences exactly as a
   * whole reading does, so the two parts merged (mergeClaims) are the whole reading.
   */
  reading?: 'whole' | 'about-places' | 'rest';
  /** The text's sentences, when the caller has them already (the page analysis splits a page once). */
  sentences?: readonly Sentence[];
}

// Words that join two figures into a range: "between 5 and 10 km", "from 2022 to 2024", "8-10 feet".
const RANGE_JOINERS = /^\s*(?:to|and|[-‐–—]|through|or)\s*$/i;

/**
 * Most claims kept from one article: a statistics table pasted into a page is not an article's
 * claims. Sentences are read in order only until that many figures are found, which bounds the
 * work a page of nothing but figures makes (a later figure could not be kept).
 */
const MAX_CLAIMS = 400;

/**
 * Sentences this long or longer are not read for figures: the longest of ../shared/data runs to
 * 951 characters, and a longer one is a table, a list or a blob without full stops, whose every
 * figure would have its reading (qualifier, unit, subject, frame) look over all of it.
 */
export const LONGEST_SENTENCE_READ = 2000;

// A figure in two units: "3 dollars 50 cents", "5 feet 2 inches", "c $ 100 and fifty".
const SUBUNITS: Record<string, { of: ReadonlySet<string>; per: number }> = {
  USc: { of: new Set(['USD', 'CAD', 'AUD', 'HKD', 'NZD', 'EUR']), per: 100 },
  GBp: { of: new Set(['GBP']), per: 100 },
  in: { of: new Set(['ft']), per: 12 },
  dm: { of: new Set(['m']), per: 10 },
  cm: { of: new Set(['m']), per: 100 },
};
const HAS_SUBUNIT = new Set([...Object.values(SUBUNITS)].flatMap((subunit) => [...subunit.of]));

function joinCompounds(text: string, figures: Figure[]): Figure[] {
  const joined: Figure[] = [];
  for (const figure of figures) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      previous.unit &&
      HAS_SUBUNIT.has(previous.unit) &&
      /^\s*(?:and\s+)?$/i.test(text.slice(previous.end, figure.start))
    ) {
      const subunit = figure.unit ? SUBUNITS[figure.unit] : undefined;
      const bareCents =
        previous.kind === 'money' &&
        figure.kind === 'number' &&
        Number.isInteger(figure.value) &&
        figure.value > 0 &&
        figure.value < 100;
      if ((subunit?.of.has(previous.unit) || bareCents) && !figure.qualifier) {
        joined[joined.length - 1] = {
          ...previous,
          end: figure.end,
          value: previous.value + figure.value / (subunit?.per ?? 100),
        };
        continue;
      }
    }
    joined.push(figure);
  }
  return joined;
}

/**
 * "70%-80%": the dash of a range written without spaces is read as a minus sign on the second
 * figure. A negative figure right after another, the dash its first character, is the range's end.
 */
function dashAsJoiner(text: string, previous: Figure | undefined, figure: Figure): Figure {
  if (!previous || figure.value >= 0 || figure.start !== previous.end || !/^[-‐–—−]/.test(text[figure.start] ?? ''))
    return figure;
  return { ...figure, start: figure.start + 1, value: -figure.value };
}

function joinRanges(text: string, figures: Figure[]): (Figure & { high: number | null })[] {
  const joined: (Figure & { high: number | null })[] = [];
  for (const read of figures) {
    const previous = joined[joined.length - 1];
    const figure = dashAsJoiner(text, previous, read);
    const between = previous ? text.slice(previous.end, figure.start) : '';
    const sameKind =
      previous && (previous.kind === figure.kind || previous.kind === 'number') && previous.high === null;
    const unitless = previous?.unit === null || previous?.unit === figure.unit;
    if (
      previous &&
      sameKind &&
      unitless &&
      figure.kind !== 'number' &&
      RANGE_JOINERS.test(between) &&
      // "just a third — 31 million cubic meters per day — of the space": a spaced em dash sets words apart.
      !/\s—\s/.test(between) &&
      figure.value >= previous.value &&
      !figure.qualifier
    ) {
      const isBetween = /\bbetween\s*$/i.test(text.slice(Math.max(0, previous.start - 9), previous.start));
      if (between.trim().toLowerCase() !== 'and' || isBetween) {
        // "between four and five billion": a bare low end takes the high end's scale when it is no larger.
        const scale = writtenScale(text, figure);
        const takesHighEndScale =
          scale > 1 && writtenScale(text, previous) === 1 && previous.value * scale <= figure.value;
        joined[joined.length - 1] = {
          ...figure,
          start: previous.start,
          number: previous.number,
          value: takesHighEndScale ? previous.value * scale : previous.value,
          high: figure.value,
          qualifier: previous.qualifier,
          bound: previous.bound,
        };
        continue;
      }
    }
    joined.push({ ...figure, high: null });
  }
  return joined;
}

function dateClaim(date: DateSpan): Figure & { high: null; iso: string } {
  return {
    start: date.start,
    end: date.end,
    number: date,
    kind: 'date',
    value: date.time,
    unit: 'date',
    qualifier: null,
    bound: 'exact',
    high: null,
    iso: date.iso,
  };
}

/** Every figure in `text` with its unit, qualifier, sentence, subject and date, in text order. */
export function extractClaims(text: string, context: ClaimContext = {}): Claim[] {
  const published = parseArticleDate(context.published);
  const publishedIso = published ? published.toISOString().slice(0, 10) : null;
  // A day either way for time zones.
  const lastDay = published ? new Date(published.getTime() + DAY_MS).toISOString().slice(0, 10) : null;
  const allSentences = context.sentences ?? sentences(text);
  const reading = context.reading ?? 'whole';
  const read =
    reading === 'whole'
      ? allSentences
      : allSentences.filter(
          (sentence) => mayBeAboutPlace(sentence, context.places ?? []) === (reading === 'about-places'),
        );

  const claims: Claim[] = [];
  // The dates a figure may be given as of: a period's bounds left out, each judged once.
  const datingDates: DateSpan[] = [];
  // The days weekdays name: they date what a figure counts (its frame's day), not the figure.
  const weekdays: DateSpan[] = [];
  const figures: (Figure & { high: number | null; iso?: string; sentence: TextRange })[] = [];
  const budget: ModelBudget = { characters: MODEL_CHARACTERS_PER_ARTICLE };
  // A sentence's figures all start inside it, after those of the sentences before it.
  for (const sentence of read) {
    if (figures.length >= MAX_CLAIMS) break;
    if (sentence.text.length >= LONGEST_SENTENCE_READ) continue;
    const sentenceDates = findDates(text, [sentence], published);
    const insideDate = (range: TextRange) =>
      sentenceDates.some((date) => date.start <= range.start && range.end <= date.end);
    const pending: Figure[] = [];
    for (const number of findNumbers(text, [sentence], true, budget)) {
      if (insideDate(number)) continue;
      const figure = readFigure(text, number, sentence);
      if (figure) pending.push(figure);
    }
    for (const figure of joinRanges(text, joinCompounds(text, pending))) figures.push({ ...figure, sentence });
    for (const date of sentenceDates) figures.push({ ...dateClaim(date), sentence });
    datingDates.push(
      ...[...sentenceDates, ...relativeDates(text, sentence, published)].filter(
        (date) => !boundsAPeriod(text, sentence.start, date),
      ),
    );
    weekdays.push(
      ...weekdayDates(text, sentence, context.published).filter((date) => !boundsAPeriod(text, sentence.start, date)),
    );
  }
  figures.sort((a, b) => a.start - b.start);
  const dayDates = [...datingDates, ...weekdays];

  // A sentence with several figures is read for their subjects once.
  const sentenceWords = new Map<TextRange, Token[]>();
  // How far back "the city" a figure is of may point: to the sentence before its own.
  const previousStart = new Map<TextRange, number>(
    allSentences.map((sentence, index) => [sentence, (allSentences[index - 1] ?? sentence).start]),
  );
  const wordsOfSentence = (sentence: TextRange) =>
    sentenceWords.get(sentence) ?? sentenceWords.set(sentence, wordsOf(text, sentence)).get(sentence)!;
  for (const figure of figures.slice(0, MAX_CLAIMS)) {
    const isYear = figure.kind === 'date' && figure.unit === null;
    let asOf: string | null;
    let day: string | null = null;
    if (isYear) asOf = String(figure.value);
    else if (figure.kind === 'date') asOf = figure.iso ?? null;
    else {
      // A figure is as of a date its sentence gives, else a year its sentence gives, else the article's date.
      const years = figures.filter(
        (other) => other.kind === 'date' && other.unit === null && other.sentence === figure.sentence,
      );
      // A date after the article's is when something is to happen ("which Biden is expected to sign
      // on 21 May", "in June"), not when what the figure counts did: it dates neither. ISO dates
      // compare as strings: "2022-06" comes after "2022-05-20", "2022-05" and "2022" before it.
      const past = (date: DateSpan | null) =>
        date && !(lastDay && date.iso && date.iso > lastDay) ? date.iso : undefined;
      asOf = past(dateOf(text, figure, datingDates, figures)) ?? yearOf(text, years, figure.start) ?? publishedIso;
      day = past(dateOf(text, figure, dayDates, figures)) ?? null;
    }
    const subject = subjectOf(
      text,
      figure,
      figure.sentence,
      context.places ?? [],
      previousStart.get(figure.sentence) ?? figure.sentence.start,
      wordsOfSentence(figure.sentence),
      ownClause(text, figure, figures),
    );
    claims.push({
      text: text.slice(figure.start, figure.end),
      start: figure.start,
      end: figure.end,
      kind: figure.kind,
      value: isYear ? Date.UTC(figure.value, 0, 1) : figure.value,
      high: figure.high,
      unit: figure.kind === 'date' ? 'date' : figure.unit,
      qualifier: figure.qualifier,
      bound: figure.bound,
      sentence: { start: figure.sentence.start, end: figure.sentence.end },
      subject,
      asOf,
      frame: withDay(
        readFrame(text, figure, wordsOfSentence(figure.sentence), context.places ?? [], subject.places),
        day,
      ),
    });
  }
  return claims;
}

/**
 * The claims of a text read in two parts, in text order, as one reading gives them: each part
 * kept its first MAX_CLAIMS, so the first MAX_CLAIMS of the two are the whole reading's.
 */
export function mergeClaims(a: readonly Claim[], b: readonly Claim[]): Claim[] {
  return [...a, ...b].sort((x, y) => x.start - y.start).slice(0, MAX_CLAIMS);
}

// A date that starts or ends a period ("since 24 February", "through mid-December", "since the war
// began in February") is not when a figure was given: a total since February is as of the article's
// day. "Since March, when it reported 1,351 killed" dates what follows it.
const BOUNDS_A_PERIOD =
  /(?:\b(?:from|through|until|till|after|before|starting|beginning)\s+(?:(?:mid|early|late)[-\s]+)?|\bsince\b(?:(?!\b(?:and|but|while|whereas)\b)[^,;:()]){0,60})$/i;
const DATES_WHAT_FOLLOWS = /^,?\s+when\b/i;

const boundsAPeriod = (text: string, sentenceStart: number, date: DateSpan) =>
  BOUNDS_A_PERIOD.test(text.slice(Math.max(sentenceStart, date.start - 70), date.start)) &&
  !DATES_WHAT_FOLLOWS.test(text.slice(date.end, date.end + 8));

const withDay = (frame: FigureFrame | null, day: string | null): FigureFrame | null =>
  frame && isDayIso(day) ? { ...frame, day } : frame;

/** The dating date of a figure's own sentence nearest it ("$13.6 billion in March and $40 billion in May"). */
function dateOf(
  text: string,
  figure: TextRange & { sentence: TextRange },
  dates: readonly DateSpan[],
  figures: readonly (TextRange & { sentence: TextRange })[],
) {
  let nearest: DateSpan | null = null;
  let nearestGap = Number.POSITIVE_INFINITY;
  for (const date of dates) {
    if (date.start < figure.sentence.start || date.end > figure.sentence.end) continue;
    // "110 battalion groups, up from 65 last month": a relative date is the nearer figure's only,
    // unless the two figures are told together of one time ("four people were killed and 40
    // injured on Tuesday").
    if (
      date.relative &&
      figures.some((other) => other !== figure && between(other, figure, date) && !toldTogether(text, figure, other))
    )
      continue;
    const gap = date.start >= figure.end ? date.start - figure.end : figure.start - date.end;
    if (gap < nearestGap) [nearest, nearestGap] = [date, gap];
  }
  return nearest;
}
/**
 * The part of a figure's sentence that is its own when the sentence tells two figures' news in
 * clauses joined by "and": "At least 19 people died when a missile hit a mall in Kremenchuk in late
 * June | and 21 people were killed ... in the Odesa region". The whole sentence otherwise.
 */
function ownClause(
  text: string,
  figure: TextRange & { sentence: TextRange },
  figures: readonly (TextRange & { kind: Claim['kind']; sentence: TextRange })[],
): Clause {
  const opening = (at: TextRange) => {
    const joint = CLAUSE_AND.exec(text.slice(Math.max(figure.sentence.start, at.start - 8), at.start));
    return joint ? at.start - joint[0].length : null;
  };
  const others = figures.filter(
    (other) => other.sentence === figure.sentence && other !== figure && other.kind !== 'date',
  );
  let start = figure.sentence.start;
  let end = figure.sentence.end;
  const own = opening(figure);
  if (own !== null && others.some((other) => other.end <= own)) start = own;
  for (const other of others) {
    const boundary = opening(other);
    if (boundary !== null && other.start > figure.end) end = Math.min(end, boundary);
  }
  // "... and 45 people were wounded, Kyiv said": who says so is no place of the last clause's.
  if (start !== figure.sentence.start || end !== figure.sentence.end) {
    const tail = text.slice(Math.max(figure.end, end - ATTRIBUTION_REACH), end);
    const said = TRAILING_ATTRIBUTION.exec(tail);
    if (said) end -= tail.length - said.index;
  }
  // What the sentence names before its first figure ("Russia holds 90% of Luhansk and 54% of
  // Donetsk") is every clause's.
  const lead = Math.min(figure.start, ...others.map((other) => other.start));
  return { start, end, lead };
}
const CLAUSE_AND = /[\s,]*\band\s+$/;
const ATTRIBUTION_REACH = 160;
// ", Kyiv said.", ", the governor of Kyiv, Oleksiy Kuleba, said.", ", according to Oleksiy Kuleba, the
// governor of Kyiv."; not ", with injuries reported in Odesa." Bounded: read over the last
// ATTRIBUTION_REACH characters, each part of it capped.
const TRAILING_ATTRIBUTION =
  /[,—–](?!\s*(?:with|in|as|after|amid|following|including|where|which|who|when|while)\b)\s*(?:according\s+to\b[^,]{0,100}(?:,[^,]{0,60}){0,2}|(?:[^,]{1,60},\s*){0,2}?[^,]{0,60}?\b(?:said|says|told|reported|added|claimed|announced|wrote)\b[^,]{0,60})$/i;

const between = (other: TextRange, a: TextRange, b: TextRange) =>
  other.start >= Math.min(a.end, b.end) && other.end <= Math.max(a.start, b.start);
// Two figures joined by "and" in one clause, with nothing that sets one against the other; the
// second may have a verb of the toll's own ("killed at least one person and injured four others on
// Saturday"), not another ("has taken in 3.5 million refugees and received 20,000 yesterday": a
// total and a day's).
const COORDINATED = /^[^,;:()—–]{0,40}\band\s+(?:(\p{Ll}+)\s+)?$/u;
const TOLL_FAMILIES: ReadonlySet<string> = new Set(['killed', 'wounded']);
// A comparison, a preposition of time or place, or a time word between the two sets them apart:
// "300 cases last week and 120 yesterday", "12 tanks on Thursday and 30 yesterday".
const SET_AGAINST =
  /\b(?:from|than|compared|against|versus|after|before|since|up|down|in|on|at|by|during|over|within|for|today|tonight|overnight|now|yesterday|last|ago|earlier|this|so\s+far|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
function toldTogether(text: string, figure: TextRange, other: TextRange) {
  const joint = figure.end <= other.start ? text.slice(figure.end, other.start) : text.slice(other.end, figure.start);
  const coordinated = joint.length <= 40 ? COORDINATED.exec(joint) : null;
  if (!coordinated || SET_AGAINST.test(joint)) return false;
  const verb = coordinated[1];
  return !verb || TOLL_FAMILIES.has(familyOf(EVENT_FAMILIES, verb) ?? '');
}

// "as of 2023", "in 2024": a year the sentence gives its figures for. "Since 2014" starts a period instead.
function yearOf(
  text: string,
  years: readonly (Figure & { sentence: TextRange })[],
  figureStart: number,
): string | null {
  for (const year of years) {
    const figure = { start: figureStart, end: figureStart, sentence: year.sentence };
    if (inAnotherRelativeClause(text, figure, year)) continue;
    const before = text.slice(Math.max(year.sentence.start, year.start - 12), year.start).toLowerCase();
    if (/\b(?:since|from|after|before)\s+$/.test(before)) continue;
    // "A bounty for Strelkov, defense minister of the republic back in 2014": a clause after the
    // figure that recalls another time. "Back in 2014, Russia annexed Crimea" dates its sentence.
    if (/\bback\s+in\s+$/.test(before) && year.start > figureStart) continue;
    return String(year.value);
  }
  return null;
}

/**
 * "More than 90,000 Russian troops have been deployed along its border -- including on the Crimean
 * Peninsula, which Russia seized by force from Ukraine in 2014": a year in a clause that tells of
 * something the sentence names ("which ...", "who ...", "where ..."), up to its next comma or the
 * sentence's end, is that thing's, not the year of a figure outside the clause. A day or a month
 * there is as often the figure's own event's ("the strike on the station, which took place on
 * April 8, killed 52") and still dates it.
 */
const RELATIVE_OPENING = /,\s+(?:which|who|whom|whose|where)\b/gi;
function inAnotherRelativeClause(text: string, figure: TextRange & { sentence: TextRange }, date: TextRange): boolean {
  const sentence = text.slice(figure.sentence.start, figure.sentence.end);
  for (const opening of sentence.matchAll(RELATIVE_OPENING)) {
    const start = figure.sentence.start + opening.index!;
    const close = sentence.indexOf(',', opening.index! + opening[0].length);
    const end = close < 0 ? figure.sentence.end : figure.sentence.start + close;
    const holdsDate = date.start >= start && date.end <= end;
    const holdsFigure = figure.start >= start && figure.start < end;
    if (holdsDate && !holdsFigure) return true;
  }
  return false;
}

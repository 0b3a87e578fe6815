/**
 * Calendar dates an article writes ("February 24, 2022", "in September", "Oct. 13"), read by
 * chrono-node against the article's own date, so "in September" means the September nearest it.
 * Relative words ("today", "last week") and weekdays are not dates of their own: they date nothing a
 * reader can check; chrono's parsers of periods counted from a date ("3 days ago") are left out by
 * the adapter. A few of them still say when a figure was given (`relativeDates`), and a weekday
 * says on which day what a figure counts happened (`weekdayDates`).
 */
import type { Sentence } from '../text';
import type { TextRange } from '../types';
import { monthDateReader, type DateReader } from './adapters/chrono-dates';

export interface DateSpan extends TextRange {
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the text is. */
  iso: string;
  /** Milliseconds since 1970 at the start of that day, UTC. */
  time: number;
  /** Read from "yesterday", "last month", "last year" or a weekday by the article's date: it dates only the figure next to it (a weekday, only its frame's day). */
  relative?: boolean;
}

/**
 * A calendar date names its month, capitalized as news text writes it ("May", not the verb "may"),
 * or writes it in figures ("24/02/2022", "2022-02-24"). A sentence
 * with neither (most sentences with a figure: "2,000 troops") is not given to chrono, and a span
 * chrono reads without either is relative ("for 42 days", "18 months ago"): a period, not a date.
 */
const NAMES_MONTH =
  /\d[-/.]\d|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

/** Reads the date of a corpus or page article ("2023-11-09", a full timestamp); null when there is none. */
export function parseArticleDate(date: string | null | undefined): Date | null {
  if (!date) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : new Date(time);
}

const pad = (value: number) => String(value).padStart(2, '0');

let parser: DateReader | undefined;

/** `reader` is for tests, which hold the lean parser to chrono's own casual one. */
export function findDates(
  text: string,
  sentences: readonly Sentence[],
  published: Date | null,
  reader?: DateReader,
): DateSpan[] {
  const found: DateSpan[] = [];
  for (const sentence of sentences) {
    if (!NAMES_MONTH.test(sentence.text)) continue;
    const dates = reader ?? (parser ??= monthDateReader());
    for (const result of dates.parse(sentence.text, published ?? new Date(Date.UTC(2000, 0, 1)))) {
      const components = result.start;
      // "now" and "today" are certain of their month too, but name none.
      if (!components.isCertain('month') || !NAMES_MONTH.test(result.text)) continue;
      // Without the article's date, a date that names no year cannot be placed.
      if (!components.isCertain('year') && !published) continue;
      const month = components.get('month')!;
      const day = components.isCertain('day') ? components.get('day') : null;
      // chrono keeps the preposition ("On 24 February 2022"); the date is what follows it.
      const lead = /^(?:on|in|at|since|by|from|until|of)\s+/i.exec(result.text)?.[0].length ?? 0;
      const start = sentence.start + result.index + lead;
      // chrono keeps a comma after a month it reads alone ("In September, the army"); the date ends before it.
      const trail = /[\s,;:]+$/.exec(result.text)?.[0].length ?? 0;
      const end = sentence.start + result.index + result.text.length - trail;
      const year = components.get('year')! - (toldAsPast(text, sentence, start, end, components, published) ? 1 : 0);
      found.push({
        start,
        end,
        text: text.slice(start, end),
        iso: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`,
        time: Date.UTC(year, month - 1, day ?? 1),
      });
    }
  }
  return found;
}

/**
 * A month named without a year is read as the one nearest the article, which may be to come: "Russia
 * in March amassed around 100,000 troops", written in November, is of the March before it. Told with
 * a verb of what was done and no word of what is or may be to come around it, a month more than two
 * months after the article's day is the year before's; a nearer one ("talks on December 3", written
 * in November) is as often to come.
 */
const SOON_MS = 60 * 86_400_000;
function toldAsPast(
  text: string,
  sentence: Sentence,
  start: number,
  end: number,
  components: { isCertain(part: 'year'): boolean; date(): Date },
  published: Date | null,
): boolean {
  if (components.isCertain('year') || !published || components.date().getTime() <= published.getTime() + SOON_MS)
    return false;
  // "Since February 29", a year on, names no day of the year before.
  if (components.date().getUTCMonth() === 1 && components.date().getUTCDate() === 29) return false;
  const around = wordsAround(text, sentence, start, end);
  return !TO_COME.test(around) && !MAY_COME.test(around) && TOLD_AS_DONE.test(around);
}
// Words of what may come ("Russia could invade in February", "hopes to receive the jets in March",
// "postponed to March"), lower case so that the month May is none; and a verb told as done
// ("amassed", "was", "withdrew"), without which a month is left where it falls. An "-ed" word in
// lower case only: "United", and a few words that are as often adjectives, are not.
const MAY_COME = /\b(?:could|may|might|can|hopes?|expects?|aims?|until|ahead of|postponed|delayed|pushed back)\b/;
const TOLD_AS_DONE =
  /\b(?!(?:need|feed|speed|seed|bed|red|shed|embed|proceed|exceed|succeed|hundred|armed|backed|based|related|proposed|planned|scheduled|expected|united)\b)\p{Ll}{3,}ed\b|\b(?:was|were|had|began|took|saw|sent|fell|rose|won|lost|held|came|went|left|gave|struck|fought|met|withdrew|fled|shot|drove|flew|seized)\b/u;

/**
 * "The $800 million package Biden authorized last month" is March's package, not one of the
 * article's day: "yesterday", "last month" and "last year" date the figures next to them (by the
 * article's date), though they are no date a reader checks. "Last week" dates nothing: a week is no
 * precision a date has here, and told as a day it would show the reader a day the text never gave.
 * "In the last year" and "since last month" are periods, not moments.
 */
const RELATIVE_DATE = /\b(?:yesterday|last\s+(?:month|year|spring|summer|autumn|fall|winter))\b/gi;
// "Russia massed 100,000 troops near the border last spring", written in December, is of April's
// build-up, not December's: a season past dates its figure by its middle month, the last one at
// least two months before the article's (northern seasons: the news read here is of the north).
const SEASON_MIDDLE_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 0 };
const SEASON_PAST_MONTHS = 2;
export const DAY_MS = 86_400_000;
/**
 * A weekday in news is the last such day up to the article's ("Biden on Wednesday approved $800
 * million", in an article of Tuesday 19 April: 13 April). Read only where no word says otherwise:
 * not a day told as to come ("will meet on Friday", "next Monday") nor a day's name in another name
 * ("Black Friday", "The Mail on Sunday", "the Sunday Times").
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY =
  /\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
// Names are capitalized: "The Mail on Sunday", not "by mail on Tuesday".
const NAMED_BEFORE =
  /\b(?:Bloody|Good|Black|Super|Fat|Ash|Holy|Maundy|Easter|Palm|Cyber|Giving|Shrove|Clean|Mail on)\s+$/;
const NAMED_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Mail|Post|Herald|Independent|Star|Sport|Mass|Service|School)\b/;
const TO_COME =
  /\b(?:will|would|shall|next|upcoming|scheduled|expected|due|plans?|planned|set to|to be held)\b|['’]ll\b/i;
// How far either side of the weekday a word of time to come makes it a day to come.
const TO_COME_BEFORE = 50;
const TO_COME_AFTER = 30;
/** The words either side of a date, within its sentence, where a word of time to come is looked for. */
const wordsAround = (text: string, sentence: TextRange, start: number, end: number) =>
  `${text.slice(Math.max(sentence.start, start - TO_COME_BEFORE), start)} ${text.slice(end, Math.min(sentence.end, end + TO_COME_AFTER))}`;
const TIME_OF_DAY = /\d{1,2}:\d{2}/;
// An ISO time with no zone is read as UTC, as the article's date is, whatever the reader's zone.
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ZONE_OFFSET = /([+-])(\d{2}):?(\d{2})$/;
// Before this hour UTC it is still the day before in the Americas.
const AMERICAS_LAG_HOURS = 5;
const MINUTE_MS = 60_000;

const dayIso = (time: number) => new Date(time).toISOString().slice(0, 10);
/** Whether an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) is given to the day. */
export const isDayIso = (iso: string | null | undefined): iso is string => iso?.length === 'YYYY-MM-DD'.length;

/**
 * The article's own day (the start of it, UTC milliseconds), and whether it is sure. A time given
 * with its zone's offset ("2022-04-19T21:30:00-04:00", "Tue, 19 Apr 2022 21:30:00 -0400") gives
 * the writer's own day. A time in UTC (or with no zone) of the small hours may be the evening
 * before where it was written, so "on Wednesday" in an article stamped early on a Wednesday could
 * be that day or the week before.
 */
function articleDay(published: string): { start: number; sure: boolean } | null {
  const trimmed = published.trim();
  const stamp = ISO_WITHOUT_ZONE.test(trimmed) ? `${trimmed.replace(' ', 'T')}Z` : trimmed;
  const date = parseArticleDate(stamp);
  if (!date) return null;
  const timed = TIME_OF_DAY.test(stamp);
  const zone = timed ? ZONE_OFFSET.exec(stamp) : null;
  const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  const local = new Date(date.getTime() + offset * MINUTE_MS);
  return {
    start: Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()),
    sure: !timed || offset !== 0 || local.getUTCHours() >= AMERICAS_LAG_HOURS,
  };
}

export function weekdayDates(text: string, sentence: Sentence, published: string | null | undefined): DateSpan[] {
  const day = published ? articleDay(published) : null;
  if (!day) return [];
  const found: DateSpan[] = [];
  const publishedWeekday = new Date(day.start).getUTCDay();
  for (const match of sentence.text.matchAll(WEEKDAY)) {
    const start = sentence.start + match.index!;
    const end = start + match[0].length;
    const which = match[1]?.toLowerCase();
    if (which && which !== 'last') continue;
    if (
      NAMED_BEFORE.test(text.slice(Math.max(sentence.start, start - 10), start)) ||
      NAMED_AFTER.test(text.slice(end, end + 14))
    )
      continue;
    if (TO_COME.test(wordsAround(text, sentence, start, end))) continue;
    let back = (publishedWeekday - WEEKDAYS.indexOf(match[2]!) + 7) % 7;
    // "Last Wednesday" is the same day whichever of the two days the writer's was.
    if (back === 0 && !day.sure && which !== 'last') continue;
    if (which === 'last' && back === 0) back = 7;
    const time = day.start - back * DAY_MS;
    found.push({ start, end, text: match[0], iso: dayIso(time), time, relative: true });
  }
  return found;
}

export function relativeDates(text: string, sentence: Sentence, published: Date | null): DateSpan[] {
  if (!published) return [];
  const found: DateSpan[] = [];
  for (const match of sentence.text.matchAll(RELATIVE_DATE)) {
    const start = sentence.start + match.index!;
    if (/\b(?:the|this|of)\s+$/i.test(text.slice(Math.max(sentence.start, start - 6), start))) continue;
    const word = match[0].toLowerCase();
    const [year, month] = [published.getUTCFullYear(), published.getUTCMonth()];
    let iso: string;
    const season = SEASON_MIDDLE_MONTH[word.split(/\s+/)[1]!];
    if (season !== undefined) {
      const past = month - season >= SEASON_PAST_MONTHS ? year : year - 1;
      iso = `${past}-${pad(season + 1)}`;
    } else if (word.endsWith('year')) iso = String(year - 1);
    else if (word.endsWith('month')) iso = new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 7);
    else iso = dayIso(published.getTime() - DAY_MS);
    found.push({
      start,
      end: start + match[0].length,
      text: match[0],
      iso,
      time: Date.parse(iso.length === 4 ? `${iso}-01-01` : iso),
      relative: true,
    });
  }
  return found;
}

/**
 * The kind of a figure from the words around it: a level, a change, a rate per period, a plan or a
 * forecast, a running total since some date, or a part of a whole. Two figures pair only when
 * their kinds are one.
 */
import type { Token } from '../text';
import type { Claim, FigureNature } from '../types';
import { CHANGE_WORDS, CUMULATIVE_WORDS, FORECAST_WORDS, PERIODS, PLAN_WORDS, RATE_LEADS } from './frame-lexicon';
import { lower } from './frame-phrases';

const NATURE_REACH = 6;

// Conjunctions that start another verb's clause: a plan said before them is not this figure's.
const SCOPE_BREAKS: ReadonlySet<string> = new Set(
  'as because while when whereas although though and but after before once'.split(' '),
);

const INCREMENT_WORDS: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further']);
// Before the number, "more" is a floor ("more than 20"), not a step up; "another" is one.
const INCREMENT_LEADS: ReadonlySet<string> = new Set(['additional', 'extra', 'further', 'another']);

/**
 * A count told beside others ("two other civilians", "eight other African nations") is part of a
 * whole the sentence has in mind, and one told as more ("3,000 more troops", "a further 20
 * soldiers") is a step up from a level it does not give: neither is a total. Of the 21 judged pairs
 * of the tuning pages that set a count with such a word between its number and its noun against
 * another figure (copies aside), none measured one quantity; the word before the number ("a
 * further 20") is read alike so that "four more" and "a further four" are one kind, on no judged
 * pair of its own.
 */
function besidesOrMore(text: string, before: readonly Token[], inside: readonly Token[]): FigureNature | null {
  const words = inside.map((token) => lower(text, token));
  if (words.includes('other')) return 'part';
  const stepUp =
    words.some((word, index) => INCREMENT_WORDS.has(word) && words[index + 1] !== 'than') ||
    leadsIn(text, before, inside);
  return stepUp ? 'change' : null;
}

/**
 * Whether the word right before the number makes it a step up ("a further 20"): only a space between
 * them, so that "Further, 12 people were injured" is not one, nor "one another 20 times".
 */
function leadsIn(text: string, before: readonly Token[], inside: readonly Token[]): boolean {
  const lead = before.at(-1);
  const first = inside[0];
  if (!lead || !first || !INCREMENT_LEADS.has(lower(text, lead))) return false;
  if (!/^\s+$/.test(text.slice(lead.end, first.start))) return false;
  return !(lower(text, lead) === 'another' && before.length > 1 && lower(text, before.at(-2)!) === 'one');
}

/** What kind of figure it is (a level, a change, a rate, a plan...), read from the words around it. */
export function natureOf(
  text: string,
  figure: Pick<Claim, 'kind' | 'qualifier'>,
  before: readonly Token[],
  inside: readonly Token[],
  after: readonly Token[],
): { nature: FigureNature; period: string | null; since: string | null } {
  const told = natureAround(text, figure, before, after);
  if (figure.kind === 'money' && told.nature === 'level') {
    const window = pastWindow(text, before, after);
    if (window) return { nature: 'cumulative', period: null, since: window };
  }
  if (figure.kind !== 'count' || told.nature !== 'level') return told;
  return { ...told, nature: besidesOrMore(text, before, inside) ?? told.nature };
}

/**
 * "In just the past year, the U.S. provided more than $1 billion", "$300 million over the past two
 * weeks": a sum (or a toll, figure-frame.ts) over a span that ends at the article's day, which no
 * package measures, nor another span. Read in the figure's clause, before it or in the words after it; a package's own size ("the
 * $800 million drawdown package ... arrived over the last 24 hours") is no sum over a span.
 */
const WINDOW_REACH = 10;
const PACKAGE_HEADS = /^(?:package|packages|tranche|drawdown|bill|fund|deal)$/;
const WINDOW_LEADS: ReadonlySet<string> = new Set(['in', 'over', 'during', 'within', 'for']);
// "Four days" and "4 days" are one span.
const COUNT_WORDS: ReadonlyMap<string, string> = new Map(
  'two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((word, index) => [word, String(index + 2)]),
);
const WINDOW_UNITS = /^(?:hours?|days?|weeks?|months?|years?|decades?)$/;
export function pastWindow(text: string, before: readonly Token[], after: readonly Token[]): string | null {
  if (after.slice(0, 3).some((token) => PACKAGE_HEADS.test(token.term))) return null;
  const words = [...before, ...after.slice(0, WINDOW_REACH)].map((token) => lower(text, token));
  for (let at = 0; at + 3 < words.length; at++) {
    if (!WINDOW_LEADS.has(words[at]!)) continue;
    let next = at + 1;
    if (words[next] === 'just') next++;
    if (words[next] !== 'the' || !/^(?:last|past|previous)$/.test(words[next + 1] ?? '')) continue;
    const written = words[next + 2] ?? '';
    const count =
      /^\d+$/.test(written) || /^(?:few|several)$/.test(written) ? written : (COUNT_WORDS.get(written) ?? '');
    const unitAt = next + (count ? 3 : 2);
    const unit = words[unitAt] ?? '';
    // "In the last week of February", "the last days of March": a span of another time.
    if (WINDOW_UNITS.test(unit) && words[unitAt + 1] !== 'of') return `past ${count ? `${count} ` : ''}${unit}`;
  }
  return null;
}

// "since May", "On May 5": the month, which the modal "may" must not be read from.
const wordOf = (text: string, token: Token) =>
  text.slice(token.start, token.end) === 'May' ? 'May' : lower(text, token);

function natureAround(
  text: string,
  figure: Pick<Claim, 'qualifier'>,
  before: readonly Token[],
  after: readonly Token[],
): { nature: FigureNature; period: string | null; since: string | null } {
  // After the figure, only its own predicate: "and Truss said an invasion could come" is another clause.
  const joined = after.findIndex((token) => token.term === 'and' || token.term === 'but' || token.term === 'or');
  const next = (joined >= 0 ? after.slice(0, joined) : after)
    .slice(0, NATURE_REACH)
    .map((token) => wordOf(text, token));
  // A plan or a forecast is said anywhere before the figure in its clause ("supported a proposal from
  // the speaker, Mike Johnson, to provide $61bn"), but not across a conjunction ("said he would rush
  // weapons as he signed a $95bn measure"), or in the figure's own predicate.
  const beforeWords = before.map((token) => wordOf(text, token));
  const near = beforeWords.slice(-NATURE_REACH);
  let scopeStart = beforeWords.length;
  while (scopeStart > 0 && !SCOPE_BREAKS.has(beforeWords[scopeStart - 1]!)) scopeStart--;
  const verbGroup = [...beforeWords.slice(scopeStart), ...next.slice(0, 3)];
  if (figure.qualifier && /^up to$/i.test(figure.qualifier)) return { nature: 'plan', period: null, since: null };
  if (verbGroup.some((word) => PLAN_WORDS.has(word))) return { nature: 'plan', period: null, since: null };
  // "up from its prior call of $125 a barrel": an analyst's call is a forecast.
  // "Margin calls of 9 billion euros" are paid.
  const called =
    near.at(-1) === 'of' &&
    (near.at(-2) === 'call' || near.at(-2) === 'calls') &&
    !/^(?:margin|cash|capital)$/.test(near.at(-3) ?? '');
  if (called || verbGroup.some((word) => FORECAST_WORDS.has(word)))
    return { nature: 'forecast', period: null, since: null };
  if (
    near.at(-1) === 'by' ||
    near.some((word) => CHANGE_WORDS.has(word) && word !== 'more' && word !== 'less') ||
    (next[0] && CHANGE_WORDS.has(next[0]))
  ) {
    return { nature: 'change', period: null, since: null };
  }
  for (let index = 0; index < next.length; index++) {
    const period = PERIODS.get(next[index]!);
    if (!period) continue;
    if (
      index > 0 &&
      (RATE_LEADS.has(next[index - 1]!) || (/^\d+$/.test(next[index - 1]!) && next[index - 2] === 'every'))
    )
      return { nature: 'rate', period, since: null };
    if (next[index] === 'daily' || next[index] === 'annually' || next[index] === 'weekly' || next[index] === 'monthly')
      return { nature: 'rate', period, since: null };
  }
  for (const word of near) {
    const period = PERIODS.get(word);
    if (period && /^(?:daily|annual|yearly|weekly|monthly)$/.test(word)) return { nature: 'rate', period, since: null };
  }
  const sinceAt = next.indexOf('since');
  if (sinceAt >= 0) {
    const rest = after.map((token) => lower(text, token));
    return { nature: 'cumulative', period: null, since: sinceAnchor(rest.slice(rest.indexOf('since') + 1)) };
  }
  // "aid to Ukraine since the invasion has reached $9bn": the running total named before the figure.
  const sinceBefore = before.map((token) => token.term).lastIndexOf('since');
  if (sinceBefore >= 0 && before.length - sinceBefore <= 8)
    return {
      nature: 'cumulative',
      period: null,
      since: sinceAnchor(before.slice(sinceBefore + 1).map((token) => lower(text, token))),
    };
  // "has now launched 31 missiles in 2022", "have fled this year": the year's running total.
  const perfect = near.some((word) => word === 'has' || word === 'have');
  const yearAt = next.findIndex(
    (word, index) =>
      (word === 'in' && /^(?:19|20)\d\d$/.test(next[index + 1] ?? '')) ||
      (word === 'this' && next[index + 1] === 'year'),
  );
  if (perfect && yearAt >= 0)
    return { nature: 'cumulative', period: null, since: next[yearAt + 1] === 'year' ? null : next[yearAt + 1]! };
  // "so far", "to date", "thus far": a running total; "a total of" alone is only the sum of its parts.
  const clause = [...near, ...next];
  if (
    clause.some((word) => CUMULATIVE_WORDS.has(word)) &&
    /\b(?:so far|to date|thus far|cumulative|cumulatively|running total)\b/.test(clause.join(' '))
  ) {
    return { nature: 'cumulative', period: null, since: null };
  }
  if (near.includes('including') || near.includes('among')) return { nature: 'part', period: null, since: null };
  return { nature: 'level', period: null, since: null };
}

// "since the invasion", "since the beginning of the war", "since February 24", "since Russia invaded
// Ukraine": one anchor; "since 2014", "since President Biden took office in January 2021" another.
// "Since Russia invaded Crimea" is 2014's invasion.
const ANCHOR_REACH = 8;
function sinceAnchor(all: readonly string[]): string | null {
  // "since the invasion in the largest exodus since 1945": the first "since" only.
  const next = all.indexOf('since');
  const words = next >= 0 ? all.slice(0, next) : all;
  const phrase = words.slice(0, 6).join(' ');
  const year = /\b(?:19|20)\d\d\b/.exec(words.slice(0, ANCHOR_REACH).join(' '))?.[0] ?? null;
  const earlier = (year !== null && year < '2022') || /\bcrimea\b/.test(phrase);
  // "Since Russia's operation began", "since the special military operation": the Kremlin's word for
  // the invasion (not "the operation to retake Kherson").
  const operation = /\b(?:special|military|russia['’]s|moscow['’]s)\s+operation\b/.test(phrase);
  if ((operation || /\b(?:invasion|war|february 24|24 february|beginning|start)\b/.test(phrase)) && !earlier)
    return 'invasion';
  if (/\b(?:invaded|invading)\b/.test(phrase)) return earlier ? (year ?? '2014') : 'invasion';
  return year ?? dayAnchor(words);
}
// "Since January 20", "since 1 March", "since March": a run from a day of its own, not the invasion's
// ("since February 24th", "since February" are the invasion's).
const MONTH_NAME =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
function dayAnchor(words: readonly string[]): string | null {
  const monthAt = MONTH_NAME.test(words[0] ?? '')
    ? 0
    : MONTH_NAME.test(words[1] ?? '') && DAY_NUMBER.test(words[0] ?? '')
      ? 1
      : -1;
  if (monthAt < 0) return null;
  const written = words[monthAt]!;
  const month = FULL_MONTHS.find((name) => name.toLowerCase().startsWith(written.slice(0, 3)))!;
  const day = DAY_NUMBER.exec(words[monthAt === 0 ? 1 : 0] ?? '')?.[1] ?? '';
  // "Since Feb. 10": the clause's words stop at an abbreviation's full stop, and its day is lost.
  if (!day && written.length < month.length) return null;
  // "Since February 24", "since February": the invasion's day, or its month named alone.
  if (month === 'February' && (day === '24' || day === '')) return 'invasion';
  return `${month}${day ? ` ${day}` : ''}`;
}
const FULL_MONTHS = 'January February March April May June July August September October November December'.split(' ');

// How far back a "with" clause's host is read for its mood: the verb group of one clause.
const HOST_REACH = 12;
const HOST_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'will', 'should']);

/**
 * A "with" clause after a comma is told in the mood of the clause it hangs on: "a full-scale
 * invasion would create one of the largest refugee crises, with as many as five million people
 * displaced" is a forecast, not a count.
 */
export function hostIsPlan(text: string, sentenceWords: readonly Token[], before: readonly Token[]): boolean {
  const opener = before[0];
  // Only a "with" clause with no verb of its own before the figure ("with as many as five million
  // displaced", not "with President Biden announcing a package of $3 billion").
  if (!opener || lower(text, opener) !== 'with' || before.length > 2) return false;
  const at = sentenceWords.indexOf(opener);
  if (at <= 0 || !text.slice(sentenceWords[at - 1]!.end, opener.start).includes(',')) return false;
  // The host is the clause right before the comma, back to its own comma ("The invasion, which
  // analysts said could come soon, has caused a crisis, with..." is told as a fact).
  for (let index = at - 1; index >= Math.max(0, at - HOST_REACH); index--) {
    const word = lower(text, sentenceWords[index]!);
    if (HOST_MODALS.has(word) || FORECAST_WORDS.has(word)) return true;
    if (index > 0 && /[,;:]/.test(text.slice(sentenceWords[index - 1]!.end, sentenceWords[index]!.start))) return false;
  }
  return false;
}

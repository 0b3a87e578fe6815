/**
 * Sidenote's sentence splitter (utils/core/sentence-breaks.ts) beside Intl.Segmenter, whose rules
 * (Unicode's, UAX #29) it applies, on the same texts in one process: time per article, where the
 * two put sentence boundaries, how each splits abbreviations and decimals, and how each copes with
 * a long text with few sentence ends.
 */
import { sentenceBreaks } from '../../utils/core/sentence-breaks';
import { percentile } from './stats';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function segmenterBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (const { index, segment } of segmenter.segment(text)) breaks.push(index + segment.length);
  return breaks;
}

/** Where a reader would not end a sentence and the rules may: a title or "U.S." before a name; and a decimal. The first of each is shown. */
const TRICKY = [/\bSen\.\s+\p{Lu}/u, /\bGen\.\s+\p{Lu}/u, /\bU\.S\.\s+\p{Lu}/u, /\bMr\.\s+\p{Lu}/u, /\d\.\d/u];
/** Characters shown either side of an example's spot. */
const CONTEXT = 40;
const MARK = '‖';

export interface SplitExample {
  /** The text around the spot, a MARK at each boundary the splitter puts there. */
  sidenote: string;
  segmenter: string;
}

export interface SentenceComparison {
  articles: number;
  characters: number;
  rounds: number;
  sidenoteP50: number;
  sidenoteP95: number;
  sidenoteTotalMs: number;
  segmenterP50: number;
  segmenterP95: number;
  segmenterTotalMs: number;
  /** Boundaries inside the texts (their ends left out): in both, or in one alone. */
  common: number;
  onlySidenote: number;
  onlySegmenter: number;
  articlesDiffering: number;
  /** Up to three spots where the two disagree. */
  differences: SplitExample[];
  /** The first abbreviation or decimal of each kind in TRICKY, as each splits it. */
  tricky: SplitExample[];
}

function marked(text: string, at: number, breaks: readonly number[]): string {
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(text.length, at + CONTEXT);
  let shown = '';
  let cursor = from;
  for (const end of breaks) {
    if (end <= from || end >= to) continue;
    shown += `${text.slice(cursor, end)}${MARK}`;
    cursor = end;
  }
  return `…${(shown + text.slice(cursor, to)).replace(/\s+/g, ' ')}…`;
}

/**
 * Splits every text with both, `rounds` times, alternating text by text so that a machine busy for
 * a while slows both; the first pass (which also finds where they differ) is not timed. `ours` is
 * Sidenote's splitter but for tests of the comparison itself.
 */
export function compareSentences(
  texts: readonly string[],
  rounds: number,
  ours: (text: string) => number[] = sentenceBreaks,
): SentenceComparison {
  let common = 0;
  let onlySidenote = 0;
  let onlySegmenter = 0;
  let articlesDiffering = 0;
  const differences: SplitExample[] = [];
  const tricky: (SplitExample | undefined)[] = TRICKY.map(() => undefined);
  for (const text of texts) {
    const mine = new Set(ours(text).filter((end) => end < text.length));
    const theirs = new Set(segmenterBreaks(text).filter((end) => end < text.length));
    const example = (at: number): SplitExample => ({
      sidenote: marked(text, at, [...mine]),
      segmenter: marked(text, at, [...theirs]),
    });
    let differs = false;
    for (const end of new Set([...mine, ...theirs])) {
      if (mine.has(end) && theirs.has(end)) {
        common++;
        continue;
      }
      if (mine.has(end)) onlySidenote++;
      else onlySegmenter++;
      differs = true;
      if (differences.length < 3) differences.push(example(end));
    }
    if (differs) articlesDiffering++;
    TRICKY.forEach((pattern, kind) => {
      const match = tricky[kind] ? null : pattern.exec(text);
      if (match) tricky[kind] = example(match.index + match[0].length - 1);
    });
  }

  const ourTimes: number[] = [];
  const theirTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      let started = performance.now();
      ours(text);
      ourTimes.push(performance.now() - started);
      started = performance.now();
      segmenterBreaks(text);
      theirTimes.push(performance.now() - started);
    }
  }
  const sum = (times: number[]) => times.reduce((total, time) => total + time, 0) / Math.max(1, rounds);
  return {
    articles: texts.length,
    characters: texts.reduce((total, text) => total + text.length, 0),
    rounds,
    sidenoteP50: percentile(ourTimes, 50),
    sidenoteP95: percentile(ourTimes, 95),
    sidenoteTotalMs: sum(ourTimes),
    segmenterP50: percentile(theirTimes, 50),
    segmenterP95: percentile(theirTimes, 95),
    segmenterTotalMs: sum(theirTimes),
    common,
    onlySidenote,
    onlySegmenter,
    articlesDiffering,
    differences,
    tricky: tricky.filter((example) => example !== undefined),
  };
}

export interface LongTextTimes {
  source: string;
  rows: { characters: number; sidenoteMs: number; segmenterMs: number }[];
}

/** Both splitters on the first `lengths` characters of one long text (a page's HTML source: long runs without sentence ends). */
export function timeLongText(source: string, text: string, lengths: readonly number[]): LongTextTimes {
  const time = (split: (text: string) => number[], part: string) => {
    const started = performance.now();
    split(part);
    return performance.now() - started;
  };
  return {
    source,
    rows: lengths
      .filter((length) => length <= text.length)
      .map((characters) => {
        const part = text.slice(0, characters);
        return { characters, sidenoteMs: time(sentenceBreaks, part), segmenterMs: time(segmenterBreaks, part) };
      }),
  };
}

export function sentenceTable(comparison: SentenceComparison, long: LongTextTimes | null): string {
  const ms = (value: number) => (value < 10 ? value.toFixed(3) : value.toFixed(0));
  const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;
  const boundaries = comparison.common + comparison.onlySidenote + comparison.onlySegmenter;
  const lines = [
    `${comparison.articles.toLocaleString('en')} articles (${comparison.characters.toLocaleString('en')} characters), ${comparison.rounds} rounds; (n×) is Intl.Segmenter's figure over Sidenote's in this run.`,
    '',
    '| splitter | per article p50 | per article p95 | all articles, a round |',
    '| --- | --- | --- | --- |',
    `| Sidenote (sentence-breaks.ts) | ${ms(comparison.sidenoteP50)} ms | ${ms(comparison.sidenoteP95)} ms | ${ms(comparison.sidenoteTotalMs)} ms |`,
    `| Intl.Segmenter('en', sentence) | ${ms(comparison.segmenterP50)} ms (${ratio(comparison.segmenterP50, comparison.sidenoteP50)}) | ${ms(comparison.segmenterP95)} ms (${ratio(comparison.segmenterP95, comparison.sidenoteP95)}) | ${ms(comparison.segmenterTotalMs)} ms (${ratio(comparison.segmenterTotalMs, comparison.sidenoteTotalMs)}) |`,
    '',
    `Boundaries in common: ${comparison.common.toLocaleString('en')} of ${boundaries.toLocaleString('en')} (${((100 * comparison.common) / (boundaries || 1)).toFixed(2)}%); only Sidenote's ${comparison.onlySidenote}, only Intl.Segmenter's ${comparison.onlySegmenter}; ${comparison.articlesDiffering} articles differ.`,
  ];
  const show = ({ sidenote, segmenter }: SplitExample) =>
    sidenote === segmenter
      ? [`- both: ${sidenote}`]
      : [`- Sidenote:       ${sidenote}`, `  Intl.Segmenter: ${segmenter}`];
  if (comparison.differences.length)
    lines.push('', `Where they differ (${MARK} marks a boundary):`, ...comparison.differences.flatMap(show));
  if (comparison.tricky.length)
    lines.push(
      '',
      `Abbreviations and decimals as each splits them (${MARK} marks a boundary):`,
      ...comparison.tricky.flatMap(show),
    );
  if (long?.rows.length) {
    lines.push(
      '',
      `A long text with few sentence ends (the start of ${long.source}):`,
      '',
      '| characters | Sidenote | Intl.Segmenter |',
      '| --- | --- | --- |',
      ...long.rows.map(
        ({ characters, sidenoteMs, segmenterMs }) =>
          `| ${characters.toLocaleString('en')} | ${ms(sidenoteMs)} ms | ${ms(segmenterMs)} ms (${ratio(segmenterMs, sidenoteMs)}) |`,
      ),
    );
  }
  return lines.join('\n');
}

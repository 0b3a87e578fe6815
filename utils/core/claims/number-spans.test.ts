import { readdirSync, readFileSync } from 'node:fs';
import { Culture, EnglishNumeric, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../../scripts/lib/corpus-folder';
import { sharedArticleTexts } from '../../../tests/support/shared-texts';
import { sentences } from '../text';
import { findNumbers, type NumberSpan } from './number-spans';
import { numberHints } from './number-windows';
import { hasSharedData } from '../../../tests/support/shared-data';

const model = new NumberRecognizer(Culture.English).getNumberModel();
/** The model's own reading of a whole sentence, as findNumbers gave it before it cut sentences into windows and read plain digits itself. */
const modelReading = (sentence: string) =>
  model
    .parse(sentence)
    .map((result) => ({
      start: result.start,
      end: result.end + 1,
      value: Number((result.resolution as { value?: string }).value),
    }))
    .filter((number) => Number.isFinite(number.value));

describe('findNumbers reads what the model reads, faster', () => {
  const seedSentences = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles.flatMap((article) =>
    sentences(article.text).map((sentence) => sentence.text),
  );

  it.each([
    'Russian forces control approximately 70% of Donetsk, home to 4,100,000 people in 2022.',
    'About two hundred and fifty-three thousand people fled; 1,250 returned.',
    'One in five voters, or 1 in 5, said 3 out of 4 was fair; 2000 over 3 is 666.7.',
    'The price rose from $14.4 to 15.2 (an increase of 5.6 %), after 1 000 trades.',
    // Cardinal words read without the model, and those it reads by their context.
    'Two people died and forty were hurt; that one was the worst, one in five said, and twenty two more fled.',
    'Seven of the nine towns, three over four, and the one that stood.',
    // Digits with a scale word, and ordinals the model reads as no number, read without the model.
    'Its $19 billion deal, 1.8 million potholes, 29.4 million pounds and 1,200 million yen; 2.675 million more.',
    'For the first time since 1990, the 19th century, a second time, the 10th-largest economy, 1st and 2nd, two 19th-century buildings.',
    // And what still goes to the model: fractions, plurals, hyphenated scales, a scale after punctuation.
    'A third of it, a tenth, one second later, 19 billions, 5.5 million-strong crowds, in 2019, billion-dollar deals.',
    // "One" read without the model, but after the words the model's filter looks for; "hundreds" and "thousands" with no number before them.
    'One of the towns, no one there, Air Force One, that one, the one, which one, this one and one in five; twenty one, twenty and four.',
    'Thousands of servers, hundreds of thousands of people, two thousands, a hundreds, 5 thousands and several million.',
    // Numbers joined to what they measure, decades, and hyphened ordinals; not when a number word follows the hyphen.
    'A 22-year-old, the 1,250-kilometer line, a six-month review, $16-something, first-hand, second-largest, the 1990s and mid-2000s.',
    'Thirty-one-year-old men, two-thirds, a 5-million bill, twenty-first, the first-quarter results, 3-D, a 2.5-mile walk, 10-k.',
  ])('%s', (sentence) => {
    const found = findNumbers(sentence).filter((number) => !number.glued);
    expect(found.map(({ start, end, value }) => ({ start, end, value }))).toEqual(modelReading(sentence));
  });

  it('on every sentence of the seed corpus', () => {
    for (const sentence of seedSentences) {
      const found = findNumbers(sentence)
        .filter((number) => !number.glued)
        .map(({ start, end, value }) => ({ start, end, value }));
      // The model reads a dash before a figure as a minus sign ("2021 - 2022"); the digits do not.
      const expected = modelReading(sentence).filter(
        (number) => !/^-\s/.test(sentence.slice(number.start, number.end)),
      );
      expect({ sentence, found }).toEqual({ sentence, found: expected });
    }
  });
});

describe('reading plain windows by hand gives what the model reads there', () => {
  const SPECS = new URL('../../../tests/fixtures/quantities/recognizers-text-specs-en/', import.meta.url).pathname;
  // The model reads a dash and a space before digits as a minus sign ("2021 - 2022"); the hand reading does not (either side may hold such a reading).
  const withoutDashSign = (spans: NumberSpan[]) =>
    spans.map((span) => {
      const dash = /^-\s+/.exec(span.text);
      return dash
        ? { ...span, start: span.start + dash[0].length, text: span.text.slice(dash[0].length), value: -span.value }
        : span;
    });

  it.runIf(hasSharedData('hand against model reading on every article of ../shared/data'))(
    'on every sentence of every article of ../shared/data and every input of the Recognizers-Text English specs',
    () => {
      const specInputs = readdirSync(SPECS)
        .filter((file) => file.endsWith('.json'))
        .flatMap((file) =>
          (JSON.parse(readFileSync(`${SPECS}${file}`, 'utf8').replace(/^\uFEFF/, '')) as { Input: string }[]).map(
            (spec) => spec.Input,
          ),
        );
      const texts = [...sharedArticleTexts(), ...specInputs];
      expect(specInputs.length).toBeGreaterThan(2000);
      const differing = texts.filter((text) => {
        const all = sentences(text);
        return (
          JSON.stringify(withoutDashSign(findNumbers(text, all))) !==
          JSON.stringify(withoutDashSign(findNumbers(text, all, false)))
        );
      });
      expect(differing).toEqual([]);
    },
    30_000,
  );
});

describe('numberHints finds the digits and number words a pattern over the model vocabulary finds', () => {
  // The pattern the hand scan replaced: each digit or fraction glyph, and each number word not touching another letter, in any case.
  const words = [
    ...EnglishNumeric.CardinalNumberMap.keys(),
    ...EnglishNumeric.OrdinalNumberMap.keys(),
    ...EnglishNumeric.RoundNumberMap.keys(),
  ]
    .filter((word) => word.length > 2)
    .concat(['half', 'quarter', 'quarters', 'nought', 'naught', 'zero', 'dozen', 'dozens'])
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`[\\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'giu');
  const byPattern = (text: string) => Array.from(text.matchAll(pattern), (match) => match.index);

  it.each([
    'Two HUNDRED and Forty-one, 3½ and ½; twentyfold, oneself, someone, one.',
    'Letters beyond the Basic Multilingual Plane: 𝐚one one𝐚 𝐚 one; the long s: ſix ſeven; accents: éone oneé.',
  ])('%s', (text) => {
    expect(numberHints(text)).toEqual(byPattern(text));
  });

  it.runIf(hasSharedData('number hints on the Ukraine news dev set'))(
    'on every article of the Ukraine news dev set',
    () => {
      const articles = readFileSync(
        new URL('../../../../shared/data/corpora/ukraine-news-dev.jsonl', import.meta.url),
        'utf8',
      )
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text);
      expect(articles.filter((text) => numberHints(text).join() !== byPattern(text).join())).toEqual([]);
    },
  );
});

// Found by the core's property test: "İ" is two code units lowercased, which shifted the model's
// offsets past the sentence ("İ 1e10" read "e10" at 3-7 in a text of 6).
describe('the model’s offsets are the written text’s', () => {
  it('after a letter that lowercases longer', () => {
    const text = 'İ 1e10 and İİ 25 and 30';
    expect(findNumbers(text).map(({ start, end, text: written }) => [start, end, written])).toEqual([
      [2, 6, '1e10'],
      [14, 16, '25'],
      [21, 23, '30'],
    ]);
  });
});

import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../../scripts/lib/corpus-folder';
import { sentences } from '../text';
import { findNumbers } from './number-spans';

const model = new NumberRecognizer(Culture.English).getNumberModel();
/** The model's own reading of a whole sentence, as findNumbers gave it before it cut sentences into windows and read plain digits itself. */
const modelReading = (sentence: string) =>
  model
    .parse(sentence)
    .map((result) => ({ start: result.start, end: result.end + 1, value: Number((result.resolution as { value?: string }).value) }))
    .filter((number) => Number.isFinite(number.value));

describe('findNumbers reads what the model reads, faster', () => {
  const seedSentences = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles.flatMap((article) => sentences(article.text).map((sentence) => sentence.text));

  it.each([
    'Russian forces control approximately 70% of Donetsk, home to 4,100,000 people in 2022.',
    'About two hundred and fifty-three thousand people fled; 1,250 returned.',
    'One in five voters, or 1 in 5, said 3 out of 4 was fair; 2000 over 3 is 666.7.',
    'The price rose from $14.4 to 15.2 (an increase of 5.6 %), after 1 000 trades.',
    // Cardinal words read without the model, and those it reads by their context.
    'Two people died and forty were hurt; that one was the worst, one in five said, and twenty two more fled.',
    'Seven of the nine towns, three over four, and the one that stood.',
  ])('%s', (sentence) => {
    const found = findNumbers(sentence).filter((number) => !number.glued);
    expect(found.map(({ start, end, value }) => ({ start, end, value }))).toEqual(modelReading(sentence));
  });

  it('on every sentence of the seed corpus', () => {
    for (const sentence of seedSentences) {
      const found = findNumbers(sentence).filter((number) => !number.glued).map(({ start, end, value }) => ({ start, end, value }));
      // The model reads a dash before a figure as a minus sign ("2021 - 2022"); the digits do not.
      const expected = modelReading(sentence).filter((number) => !/^-\s/.test(sentence.slice(number.start, number.end)));
      expect({ sentence, found }).toEqual({ sentence, found: expected });
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedArticleTexts, sharedPageSources } from '../../../tests/support/shared-texts';
import { MOST_NAME_CHARACTERS, namesBeforeVerbs, SAID_AFTER, sourcingProfile } from './sourcing';
import { hasSharedData } from '../../../tests/support/shared-data';

describe('sourcingProfile', () => {
  it('tells named, unnamed and cited sources apart', () => {
    const text = [
      '“We will fight,” Pavlo Yurchuk said on Monday.',
      'A Russian officer, speaking on condition of anonymity, described the losses.',
      'According to Reuters, the strike hit a school.',
      'Analysts said the front is stable, and analysts agree.',
      'The village was shelled, said Mr. Reeves, citing a leaked report.',
      'Russia said it had taken the town.',
    ].join(' ');
    const profile = sourcingProfile(text, new Set(['Russia']));
    expect(profile.named.map((item) => item.name)).toEqual(['Mr. Reeves', 'Pavlo Yurchuk']);
    expect(profile.anonymous.map((item) => item.phrase)).toEqual(['on condition of anonymity']);
    expect(profile.cited).toEqual(expect.arrayContaining(['Reuters', 'leaked report']));
  });

  it('cites a document written in lower case, not a word of a name', () => {
    const text =
      'According to the Institute for the Study of War, Russia advanced. The Post reported it. The report said so.';
    expect(sourcingProfile(text).cited).toEqual(['Institute for the Study of War', 'report']);
  });
});

describe('named sources are people and bodies, once each', () => {
  it('joins a title and a surname, and a lone first name, to the full name; drops adjectives', () => {
    const text = [
      'Senator Mark Warner said the vote was close.',
      '“We will win,” Mr. Warner said.',
      'According to a Russian military blogger, the town fell.',
      'According to Russian officials, nothing happened.',
      'Mark said it was true.',
      'According to Reuters, it did.',
    ].join(' ');
    expect(sourcingProfile(text).named).toEqual([{ name: 'Senator Mark Warner', count: 3 }]);
  });
});

describe('unnamed sources', () => {
  it.each([
    'He spoke ON CONDITION OF ANONYMITY.',
    'An aide, who Requested Anonymity, confirmed it.',
    'She declined to be named.',
    'One officer, speaking anonymously, agreed.',
    'He was not authorised to comment.',
    'Two Western sources said so.',
    'Sources told the paper.',
    'According to unnamed sources, it fell.',
    'People familiar with the talks agreed.',
    'One senior commander at the front told reporters.',
  ])('%s', (sentence) => {
    expect(sourcingProfile(`Intro. ${sentence} Outro.`).anonymous.map((item) => item.sentence)).toEqual([
      { start: 7, end: 7 + sentence.length },
    ]);
  });
});

describe('namesBeforeVerbs', () => {
  const byPattern = (text: string) =>
    Array.from(text.matchAll(SAID_AFTER), (match) => ({ index: match.index, name: match[1] }));

  it.runIf(hasSharedData('SAID_AFTER against the name scanner on ../shared/data'))(
    'finds what SAID_AFTER finds over the whole text, on every seed, every article of ../shared/data and every page source there',
    () => {
      const texts = [...sharedArticleTexts(), ...sharedPageSources()];
      expect(texts.length).toBeGreaterThan(500);
      expect(texts.reduce((count, text) => count + byPattern(text).length, 0)).toBeGreaterThan(1000);
      expect(
        texts
          .filter((text) => JSON.stringify(namesBeforeVerbs(text)) !== JSON.stringify(byPattern(text)))
          .map((text) => text.slice(0, 80)),
      ).toEqual([]);
    },
  );

  it('on any text made of names, titles, verbs and the marks between them', () => {
    const pieces = fc.constantFrom(
      'Smith',
      'Mr.',
      'Mr',
      'Dr',
      'Jo',
      'O’Neil',
      'Kleban-Byk',
      'Київ',
      'said',
      'says',
      'told',
      'saidx',
      'the',
      'x',
      ' ',
      '  ',
      '\n',
      ',',
      '.',
      '"',
      '-',
      '\u2009',
      '𝐀b',
    );
    // No longer than a name may run: past it, the pattern over the whole text takes a blob for a name.
    const texts = fc
      .array(pieces, { maxLength: 30 })
      .map((list) => list.join(''))
      .filter((text) => text.length <= MOST_NAME_CHARACTERS);
    fc.assert(
      fc.property(texts, (text) => {
        expect(namesBeforeVerbs(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes no word as long as a blob for a name, nor the end of one', () => {
    const blob = `Z${'x'.repeat(MOST_NAME_CHARACTERS)}`;
    expect(namesBeforeVerbs(`${blob} said it.`)).toEqual([]);
    expect(namesBeforeVerbs(`${blob}Smith said it.`)).toEqual([]);
    expect(namesBeforeVerbs(`${blob} Anna Smith said it.`)).toEqual([
      { index: MOST_NAME_CHARACTERS + 2, name: 'Anna Smith' },
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { HOSTILE_SHAPES, type HostileShape } from '../../tests/support/hostile-text';
import { analysePage, MAX_CHECKED_CHARACTERS } from './analyse-page';
import { annotate } from './annotate';
import { checkConsistency } from './check-consistency';
import { CorpusIndex } from './corpus-index';
import { IMPORT_LIMITS } from './import/validate-records';
import { PlaceFinder } from './places/find-places';
import { bestSnippet } from './snippet';
import { LONGEST_TOKEN } from './text';
import { MemoryTextStore } from './text-store';

// Page text is untrusted. Whatever it holds, up to as much as figures are read from, the sidebar's
// two answers come back: every pattern over it and every window into it is bounded, and no stage
// reads a token longer than a page keeps. How fast is the benchmark's to say (npm run bench).
const finder = new PlaceFinder(loadGazetteer());
const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
const index = CorpusIndex.build(seeds, finder);
const texts = new MemoryTextStore(seeds.articles);

const LONGEST_PAGE = MAX_CHECKED_CHARACTERS;
const length = fc.integer({ min: 1, max: LONGEST_PAGE });
const repeatedTo = (unit: string, characters: number) =>
  unit.repeat(Math.ceil(characters / unit.length)).slice(0, characters);

// A unit repeated into a run: punctuation, digits and commas, brackets and quotes, or anything at all.
const unit = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'.,;:!?-—…()[]{}<>"“”‘’\'0123456789 %$/°½\n'), minLength: 1, maxLength: 6 }),
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom(
    'said ',
    'Mr. ',
    'U.S. ',
    'one hundred and ',
    '1,',
    '1 in 5 ',
    'Kyiv, ',
    'May 5, 2022 ',
    'according to ',
    'Ab',
  ),
);
const run = fc.tuple(unit, length).map(([one, characters]) => repeatedTo(one, characters));
const hugeWord = fc
  .tuple(fc.constantFrom('A', 'x', 'Ab', '7', 'é', 'a-', "a'"), length)
  .map(([one, characters]) => `Kyiv ${repeatedTo(one, characters)} said.`);
const nesting = fc
  .tuple(
    fc.constantFrom(['(', ')'], ['[', ']'], ['"', '"'], ['“', '”'], ['‘', '’'], ['("', '")'], ['[“(', ')”]']),
    fc.integer({ min: 1, max: LONGEST_PAGE / 4 }),
  )
  .map(([[open, close], depth]) => `${open.repeat(depth)}Kyiv said 5${close.repeat(depth)}`);
const capitalizedWords = fc
  .integer({ min: 1000, max: 30_000 })
  .map((count) => Array.from({ length: count }, (_, n) => `Q${n.toString(36)}`).join(' '));
const saidAfterLongWords = fc
  .tuple(fc.integer({ min: 50, max: 100_000 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom('', '.', ',', '°'))
  .map(([wordLength, count, mark]) =>
    repeatedTo(`Z${'x'.repeat(wordLength)}${mark} said `, Math.min(LONGEST_PAGE, count * (wordLength + 8))),
  );
const shaped = fc
  .tuple(fc.constantFrom(...(Object.keys(HOSTILE_SHAPES) as HostileShape[])), length)
  .map(([shape, characters]) => HOSTILE_SHAPES[shape](characters));

const OPENING = 'Officials in Kyiv said 1,250 people left.';
const hostileText = (longest: number) =>
  fc
    .array(fc.oneof(run, hugeWord, nesting, capitalizedWords, saidAfterLongWords, shaped), {
      minLength: 1,
      maxLength: 3,
    })
    .map((parts) => `${OPENING} ${parts.join(' ')}`.slice(0, longest));
const hostilePage = hostileText(LONGEST_PAGE);

describe('the sidebar answers about any page', () => {
  it('annotates and checks figures of hostile pages up to the longest read, no stage seeing a token longer than a page keeps', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePage, async (text) => {
        const input = { text, title: text.slice(0, 300) };
        const analysis = analysePage(input, index, finder);
        for (const token of analysis.words) expect(token.end - token.start).toBeLessThanOrEqual(LONGEST_TOKEN);
        const annotation = await annotate(input, index, texts, finder, analysis);
        expect(annotation.article.length).toBe(analysis.text.length);
        // The ordinary sentence the page opens with is read as on any page.
        expect(
          annotation.places.find((place) => !place.inHeadline && place.start === OPENING.indexOf('Kyiv'))?.name,
        ).toBe('Kyiv');
        for (const place of annotation.places)
          expect((place.inHeadline ? analysis.headline : analysis.text).slice(place.start, place.end)).toBe(
            place.surface,
          );
        for (const item of annotation.related)
          for (const mark of item.snippet.marks) expect(mark.end).toBeLessThanOrEqual(item.snippet.text.length);
        const consistency = await checkConsistency(input, index, texts, finder, analysis);
        expect(consistency.checkedCharacters).toBeLessThanOrEqual(LONGEST_PAGE);
        for (const claim of consistency.claims) expect(analysis.text.slice(claim.start, claim.end)).toBe(claim.text);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  // A corpus article is not tidied: its runs are as long as the import lets its text be. It is
  // indexed, then read for the snippets of a page that shares its words and places.
  it('indexes hostile corpus articles up to the longest imported, and reads them for the snippets of a page', async () => {
    const page = { text: `${seeds.articles[3]!.text}\n\n${OPENING}`, title: 'Officials in Kyiv' };
    await fc.assert(
      fc.asyncProperty(hostileText(IMPORT_LIMITS.maxTextCharacters), async (text) => {
        const articles = [...seeds.articles, { id: 'hostile', text }];
        const withHostile = CorpusIndex.build({ name: 'hostile', articles }, finder);
        const store = new MemoryTextStore(articles);
        const analysis = analysePage(page, withHostile, finder);
        const annotation = await annotate(page, withHostile, store, finder, analysis);
        // Related coverage shows it only when it tells the page's story; its snippet is read here either way.
        const snippets = [
          bestSnippet(text, analysis.ranked.weights),
          ...annotation.related.map((item) => item.snippet),
        ];
        for (const snippet of snippets)
          for (const mark of snippet.marks) expect(mark.end).toBeLessThanOrEqual(snippet.text.length);
        for (const place of annotation.placeDetails) {
          for (const coverage of place.corpus)
            for (const mark of coverage.snippet.marks)
              expect(mark.end).toBeLessThanOrEqual(coverage.snippet.text.length);
        }
        const consistency = await checkConsistency(page, withHostile, store, finder);
        for (const note of consistency.notes)
          for (const evidence of note.evidence)
            for (const mark of evidence.marks) expect(mark.end).toBeLessThanOrEqual(evidence.quote.length);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { annotate } from './annotate';
import { compact, locateQuotes } from './anchoring/locate-quotes';
import { checkConsistency } from './check-consistency';
import { CorpusIndex } from './corpus-index';
import { PlaceFinder } from './places/find-places';
import { tidyText } from './text';
import { MemoryTextStore } from './text-store';

// Property-based checks of the core's entry points on arbitrary text: no exception escapes, and every
// offset they return lies inside the text it is about.
const finder = new PlaceFinder(loadGazetteer());
const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
const index = CorpusIndex.build(seeds, finder);
const texts = new MemoryTextStore(seeds.articles);

// Text that looks like news at times: real place names, names, punctuation and hostile characters among random strings.
const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'Kostiantynivka',
    'Kyiv',
    'U.S.',
    'Paris, Texas',
    "Ukraine's",
    'the Donetsk region',
    'Anna Koresh',
    'Ky.',
    'New York City',
    // Words the place rules read around a name: particles, hyphens, possessives, slashes.
    'de',
    'van',
    'Rio de Janeiro',
    'Cranny-Evans',
    'Su-25',
    'Amazon-owned',
    'Manhattan’s',
    'Kilcoyne/PA',
    'US/UK',
  ),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '\u202e',
    '\u200b',
    '\u0000',
    '\ud800',
    '. ',
    ', ',
    '\n\n',
    '’s',
    '—',
    '__proto__',
  ),
);
const newsLike = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(' '));

describe('properties of the core on arbitrary text', () => {
  it('finds places without throwing, each mention covering exactly its surface', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        for (const mention of finder.find(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.start).toBeLessThan(mention.end);
          expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('annotates without throwing, with place offsets inside the text and snippet marks inside their snippets', async () => {
    await fc.assert(
      fc.asyncProperty(newsLike, async (text) => {
        const annotation = await annotate({ text }, index, texts, finder);
        for (const place of annotation.places) expect(place.end).toBeLessThanOrEqual(annotation.article.length);
        for (const item of [...annotation.related, ...annotation.placeDetails.flatMap((place) => place.corpus)]) {
          for (const mark of item.snippet.marks) {
            expect(mark.start).toBeGreaterThanOrEqual(0);
            expect(mark.end).toBeLessThanOrEqual(item.snippet.text.length);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('checks figures without throwing: each claim is its own text, inside its sentence; each note marks its figure', async () => {
    const figures = fc.constantFrom(
      'approximately 70%',
      '$14.4 billion',
      'thirty-one',
      '1,250-kilometer (780-mile)',
      'between 5 and 10 km',
      'F-16',
      '2:30',
      'half a million',
      '½',
      '10k',
      '1e10',
      '- 1 4/5',
    );
    const withFigures = fc.array(fc.oneof(piece, figures), { maxLength: 30 }).map((pieces) => pieces.join(' '));
    await fc.assert(
      fc.asyncProperty(withFigures, async (text) => {
        const { claims, notes } = await checkConsistency({ text }, index, texts, finder);
        const tidy = tidyText(text);
        for (const claim of claims) {
          expect(tidy.slice(claim.start, claim.end)).toBe(claim.text);
          expect(claim.start).toBeGreaterThanOrEqual(claim.sentence.start);
          expect(claim.end).toBeLessThanOrEqual(claim.sentence.end);
          expect(Number.isFinite(claim.value)).toBe(true);
        }
        for (const note of notes) {
          expect(note.figureInSentence.start).toBeGreaterThanOrEqual(0);
          expect(note.figureInSentence.end).toBeLessThanOrEqual(note.sentence.length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('locates quotes only inside the page, and only where the quote is', () => {
    fc.assert(
      fc.property(newsLike, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 })), { maxLength: 10 }), (page, picks) => {
        const quotes = picks.map(([at, length]) => {
          const start = page.length ? at % page.length : 0;
          return {
            prefix: page.slice(Math.max(0, start - 8), start),
            exact: page.slice(start, start + length),
            suffix: page.slice(start + length, start + length + 8),
          };
        });
        const pageCompact = compact(page);
        locateQuotes(pageCompact, quotes).forEach((range, position) => {
          if (!range) return;
          expect(range.end).toBeLessThanOrEqual(pageCompact.length);
          expect(pageCompact.slice(range.start, range.end)).toBe(compact(quotes[position]!.exact));
        });
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { PlaceFinder } from './places/find-places';
import { annotate } from './annotate';
import { CorpusIndex, INDEX_VERSION } from './corpus-index';
import { MIN_COVERAGE, rankRelated } from './related';
import { SAME_STORY_COVERAGE_UNDATED } from './story-links';
import { MemoryTextStore } from './text-store';

const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
// The real path: the gazetteer finds each article's places, which ranking and the floor use.
const finder = new PlaceFinder(loadGazetteer());
const index = CorpusIndex.build(seeds, finder);
const texts = new MemoryTextStore(seeds.articles);
const relatedTo = async (text: string, corpusIndex = index) => annotate({ text }, corpusIndex, texts, finder);

describe('related coverage on the seed corpus', () => {
  it.each(seeds.articles.map((article) => [article.id, article] as const))(
    'recognizes seed %s as itself, ranks the other seeds, and shows only those on its story',
    async (id, article) => {
      const { related, sameArticle } = await relatedTo(article.text);
      expect(sameArticle?.id).toBe(id);
      // Ranked: the other seeds, on the same war, clear the relevance floor...
      const { hits } = rankRelated(index, {
        text: article.text,
        places: finder.find(article.text).map(({ placeId }) => ({ id: placeId, broad: false })),
      });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.article.id).not.toBe(id);
        expect(hit.coverage).toBeGreaterThanOrEqual(MIN_COVERAGE);
        expect(hit.matchedTerms.length).toBeGreaterThan(0);
      }
      // ...but only those that share a quarter of their key terms with it both ways are shown as its story.
      for (const item of related) {
        expect(item.id).not.toBe(id);
        expect(Math.min(item.coverage, item.reverseCoverage)).toBeGreaterThanOrEqual(SAME_STORY_COVERAGE_UNDATED);
        expect(item.snippet.marks.length).toBeGreaterThan(0);
      }
      const scores = related.map((item) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  it('ranks the other Donetsk-control story first for 002 (Fox’s home region)', () => {
    const page = seeds.articles.find((article) => article.id.startsWith('002'))!;
    const [first] = rankRelated(index, { text: page.text }).hits;
    expect(first?.article.id).toBe('000_9b88eb52003466db');
    expect(first?.matchedTerms).toEqual(expect.arrayContaining(['donetsk', 'putin']));
  });

  it('finds nothing related for a text on another subject', async () => {
    const text = `The city council approved a new budget for public libraries on Tuesday, adding reading rooms
      and evening hours. Librarians said the money would pay for children's programs and new computers,
      while the mayor praised volunteers who had kept branches open during the summer.`;
    expect((await relatedTo(text)).related).toEqual([]);
  });

  it('answers an empty or stopword-only page with nothing, not an error', async () => {
    for (const text of ['', 'the and of a to in']) {
      const { related, sameArticle } = await relatedTo(text);
      expect({ related, sameArticle }).toEqual({ related: [], sameArticle: null });
    }
  });

  it('shows untitled articles by their first sentence, marked as such', async () => {
    const page = seeds.articles.find((article) => article.id.startsWith('000'))!;
    const untitled = (await relatedTo(page.text)).related.find((item) => item.id.startsWith('002'));
    expect(untitled?.titleIsFallback).toBe(true);
    expect(untitled?.title).toBe(
      'From a bunker in eastern Ukraine, the 33-year-old soldier asks her comrade to fly a reconnaissance drone over her childhood home, hoping for a final glimpse before it becomes just another city pulverized by years of fighting.',
    );
  });
});

describe('ranking beyond text', () => {
  const story = (id: string, source: string, date: string, text: string) => ({ id, source, date, text });
  const wire =
    'Russian forces shelled Kupiansk overnight, and officials in Kharkiv region ordered the evacuation of 37 settlements near the front line as drones struck the town centre.';
  const corpus = {
    name: 'test',
    articles: [
      story('ap', 'AP', '2023-11-09', `${wire} Residents boarded buses to Kharkiv.`),
      story('copy', 'Kyiv Independent', '2023-11-09', `${wire} Residents boarded buses to Kharkiv city.`),
      story(
        'old',
        'BBC',
        '2022-09-10',
        'Ukrainian forces recaptured Kupiansk in Kharkiv region during a rapid counteroffensive, as Russian troops withdrew east across the Oskil river.',
      ),
      story(
        'new',
        'BBC',
        '2023-11-12',
        'Ukrainian forces in Kupiansk in Kharkiv region brace for a Russian offensive, as troops dig trenches east of the Oskil river.',
      ),
    ],
  };
  const small = CorpusIndex.build(corpus, finder);
  const smallTexts = new MemoryTextStore(corpus.articles);

  it('groups copies of one wire story as one result with its copies listed, and shows it as coverage of the same story', async () => {
    const page =
      'Officials ordered the evacuation of settlements near Kupiansk in Kharkiv region after Russian forces shelled the town and drones struck its centre.';
    const { related } = await annotate({ text: page, publishedTime: '2023-11-10' }, small, smallTexts, finder);
    const wireResult = related.find((item) => item.id === 'ap' || item.id === 'copy')!;
    expect(wireResult.copies.map((copy) => copy.id)).toEqual([wireResult.id === 'ap' ? 'copy' : 'ap']);
    expect(wireResult).toMatchObject({ daysApart: 1, date: '2023-11-09', source: expect.any(String) });
    expect(related.filter((item) => item.id === 'ap' || item.id === 'copy')).toHaveLength(1);
  });

  it('does not show the same story from months away: a week apart at most when both are dated', async () => {
    const page =
      'Officials ordered the evacuation of settlements near Kupiansk in Kharkiv region after Russian forces shelled the town and drones struck its centre.';
    const shownAt = async (publishedTime: string) =>
      (await annotate({ text: page, publishedTime }, small, smallTexts, finder)).related.map((item) => item.id);
    expect(await shownAt('2024-06-01')).toEqual([]);
    expect(await shownAt('2023-11-21')).toEqual([]);
    expect((await shownAt('2023-11-15')).length).toBeGreaterThan(0);
  });

  it('lists no dated article for an undated page, and says how many it left out for want of the date', async () => {
    const page =
      'Officials ordered the evacuation of settlements near Kupiansk in Kharkiv region after Russian forces shelled the town and drones struck its centre.';
    const dated = await annotate({ text: page, publishedTime: '2023-11-10' }, small, smallTexts, finder);
    expect(dated.related.length).toBeGreaterThan(0);
    expect(dated.relatedWithheldForDate).toBe(0);
    const undated = await annotate({ text: page, publishedTime: null }, small, smallTexts, finder);
    expect(undated.related).toEqual([]);
    expect(undated.relatedWithheldForDate).toBeGreaterThanOrEqual(dated.related.length);
    // An undated corpus (the bundled seeds) is still weighed by its terms alone.
    const seed = seeds.articles.find((article) => article.id.startsWith('000'))!;
    expect((await relatedTo(seed.text)).relatedWithheldForDate).toBe(0);
  });

  it('prefers, among equally related articles, the one dated closer to the page', () => {
    const page = 'Ukrainian forces and Russian troops around Kupiansk in Kharkiv region, east of the Oskil river.';
    const at = (publishedTime: string) =>
      rankRelated(small, { text: page, publishedTime })
        .hits.map((hit) => hit.article.id)
        .filter((id) => id === 'old' || id === 'new');
    expect(at('2023-11-13')).toEqual(['new', 'old']);
    expect(at('2022-09-11')).toEqual(['old', 'new']);
  });

  it('explains each result by the page terms it shares, weightiest first', () => {
    const { hits } = rankRelated(small, { text: 'Kupiansk evacuation: officials in Kharkiv region ordered it.' });
    expect(hits[0]?.matchedTerms).toEqual(expect.arrayContaining(['kupiansk', 'kharkiv', 'evacuation']));
  });
});

describe('CorpusIndex storage', () => {
  it('answers identically after a round trip through its binary file', async () => {
    const loaded = CorpusIndex.fromBytes(index.toBytes());
    for (const article of seeds.articles) {
      expect(await relatedTo(article.text, loaded)).toMatchObject({ related: (await relatedTo(article.text)).related });
    }
  });

  it('refuses an index of another format or version instead of misreading it', () => {
    expect(() => CorpusIndex.fromStored({ format: 'something-else' })).toThrow('not a Sidenote corpus index');
    expect(() => CorpusIndex.fromStored({ ...index.toStored(), version: INDEX_VERSION + 1 })).toThrow('rebuild it');
    expect(() => CorpusIndex.fromStored(null)).toThrow('not a Sidenote corpus index');
    expect(() => CorpusIndex.fromBytes(new TextEncoder().encode('{"format":"sidenote-index"}'))).toThrow(
      'not a Sidenote index file',
    );
  });
});

describe('places in the corpus index', () => {
  const withPlaces = index;

  it('knows which seeds mention a place under any of its spellings, and where first', () => {
    // 001 writes Konstantinovka, 002 Kostiantynivka: one town.
    const mentioning = withPlaces.places.articlesMentioning('705104');
    expect(mentioning.map(({ doc }) => withPlaces.articles[doc]!.id.slice(0, 3)).sort()).toEqual(['001', '002']);
    for (const { doc, first, count } of mentioning) {
      const text = seeds.articles[doc]!.text;
      expect(['Konstantinovka', 'Kostiantynivka']).toContain(text.slice(first.start, first.end));
      expect(count).toBeGreaterThan(0);
    }
    expect(withPlaces.places.documentFrequency('UA')).toBe(
      seeds.articles.filter((article) => /\bUkraine\b/.test(article.text)).length,
    );
  });

  it('lists the corpus articles mentioning each of the page’s places in the annotation, with the sentence that does', async () => {
    const page = seeds.articles.find((article) => article.id.startsWith('001'))!;
    const annotation = await annotate({ text: page.text }, withPlaces, texts, finder);
    const town = annotation.placeDetails.find((place) => place.id === '705104')!;
    expect(town).toMatchObject({
      name: 'Kostiantynivka',
      kind: 'town',
      countryName: 'Ukraine',
      region: 'Donetsk',
      variants: ['Konstantinovka'],
    });
    expect(town.corpus.map((item) => item.id)).toEqual(['002_b653690046f4697e']);
    const snippet = town.corpus[0]!.snippet;
    expect(snippet.marks.map((mark) => snippet.text.slice(mark.start, mark.end))).toEqual(['Kostiantynivka']);
    for (const mention of annotation.places) expect(page.text.slice(mention.start, mention.end)).toBe(mention.surface);
  });

  it('keeps its place postings through the binary file, and refuses damaged ones', () => {
    const loaded = CorpusIndex.fromBytes(withPlaces.toBytes());
    expect(loaded.places.articlesMentioning('705104')).toEqual(withPlaces.places.articlesMentioning('705104'));
    const stored = withPlaces.toStored();
    const damaged = { ...stored, places: { ...stored.places, postingDocs: stored.places.postingDocs.map(() => 99) } };
    expect(() => CorpusIndex.fromStored(damaged)).toThrow('damaged');
  });
});

describe('figures in the corpus index', () => {
  const percentAbout = (corpusIndex: CorpusIndex, placeId: string) =>
    corpusIndex.claims
      .candidates({ kind: 'percent', unit: '%', frame: { measure: 'territory' } }, [placeId])
      .map((id) => corpusIndex.claims.claimAt(id));

  it('keeps each seed’s figures about places, with where they sit and what they are about', () => {
    // 000 and 002 both put the share of the Donetsk region (UA.05) under Russian control at about 70%:
    // 000 of "Donetsk", the city named like its region, 002 of "the region".
    const donetsk = percentAbout(index, 'UA.05');
    expect(donetsk.map((claim) => index.articles[claim.doc]!.id.slice(0, 3)).sort()).toEqual(['000', '002']);
    for (const claim of donetsk) {
      const text = seeds.articles[claim.doc]!.text;
      expect(text.slice(claim.start, claim.end)).toMatch(/70%$/);
      expect(claim).toMatchObject({ kind: 'percent', value: 70, unit: '%', bound: 'about' });
      expect(claim.subject.terms).toContain('control');
      // What it measures: a share of the Donetsk region's territory, held.
      expect(claim.frame).toMatchObject({
        measure: 'territory',
        event: 'control',
        of: expect.arrayContaining(['UA.05']),
      });
      expect(claim.sentence.start).toBeLessThanOrEqual(claim.start);
    }
  });

  it('answers "the corpus claims about a subject" only with figures that measure the same thing', () => {
    expect(index.claims.candidates({ kind: 'money', unit: 'USD', frame: { measure: 'territory' } }, ['UA.05'])).toEqual(
      [],
    );
    expect(index.claims.candidates({ kind: 'percent', unit: '%', frame: { measure: 'wheat' } }, ['UA.05'])).toEqual([]);
    for (const id of index.claims.candidates({ kind: 'count', unit: 'people', frame: { measure: 'residents' } }, [
      'UA',
    ]))
      expect(index.claims.claimAt(id).frame?.measure).toBe('residents');
  });

  it('ranks an article that gives a figure on the page’s subject higher, and says so', async () => {
    const page = seeds.articles.find((article) => article.id.startsWith('000'))!;
    const { related } = await relatedTo(page.text);
    const ap = related.find((item) => item.id.startsWith('002'))!;
    expect(ap.sharedFigures).toEqual([{ text: 'approximately 70%', places: ['Donetsk', 'Luhansk'] }]);
    const others = related.filter((item) => item !== ap);
    expect(others.every((item) => item.sharedFigures.length === 0)).toBe(true);
    const without = rankRelated(index, { text: page.text }).hits.find((hit) => hit.article.id === ap.id)!;
    expect(ap.score).toBeGreaterThan(without.score);
  });

  it('keeps its figures through the binary file, and refuses damaged ones', () => {
    const loaded = CorpusIndex.fromBytes(index.toBytes());
    expect(percentAbout(loaded, 'UA.05')).toEqual(percentAbout(index, 'UA.05'));
    expect(loaded.claims.size).toBe(index.claims.size);
    const stored = index.toStored();
    const damaged = { ...stored, claims: { ...stored.claims, doc: stored.claims.doc.map(() => 99) } };
    expect(() => CorpusIndex.fromStored(damaged)).toThrow('damaged');
  });
});

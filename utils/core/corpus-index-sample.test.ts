import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { annotate } from './annotate';
import { CorpusIndex, readArticle, readWords, type CorpusStatistics } from './corpus-index';
import { PlaceFinder } from './places/find-places';
import { MemoryTextStore } from './text-store';
import { contentTerms, tidyText } from './text';
import type { CorpusArticle } from './types';

// An archive indexes only its candidates for a page, with the whole archive's counts: this holds the
// core to answering such a sample exactly as it answers the whole corpus.
const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
const finder = new PlaceFinder(loadGazetteer());
const paragraph = (subject: string) =>
  `${subject} The council met on Tuesday to discuss the budget for the coming year and the repairs to the old market hall. ` +
  'Residents asked about parking, the library opening hours and the new cycle lanes along the river.';
const offTopic: CorpusArticle[] = [
  { id: 'madrid', text: paragraph('Madrid has a new mayor.') },
  { id: 'lyon', text: paragraph('Lyon opened a bakery school.'), date: '2023-11-02' },
  { id: 'porto', text: paragraph('Porto repainted its trams.') },
];
const whole = { name: 'seeds and others', articles: [...offTopic, ...seeds.articles] };
const wholeIndex = CorpusIndex.build(whole, finder);
const texts = new MemoryTextStore(whole.articles);

function statisticsOf(index: CorpusIndex): CorpusStatistics {
  const lengths = index.bm25.toData().docLengths;
  return {
    articles: index.size,
    averageLength: lengths.reduce((sum, length) => sum + length, 0) / lengths.length,
    documentFrequency: (term) => index.bm25.documentFrequency(term),
    placeFrequency: (placeId) => index.places.documentFrequency(placeId),
  };
}

const withoutTimings = <T extends { timings: unknown }>({ timings: _timings, ...rest }: T) => rest;

describe('an index of a sample of a corpus, given the whole corpus’s counts', () => {
  const readings = new Map(whole.articles.map((article) => [article.id, readArticle(article, finder)]));
  const sample = CorpusIndex.build({ name: whole.name, articles: seeds.articles }, finder, {
    readings: (article) => readings.get(article.id)!,
    statistics: statisticsOf(wholeIndex),
  });

  it('counts the whole corpus’s articles, terms and places', () => {
    expect(sample.size).toBe(whole.articles.length);
    expect(sample.articles).toHaveLength(seeds.articles.length);
    expect(sample.bm25.documentFrequency('council')).toBe(3);
    expect(() => sample.toBytes()).toThrow('not stored');
  });

  it.each(seeds.articles.map((article) => [article.id, article] as const))(
    'annotates seed %s exactly as the whole corpus does, when it holds every article that ranks',
    async (id, article) => {
      const page = { text: article.text, title: article.title ?? null };
      const fromWhole = await annotate(page, wholeIndex, texts, finder);
      const fromSample = await annotate(page, sample, texts, finder);
      expect(fromWhole.sameArticle?.id).toBe(id);
      expect(fromWhole.placeDetails.length).toBeGreaterThan(0);
      expect(withoutTimings(fromSample)).toEqual(withoutTimings(fromWhole));
    },
  );

  it('ranks by the sample’s own counts without them, which is why an archive gives them', async () => {
    const local = CorpusIndex.build({ name: whole.name, articles: seeds.articles }, finder);
    const page = seeds.articles[2]!;
    const scores = async (index: CorpusIndex) =>
      (await annotate({ text: page.text }, index, texts, finder)).related.map((item) => item.score);
    expect(await scores(local)).not.toEqual(await scores(wholeIndex));
    expect(await scores(sample)).toEqual(await scores(wholeIndex));
  });
});

describe('an index given each article’s words as read before', () => {
  const readings = new Map(whole.articles.map((article) => [article.id, readArticle(article, finder)]));
  // Titled articles too: their title's terms count with the text's.
  const titled = whole.articles.map((article) => ({ ...article, title: article.title ?? `About ${article.id}` }));
  const fromTexts = CorpusIndex.build({ name: whole.name, articles: titled }, finder);
  const words = new Map(titled.map((article) => [article.id, readWords(article)]));

  it('is the index read from the texts, term counts, lengths, leads and signatures alike', () => {
    const fromWords = CorpusIndex.build({ name: whole.name, articles: titled }, undefined, {
      readings: (article) => readings.get(article.id)!,
      words: (article) => words.get(article.id),
    });
    expect(fromWords.toStored()).toEqual(fromTexts.toStored());
  });

  it.each(seeds.articles.map((article) => [article.id, article] as const))(
    'annotates seed %s as from the texts when given only the counts of the page’s own terms, and the corpus’s counts',
    async (_id, article) => {
      const page = { text: article.text, title: article.title ?? null };
      const pageTerms = new Set([...contentTerms(page.title ?? ''), ...contentTerms(tidyText(page.text))]);
      const fromPageTerms = CorpusIndex.build({ name: whole.name, articles: titled }, undefined, {
        readings: (one) => readings.get(one.id)!,
        words: (one) => {
          const read = words.get(one.id)!;
          return { ...read, counts: new Map([...read.counts].filter(([term]) => pageTerms.has(term))) };
        },
        statistics: statisticsOf(fromTexts),
      });
      const titledTexts = new MemoryTextStore(titled);
      const fromWhole = await annotate(page, fromTexts, titledTexts, finder);
      expect(fromWhole.related.length + (fromWhole.sameArticle ? 1 : 0)).toBeGreaterThan(0);
      expect(withoutTimings(await annotate(page, fromPageTerms, titledTexts, finder))).toEqual(
        withoutTimings(fromWhole),
      );
    },
  );

  it('reads the text of the articles whose words it was not given', () => {
    const fromSome = CorpusIndex.build({ name: whole.name, articles: titled }, undefined, {
      readings: (article) => readings.get(article.id)!,
      words: (article, position) => (position % 2 ? words.get(article.id) : undefined),
    });
    expect(fromSome.toStored()).toEqual(fromTexts.toStored());
  });
});

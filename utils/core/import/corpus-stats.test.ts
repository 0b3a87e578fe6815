import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../../scripts/lib/corpus-folder';
import { loadGazetteer } from '../../../scripts/lib/gazetteer-file';
import { CorpusIndex } from '../corpus-index';
import { PlaceFinder } from '../places/find-places';
import { corpusStats, countFigures } from './corpus-stats';

describe('corpus statistics', () => {
  const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
  const gazetteer = loadGazetteer();

  it('counts articles, dates, sources, untitled articles and the most mentioned places', () => {
    const stats = corpusStats(CorpusIndex.build(seeds, new PlaceFinder(gazetteer)), gazetteer);
    expect(stats).toMatchObject({
      articles: 5,
      firstDate: '2023-11-09',
      lastDate: '2023-11-09',
      sources: [{ name: 'The Associated Press', articles: 1 }],
    });
    // Four seeds name Ukraine; 001 speaks only of "the eastern Ukrainian region" and its towns.
    expect(stats.topPlaces[0]).toMatchObject({ name: 'Ukraine', articles: 4 });
    expect(stats.untitled).toBe(seeds.articles.filter((article) => !article.title).length);
  });

  it('counts the figures the consistency check reads, by kind, leaving out dates and bare numbers', () => {
    const figures = countFigures([{ text: 'About 70% of Donetsk; 30 troops; 8 kilometers; in 2014; one of them.' }]);
    expect(figures).toEqual({ total: 3, byKind: { percent: 1, count: 1, distance: 1 } });
  });
});

import { describe, expect, it } from 'vitest';
import { relatedEvaluation, SEED_SUBJECTS } from './lib/related-eval';

// Issue 3's quality check, on real data written by others: the Ukraine news dev set plus the seeds.
const evaluation = relatedEvaluation();

describe('related coverage on real data', () => {
  it.each(evaluation.seeds.map((seed) => [seed.id, seed] as const))('seed %s is led by articles that share its places and subject', async (id, seed) => {
    const { related } = await evaluation.annotateText({ text: seed.text, title: seed.title ?? null });
    expect(related.length).toBeGreaterThan(0);
    for (const item of related.slice(0, 2)) {
      expect(item.sharedPlaces.length).toBeGreaterThan(0);
      expect(evaluation.textOf.get(item.id)).toMatch(SEED_SUBJECTS[id]!);
    }
  });

  // Pages on subjects the corpus does not cover: technology, a football club, a Seattle story, a tech column.
  const pages = new Map(evaluation.realPages().map(({ name, article }) => [name, article]));
  it.each(['ars-1', 'cnet', 'herald-sun-1', 'nytimes-3', 'seattletimes-1', 'cnn'])('the unrelated real page %s gets no related coverage', async (name) => {
    const article = pages.get(name);
    expect(article).toBeDefined();
    expect((await evaluation.annotateText(article!)).related).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { news2019Pages, otherSubjectPages, relatedEvaluation, warPagesEvaluation } from './lib/related-eval';
import { hasSharedData } from '../tests/support/shared-data';

// Related coverage on real data written by others (docs/judging-related.md): the Ukraine news dev set,
// mozilla/readability's test pages on other subjects.
const withData = hasSharedData('the related-coverage targets');
const evaluation = withData ? relatedEvaluation() : null!;

describe.runIf(withData)('related coverage on real data', () => {
  const others = withData ? otherSubjectPages() : [];

  it('reads the pages on other subjects: the shared pages and the vendored ones, in both halves', () => {
    expect(others.filter((page) => page.half === 'tune').length).toBeGreaterThan(30);
    expect(others.filter((page) => page.half === 'test').length).toBeGreaterThan(15);
  });

  // Technology, a football club, a Seattle story, a tech column, and vendored pages on health, software and fiction.
  it.each([
    'ars-1',
    'cnet',
    'herald-sun-1',
    'nytimes-3',
    'seattletimes-1',
    'cnn',
    'webmd-1',
    'v8-blog',
    'royal-road',
    'nytimes-4',
    'citylab-1',
  ])('the page on another subject %s gets no related coverage from a corpus of war news', async (name) => {
    const page = others.find((one) => one.name === name);
    expect(page).toBeDefined();
    expect((await evaluation.annotateText(page!.article)).related).toEqual([]);
  });

  // Most of these pages give no date, and an undated page gets no dated coverage: each is also
  // dated as the corpus article it ranks first, the worst case the time window allows.
  it('at most one page in fifty on another subject gets related coverage, news of 2019 included, even dated as its best match', async () => {
    const pages = [...others, ...news2019Pages()];
    let given = 0;
    let givenDated = 0;
    for (const { article } of pages) {
      if ((await evaluation.annotateText(article)).related.length) given++;
      if ((await evaluation.annotateDatedAsBestMatch(article)).related.length) givenDated++;
    }
    expect(given / pages.length).toBeLessThanOrEqual(0.02);
    expect(givenDated / pages.length).toBeLessThanOrEqual(0.02);
  });

  it('every related article shown for a war page is judged: the figures eval:related reports stay whole', async () => {
    const unjudged = (await warPagesEvaluation()).flatMap((page) =>
      page.top.filter((item) => !item.judgement).map((item) => `${page.page} → ${item.id}`),
    );
    expect(unjudged).toEqual([]);
    // Every war page of every collection against its corpus: a minute or more on a busy machine.
  }, 300_000);
});

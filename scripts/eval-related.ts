/**
 * npm run eval:related [-- --errors] [--unjudged FILE]: related coverage measured on real data
 * written by others (lib/related-eval.ts, docs/judging-related.md).
 *   - war pages (the notes split's tuning and test pages against its corpus half): the share of the
 *     top three related articles judged to be on the page's story;
 *   - pages on other subjects (../shared/data/pages and tests/fixtures/other-subjects, by half, and
 *     tests/fixtures/news-2019, by its halves): how many get any related coverage from a corpus of war news;
 *   - the seeds: are their top three about the seed's places?
 * Prints tables; the last line is JSON. --errors lists the tuning halves' misses only.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDated } from '../utils/core/story-links';
import {
  news2019Pages,
  otherSubjectPages,
  relatedEvaluation,
  SEED_SUBJECTS,
  TUNING_HALVES,
  WAR_HALVES,
  warPagesEvaluation,
} from './lib/related-eval';

const { values } = parseArgs({
  options: { errors: { type: 'boolean', default: false }, unjudged: { type: 'string' } },
});
const ratio = (part: number, whole: number) => (whole ? +(part / whole).toFixed(3) : null);
const summary: Record<string, unknown> = { eval: 'related' };

const war = await warPagesEvaluation();
console.log(
  'war pages | pages | with related | top-3 shown | same story | other story | unjudged | precision (judged)',
);
for (const half of WAR_HALVES) {
  const pages = war.filter((page) => page.half === half);
  const shown = pages.flatMap((page) => page.top);
  const same = shown.filter((item) => item.judgement?.same && !item.judgement.copy).length;
  const unjudged = shown.filter((item) => !item.judgement).length;
  const other = shown.length - same - unjudged;
  const withRelated = pages.filter((page) => page.top.length > 0).length;
  console.log(
    `${half} | ${pages.length} | ${withRelated} | ${shown.length} | ${same} | ${other} | ${unjudged} | ${ratio(same, same + other) ?? '-'}`,
  );
  summary[`war.${half}`] = {
    pages: pages.length,
    pagesWithRelated: withRelated,
    shown: shown.length,
    sameStory: same,
    otherStory: other,
    unjudged,
    precisionAt3: ratio(same, same + other),
  };
}

const evaluation = relatedEvaluation();
// News of 2019 on other subjects, by its own halves.
const others = [
  ...otherSubjectPages(),
  ...news2019Pages().map((page) => ({ ...page, half: `news-2019 ${page.half}` as const })),
];
console.log(
  '\nother subjects | pages | undated | given related coverage | given it, the undated ones dated as their best match | told articles were left out for want of a date',
);
const given: { name: string; half: string; first: string }[] = [];
for (const half of ['tune', 'test', 'news-2019 tune', 'news-2019 test'] as const) {
  const pages = others.filter((page) => page.half === half);
  let count = 0;
  let worstCase = 0;
  let toldWithheld = 0;
  for (const { name, article } of pages) {
    const { related, relatedWithheldForDate } = await evaluation.annotateText(article);
    if ((relatedWithheldForDate ?? 0) > 0) toldWithheld++;
    if ((await evaluation.annotateDatedAsBestMatch(article)).related.length > 0) worstCase++;
    if (related.length === 0) continue;
    count++;
    given.push({
      name,
      half,
      first: `${related[0]!.id} (places: ${related[0]!.sharedPlaces.map((place) => place.name).join(', ')}; terms: ${related[0]!.matchedTerms.slice(0, 5).join(', ')})`,
    });
  }
  const undated = pages.filter(({ article }) => !isDated(article.publishedTime)).length;
  const share = (part: number) => `${part} (${((part / pages.length) * 100).toFixed(1)}%)`;
  console.log(
    `${half} | ${pages.length} | ${undated} | ${share(count)} | ${share(worstCase)} | ${share(toldWithheld)}`,
  );
  summary[`other.${half}`] = {
    pages: pages.length,
    undated,
    givenRelated: count,
    share: ratio(count, pages.length),
    givenRelatedDatedAsBestMatch: worstCase,
    shareDatedAsBestMatch: ratio(worstCase, pages.length),
    toldWithheldForDate: toldWithheld,
  };
}

let onSubject = 0;
let seedShown = 0;
for (const seed of evaluation.seeds) {
  const top = (await evaluation.annotateText({ text: seed.text, title: seed.title ?? null })).related.slice(0, 3);
  onSubject += top.filter((item) => SEED_SUBJECTS[seed.id]!.test(evaluation.textOf.get(item.id) ?? '')).length;
  seedShown += top.length;
}
console.log(`\nseeds: top-3 about the seed's places ${onSubject}/${seedShown}`);
summary.seedTop3Precision = ratio(onSubject, seedShown);

if (values.errors) {
  for (const page of war.filter((one) => TUNING_HALVES.includes(one.half))) {
    for (const item of page.top.filter((one) => !one.judgement?.same || one.judgement.copy))
      console.log(`[${page.half}] ${page.page} → ${item.id}: ${item.judgement ? 'other story' : 'unjudged'}`);
  }
  for (const page of given.filter((one) => one.half === 'tune' || one.half === 'news-2019 tune'))
    console.log(`[${page.half}] other subject ${page.name} → ${page.first}`);
}
if (values.unjudged) {
  const lines = war.flatMap((page) =>
    page.top
      .filter((item) => !item.judgement)
      .map((item) => JSON.stringify({ half: page.half, page: page.page, article: item.id })),
  );
  // A pair the pool shows may be shown by another half too: each once.
  const once = [...new Map(lines.map((line) => [line.replace(/^\{"half":"[^"]*",/, '{'), line])).values()];
  writeFileSync(values.unjudged, once.length ? `${once.join('\n')}\n` : '');
  console.log(`${once.length} unjudged pairs written to ${values.unjudged}`);
}
console.log(JSON.stringify(summary));

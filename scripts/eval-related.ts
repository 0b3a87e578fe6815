/**
 * npm run eval:related: related coverage measured on real data written by others (see
 * lib/related-eval.ts). Queries: each seed (are its top three related articles about its
 * places?) and every real page of ../shared/data/pages (none about the war: how many get related
 * coverage anyway?). Prints a table; the last line is JSON.
 */
import { relatedEvaluation, SEED_SUBJECTS } from './lib/related-eval';

const evaluation = relatedEvaluation();
let onSubject = 0;
let shown = 0;
console.log('seed | related | top 3 about its places');
for (const seed of evaluation.seeds) {
  const { related } = await evaluation.annotateText({ text: seed.text, title: seed.title ?? null });
  const top = related.slice(0, 3);
  const hits = top.filter((item) => SEED_SUBJECTS[seed.id]!.test(evaluation.textOf.get(item.id) ?? '')).length;
  onSubject += hits;
  shown += top.length;
  console.log(`${seed.id} | ${related.length} | ${hits}/${top.length}`);
}

let pagesWithRelated = 0;
let pages = 0;
console.log('\nunrelated real page | related shown (shared places and terms of the first)');
for (const { name, article } of evaluation.realPages()) {
  const { related } = await evaluation.annotateText(article);
  pages++;
  if (related.length) pagesWithRelated++;
  const first = related[0];
  console.log(`${name} | ${related.length}${first ? ` (places: ${first.sharedPlaces.map((place) => place.name).join(', ')}; terms: ${first.matchedTerms.slice(0, 5).join(', ')})` : ''}`);
}

const precisionAt3 = shown ? onSubject / shown : 0;
console.log(`\nseed top-3 precision (about the seed's places): ${(precisionAt3 * 100).toFixed(0)}% (${onSubject}/${shown})`);
console.log(`unrelated real pages given related coverage: ${pagesWithRelated}/${pages}`);
console.log(
  JSON.stringify({
    eval: 'related',
    corpus: evaluation.indexName,
    articles: evaluation.indexSize,
    seedTop3Precision: +precisionAt3.toFixed(3),
    unrelatedPagesWithRelated: pagesWithRelated,
    unrelatedPages: pages,
  }),
);

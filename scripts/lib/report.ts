import type { Annotation } from '../../utils/core/types';

/** The CLI's human-readable report: what the sidebar shows, as text. */
export function formatReport({ article, related, sameArticle, corpus, placeDetails, timings }: Annotation): string {
  const lines = [
    article.title ?? '(untitled article)',
    [article.byline && `by ${article.byline}`, article.siteName, `${article.words} words`].filter(Boolean).join(' · '),
    '',
    `Related coverage in the ${corpus.name} (${corpus.articles} articles):`,
  ];
  if (sameArticle) lines.push(`  (this article is itself in the corpus as ${sameArticle.id})`);
  if (related.length === 0) lines.push('  none: no article in the corpus covers this subject');
  related.forEach((item, position) => {
    const meta = [item.source ?? 'source unknown', item.date, `score ${item.score.toFixed(1)}`, `${Math.round(item.coverage * 100)}% of key terms`];
    lines.push(
      `  ${position + 1}. ${item.titleIsFallback ? `[first sentence] ${item.title}` : item.title}`,
      `     ${meta.filter(Boolean).join(' · ')}`,
      ...(item.sharedPlaces.length ? [`     shared places: ${item.sharedPlaces.map((place) => place.name).join(', ')}`] : []),
      `     shared terms: ${item.matchedTerms.slice(0, 8).join(', ')}`,
      `     “${item.snippet.text.replace(/\s+/g, ' ')}”`,
    );
  });
  lines.push('', `Places (${placeDetails.length}):`);
  if (placeDetails.length === 0) lines.push('  none found');
  for (const place of placeDetails) {
    const where = [place.kind, place.region, place.countryName !== place.name ? place.countryName : null].filter(Boolean).join(', ');
    const spelled = place.variants.some((variant) => variant !== place.name) ? `, written ${place.variants.join(' / ')}` : '';
    lines.push(`  ${place.name} (${where}) ×${place.mentions}${spelled}; in ${place.corpusArticles} corpus articles`);
  }
  const stages = Object.entries(timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`);
  lines.push('', `Timings: ${stages.join(', ')}`);
  return lines.join('\n');
}

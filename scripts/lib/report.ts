import type { Annotation } from '../../utils/core/types';

/** The CLI's human-readable report: what the sidebar shows, as text. */
export function formatReport({ article, related, sameArticle, corpus, timings }: Annotation): string {
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
      `     shared terms: ${item.matchedTerms.slice(0, 8).join(', ')}`,
      `     “${item.snippet.text.replace(/\s+/g, ' ')}”`,
    );
  });
  const stages = Object.entries(timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`);
  lines.push('', `Timings: ${stages.join(', ')}`);
  return lines.join('\n');
}

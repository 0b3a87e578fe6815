import type { Annotation, Consistency, Verdict } from '../../utils/core/results';

const VERDICT_HEADINGS: [Verdict, string][] = [
  ['differs', 'Differs'],
  ['agrees', 'Agrees'],
  ['only-here', 'Only here'],
];

function consistencyLines({ claims, notes, sourcing }: Consistency): string[] {
  const lines = ['', `Figures (${claims.length} found, ${notes.length} notes):`];
  for (const [verdict, heading] of VERDICT_HEADINGS) {
    const group = notes.filter((note) => note.verdict === verdict);
    if (group.length === 0) continue;
    lines.push(`  ${heading}:`);
    for (const note of group) {
      lines.push(`    “${note.claim.text}” (${note.check}) ${note.message}`);
      for (const item of note.evidence)
        lines.push(
          `      ${item.agrees ? '=' : '≠'} ${[item.title, item.date].filter(Boolean).join(', ')}: “${item.quote.replace(/\s+/g, ' ')}”`,
        );
    }
  }
  lines.push('  Sourcing:');
  lines.push(
    `    named: ${sourcing.named.map(({ name, count }) => (count > 1 ? `${name} ×${count}` : name)).join(', ') || 'none'}`,
  );
  lines.push(`    unnamed: ${sourcing.anonymous.map(({ phrase }) => `“${phrase}”`).join(', ') || 'none'}`);
  lines.push(`    cited: ${sourcing.cited.join(', ') || 'none'}`);
  return lines;
}

/** The CLI's human-readable report: what the sidebar shows, as text. */
export function formatReport(
  { article, related, relatedWithheldForDate = 0, sameArticle, corpus, placeDetails, timings }: Annotation,
  consistency?: Consistency,
): string {
  const lines = [
    article.title ?? '(untitled article)',
    [article.byline && `by ${article.byline}`, article.siteName, `${article.words} words`].filter(Boolean).join(' · '),
    '',
    `Related coverage in the ${corpus.name} (${corpus.articles} articles):`,
  ];
  if (sameArticle) lines.push(`  (this article is itself in the corpus as ${sameArticle.id})`);
  if (relatedWithheldForDate > 0)
    lines.push(
      `  (this page gives no date: ${relatedWithheldForDate} dated article${relatedWithheldForDate === 1 ? '' : 's'} sharing much of its key terms not listed, since without its date a report of this story cannot be told from one on its subject at another time)`,
    );
  else if (related.length === 0) lines.push('  none: no article in the corpus covers this story');
  related.forEach((item, position) => {
    const apart = item.daysApart === null ? [] : [`${item.daysApart} days apart`];
    const meta = [
      item.source ?? 'source unknown',
      item.date,
      `score ${item.score.toFixed(1)}`,
      `same story: ${Math.round(item.coverage * 100)}% of this page's key terms, ${Math.round(item.reverseCoverage * 100)}% of its own`,
      ...apart,
    ];
    lines.push(
      `  ${position + 1}. ${item.titleIsFallback ? `[first sentence] ${item.title}` : item.title}`,
      `     ${meta.filter(Boolean).join(' · ')}`,
      ...(item.sharedPlaces.length
        ? [`     shared places: ${item.sharedPlaces.map((place) => place.name).join(', ')}`]
        : []),
      `     shared terms: ${item.matchedTerms.slice(0, 8).join(', ')}`,
      `     “${item.snippet.text.replace(/\s+/g, ' ')}”`,
    );
  });
  lines.push('', `Places (${placeDetails.length}):`);
  if (placeDetails.length === 0) lines.push('  none found');
  for (const place of placeDetails) {
    const where = [place.kind, place.region, place.countryName !== place.name ? place.countryName : null]
      .filter(Boolean)
      .join(', ');
    const spelled = place.variants.some((variant) => variant !== place.name)
      ? `, written ${place.variants.join(' / ')}`
      : '';
    lines.push(`  ${place.name} (${where}) ×${place.mentions}${spelled}; in ${place.corpusArticles} corpus articles`);
  }
  if (consistency) lines.push(...consistencyLines(consistency));
  const stages = Object.entries(timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`);
  lines.push('', `Timings: ${stages.join(', ')}`);
  return lines.join('\n');
}

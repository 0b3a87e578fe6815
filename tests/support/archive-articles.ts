import type { CorpusArticle } from '../../utils/core/types';

const PLACES = ['Kharkiv', 'Odesa', 'Lviv', 'Dnipro', 'Kherson', 'Sumy', 'Poltava', 'Zaporizhzhia'];

/**
 * Made-up news articles for the archive's tests: each distinct, long enough for the importer, about
 * a Ukrainian city with a figure or two, dated across 2024's months (every seventh undated).
 */
export function madeUpArticles(count: number, first = 0): CorpusArticle[] {
  return Array.from({ length: count }, (_, offset) => {
    const n = first + offset;
    const place = PLACES[n % PLACES.length]!;
    const text = [
      `Officials in ${place} said on Tuesday that ${200 + n} homes were repaired after the winter storms, in report ${n}.`,
      `The city council of ${place} approved about ${10 + (n % 50)}% of the budget for schools and hospitals.`,
      'Volunteers brought food, water and generators to villages near the river, and engineers restored power lines.',
    ].join(' ');
    const article: CorpusArticle = { id: `made-up-${n}`, text, title: `${place} repairs ${200 + n} homes` };
    if (n % 7 !== 6)
      article.date = `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
    return article;
  });
}

export const asJsonLines = (articles: readonly object[]) =>
  articles.map((article) => JSON.stringify(article)).join('\n') + '\n';

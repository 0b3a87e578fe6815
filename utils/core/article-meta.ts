/** What the corpus index keeps of each article besides its text and figures, and how an article is named when it is listed. */
import type { RelatedCopy } from './results';

export interface ArticleMeta {
  id: string;
  title?: string;
  source?: string;
  url?: string;
  date?: string;
  byline?: string;
  /** First sentence: the stand-in title of untitled articles and the snippet of last resort. */
  lead: string;
}

/** An article as a list shows it: its title, or its first sentence when it has none. */
export function listed(article: ArticleMeta): RelatedCopy {
  return {
    id: article.id,
    ...titleOf(article),
    source: article.source ?? null,
    date: article.date ?? null,
    url: article.url ?? null,
  };
}

export function titleOf(article: ArticleMeta): { title: string; titleIsFallback: boolean } {
  return article.title
    ? { title: article.title, titleIsFallback: false }
    : { title: article.lead, titleIsFallback: true };
}

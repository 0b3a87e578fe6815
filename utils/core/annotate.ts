import { analysePage, type PageAnalysis } from './analyse-page';
import { now, since } from './clock';
import type { CorpusIndex } from './corpus-index';
import { describePlaces, mentionInfo } from './describe-places';
import type { PlaceFinder } from './places/find-places';
import { titleOf } from './article-meta';
import { explainRelated, type RankedRelated } from './related';
import {
  daysApart,
  isSameStory,
  mayBeSameStory,
  reverseCoverage,
  withheldForPageDate,
  type StoryLink,
} from './story-links';
import { contentTerms } from './text';
import type { TextStore } from './text-store';
import type { ArticleInput } from './types';
import type { Annotation } from './results';

/** Related articles shown at most. */
export const RELATED_SHOWN = 8;

/**
 * The ranked articles that cover the page's story (story-links.ts), best first, each with why.
 * What the ranking already knows (the page's terms each holds, its date) rules most out before
 * any article's text is read.
 */
async function sameStory(
  ranked: RankedRelated,
  texts: TextStore,
  analysis: PageAnalysis,
  publishedTime: string | null,
  index: CorpusIndex,
) {
  const candidates = ranked.hits.filter((hit) => mayBeSameStory(hit.coverage, publishedTime, hit.article.date));
  const read = await texts.get(candidates.map((hit) => hit.article.id));
  // Weighed as the ranking weighed them: without the page's own copy when the corpus holds it.
  const own = ranked.sameArticle ? index.position(ranked.sameArticle.id) : -1;
  const pageTerms = new Set(contentTerms(analysis.text, analysis.words));
  const ownTerms = own >= 0 ? index.bm25.documentTerms(own, [...pageTerms]) : new Set<string>();
  const frequency = (term: string) => index.bm25.documentFrequency(term) - (ownTerms.has(term) ? 1 : 0);
  const size = own >= 0 ? index.size - 1 : index.size;
  const links = new Map<string, StoryLink>();
  const hits = candidates.filter((hit) => {
    const text = read.get(hit.article.id);
    if (text === undefined) return false;
    const link = {
      coverage: hit.coverage,
      reverseCoverage: reverseCoverage(text, pageTerms, frequency, size),
      days: daysApart(publishedTime, hit.article.date),
    };
    links.set(hit.article.id, link);
    return isSameStory(link);
  });
  return {
    ranked: { ...ranked, hits: hits.slice(0, RELATED_SHOWN), links },
    texts: read,
    withheld: withheldForPageDate(ranked.hits, publishedTime),
  };
}

/**
 * Everything Sidenote says about an extracted article, computed against one corpus index. Without
 * a place finder (no gazetteer loaded) the article's places are simply not looked for.
 */
export async function annotate(
  input: ArticleInput,
  index: CorpusIndex,
  texts: TextStore,
  finder?: PlaceFinder,
  analysis: PageAnalysis = analysePage(input, index, finder),
): Promise<Annotation> {
  const started = now();
  const { text, mentions, ranked } = analysis;
  const article = {
    title: input.title?.trim() || null,
    // Pages write "By Jane Doe"; the sidebar labels the field itself.
    byline: input.byline?.trim().replace(/^by\s+/i, '') || null,
    siteName: input.siteName?.trim() || null,
    length: text.length,
    words: analysis.words.length,
  };
  const snippetsStarted = now();
  const placeName = (id: string) => finder?.gazetteer.get(id)?.name;
  const story = await sameStory(ranked, texts, analysis, input.publishedTime ?? null, index);
  const related = explainRelated(story.ranked, story.texts, placeName);
  const snippetTime = since(snippetsStarted);
  const sameArticle = ranked.sameArticle ? { id: ranked.sameArticle.id, ...titleOf(ranked.sameArticle) } : null;
  const describeStarted = now();
  const { headline, headlineMentions } = analysis;
  const placeDetails = finder
    ? await describePlaces([...headlineMentions, ...mentions], finder.gazetteer, index, texts, sameArticle?.id ?? null)
    : [];
  const summaries = new Map(placeDetails.map((place) => [place.id, place]));
  return {
    article,
    related,
    relatedWithheldForDate: story.withheld,
    sameArticle,
    corpus: { name: index.name, articles: index.size },
    places: [
      ...headlineMentions.flatMap((mention) => {
        const place = summaries.get(mention.placeId);
        return place ? [{ ...mentionInfo(headline, mention, place), inHeadline: true as const }] : [];
      }),
      ...mentions.flatMap((mention) => {
        const place = summaries.get(mention.placeId);
        return place ? [mentionInfo(text, mention, place)] : [];
      }),
    ],
    placeDetails,
    timings: {
      ...analysis.timings,
      snippets: snippetTime,
      placeDetails: since(describeStarted),
      total: Object.values(analysis.timings).reduce((sum, time) => sum + time, 0) + since(started),
    },
  };
}

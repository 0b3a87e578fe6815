import { analysePage, type PageAnalysis } from './analyse-page';
import { now, since } from './clock';
import type { CorpusIndex } from './corpus-index';
import { describePlaces, mentionInfo } from './places/describe-places';
import type { PlaceFinder } from './places/find-places';
import { explainRelated, titleOf } from './related';
import type { TextStore } from './text-store';
import type { Annotation, ArticleInput } from './types';


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
  const related = explainRelated(ranked, await texts.get(ranked.hits.map((hit) => hit.article.id)), placeName);
  const snippetTime = since(snippetsStarted);
  const sameArticle = ranked.sameArticle ? { id: ranked.sameArticle.id, ...titleOf(ranked.sameArticle) } : null;
  const describeStarted = now();
  const placeDetails = finder ? await describePlaces(mentions, finder.gazetteer, index, texts, sameArticle?.id ?? null) : [];
  const summaries = new Map(placeDetails.map((place) => [place.id, place]));
  return {
    article,
    related,
    sameArticle,
    corpus: { name: index.name, articles: index.size },
    places: mentions.flatMap((mention) => {
      const place = summaries.get(mention.placeId);
      return place ? [mentionInfo(text, mention, place)] : [];
    }),
    placeDetails,
    timings: { ...analysis.timings, snippets: snippetTime, placeDetails: since(describeStarted), total: Object.values(analysis.timings).reduce((sum, time) => sum + time, 0) + since(started) },
  };
}

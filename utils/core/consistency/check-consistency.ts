/**
 * Everything Sidenote says of an article's figures: its claims, checked against the corpus
 * articles most related to it, against the gazetteer and against the page itself, plus who it
 * quotes. The corpus side reads figures only from the related articles, when asked, and keeps them
 * in a cache the caller owns, so a large corpus costs nothing until a page needs it.
 */
import { extractClaims } from '../claims/extract-claims';
import { BROAD_PLACE_KINDS, now, since } from '../clock';
import type { PlaceInText } from '../claims/claim-subjects';
import type { CorpusIndex } from '../corpus-index';
import type { PlaceFinder } from '../places/find-places';
import { rankRelated, titleOf } from '../related';
import { tidyText } from '../text';
import type { TextStore } from '../text-store';
import type { ArticleInput, Claim, Consistency, ConsistencyNote } from '../types';
import { corpusNotes } from './corpus-notes';
import { geographyNotes } from './geography-notes';
import { internalNotes } from './internal-notes';
import type { ArticleClaims } from './note-parts';
import { sourcingProfile } from './sourcing';

/** Corpus articles whose figures are compared with the page's. */
const EVIDENCE_ARTICLES = 12;
/**
 * Figures are read from this much of an article: a long report's first 300,000 characters (some
 * fifty pages). A 5 MB page would otherwise keep the worker busy for seconds to check figures no
 * reader scrolls to; the sidebar says when the check stopped short.
 */
export const MAX_CHECKED_CHARACTERS = 300_000;


/** Corpus figures by article id; a Map works, the background bounds it. */
export interface ClaimsCache {
  get(id: string): Claim[] | undefined;
  set(id: string, claims: Claim[]): unknown;
}

function placesIn(text: string, finder: PlaceFinder | undefined): PlaceInText[] {
  if (!finder) return [];
  return finder.find(text).flatMap((mention) => {
    const place = finder.gazetteer.get(mention.placeId);
    if (!place) return [];
    const region = place.regionId ? finder.gazetteer.get(place.regionId) : undefined;
    return [{ start: mention.start, end: mention.end, id: place.id, name: place.name, kind: place.kind, region: region ? { id: region.id, name: region.name } : null }];
  });
}

const order = (a: ConsistencyNote, b: ConsistencyNote) => a.claim.start - b.claim.start;

export async function checkConsistency(
  input: ArticleInput,
  index: CorpusIndex,
  texts: TextStore,
  finder?: PlaceFinder,
  cache: ClaimsCache = new Map(),
): Promise<Consistency> {
  const started = now();
  const fullText = tidyText(input.text);
  const text = fullText.length > MAX_CHECKED_CHARACTERS ? fullText.slice(0, MAX_CHECKED_CHARACTERS) : fullText;
  const published = input.publishedTime ?? null;
  const places = placesIn(text, finder);
  const claims = extractClaims(text, { places, published });
  const claimsTime = since(started);

  const corpusStarted = now();
  const ranked = rankRelated(index, {
    text,
    title: input.title ?? null,
    publishedTime: published,
    places: places.map((place) => ({ id: place.id, broad: BROAD_PLACE_KINDS.has(place.kind) })),
    limit: EVIDENCE_ARTICLES,
  });
  const articles = ranked.hits.flatMap((hit) => [hit.article, ...hit.copies]).filter((article) => article.id !== ranked.sameArticle?.id);
  const articleTexts = await texts.get(articles.map((article) => article.id));
  const corpus: ArticleClaims[] = articles.flatMap((article) => {
    const articleText = articleTexts.get(article.id);
    if (articleText === undefined) return [];
    let articleClaims = cache.get(article.id);
    if (!articleClaims) {
      articleClaims = extractClaims(articleText, { places: placesIn(articleText, finder), published: article.date ?? null });
      cache.set(article.id, articleClaims);
    }
    return [{ id: article.id, title: titleOf(article).title, source: article.source ?? null, date: article.date ?? null, text: articleText, claims: articleClaims }];
  });
  // "1,250-kilometer (780-mile)": the bracketed conversion is checked against its figure, not the corpus.
  const conversions = new Set(claims.filter((claim, at) => at > 0 && /^\s*[([]\s*$/.test(text.slice(claims[at - 1]!.end, claim.start))));
  const fromCorpus = corpusNotes(text, claims.filter((claim) => !conversions.has(claim)), corpus);
  const corpusTime = since(corpusStarted);

  const notes = [...fromCorpus, ...(finder ? geographyNotes(text, claims, places, finder.gazetteer) : []), ...internalNotes(text, claims, published)].sort(order);
  return {
    checkedCharacters: text.length,
    articleCharacters: fullText.length,
    claims,
    notes,
    sourcing: sourcingProfile(text, new Set(places.map((place) => text.slice(place.start, place.end)))),
    timings: { claims: claimsTime, corpus: corpusTime, total: since(started) },
  };
}

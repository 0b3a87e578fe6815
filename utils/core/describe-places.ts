/** Turns an article's place mentions into what the reader sees: each place, its spellings and its coverage in the corpus. */
import type { CorpusIndex } from './corpus-index';
import { listed } from './article-meta';
import { snippetAround } from './snippet';
import type { TextStore } from './text-store';
import type { PlaceInArticle, PlaceMentionInfo, PlaceSummary } from './results';
import type { PlaceMention } from './places/find-places';
import type { Gazetteer, Place } from './places/gazetteer';

const CONTEXT = 32;
/** Corpus articles listed per place: the hover card has room for a few. */
const CORPUS_ARTICLES_PER_PLACE = 3;

export function summarizePlace(place: Place, gazetteer: Gazetteer): PlaceSummary {
  const country = gazetteer.country(place.country);
  const region = gazetteer.region(place);
  return {
    id: place.id,
    name: place.name,
    kind: place.kind,
    country: place.country || null,
    countryName: country && country.id !== place.id ? country.name : place.kind === 'country' ? place.name : null,
    region: region && region.id !== place.id ? region.name : null,
    lat: place.lat,
    lon: place.lon,
    population: place.population > 0 ? place.population : null,
  };
}

export function mentionInfo(
  text: string,
  { surface, start, end }: PlaceMention,
  place: PlaceSummary,
): PlaceMentionInfo {
  const { id, name, kind, country, lat, lon } = place;
  return {
    surface,
    start,
    end,
    id,
    name,
    kind,
    country,
    lat,
    lon,
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** The article's places, most mentioned first, each with the corpus articles that mention it. */
export async function describePlaces(
  mentions: readonly PlaceMention[],
  gazetteer: Gazetteer,
  index: CorpusIndex,
  texts: TextStore,
  exclude: string | null,
): Promise<PlaceInArticle[]> {
  const grouped = new Map<string, PlaceMention[]>();
  for (const mention of mentions) {
    const list = grouped.get(mention.placeId);
    if (list) list.push(mention);
    else grouped.set(mention.placeId, [mention]);
  }
  const excluded = exclude === null ? -1 : index.position(exclude);
  const dateOf = (doc: number) => index.articles[doc]!.date ?? '';
  const places = [...grouped].flatMap(([id, list]) => {
    const place = gazetteer.get(id);
    if (!place) return [];
    const total = index.places.documentFrequency(id) - (excluded >= 0 && index.places.mentions(id, excluded) ? 1 : 0);
    return [
      { place, list, total, coverage: index.places.topArticles(id, CORPUS_ARTICLES_PER_PLACE, dateOf, excluded) },
    ];
  });
  places.sort((a, b) => b.list.length - a.list.length || a.list[0]!.start - b.list[0]!.start);

  const shown = places.flatMap(({ coverage }) => coverage.map(({ doc }) => index.articles[doc]!.id));
  const corpusTexts = await texts.get([...new Set(shown)]);
  return places.map(({ place, list, total, coverage }) => ({
    ...summarizePlace(place, gazetteer),
    variants: [...new Set(list.map((mention) => mention.surface))],
    mentions: list.length,
    corpusArticles: total,
    corpus: coverage.map(({ doc, count, first }) => {
      const article = index.articles[doc]!;
      const text = corpusTexts.get(article.id);
      return {
        ...listed(article),
        mentions: count,
        snippet: text
          ? snippetAround(text, first)
          : { text: article.lead, marks: [], truncatedStart: false, truncatedEnd: false },
      };
    }),
  }));
}

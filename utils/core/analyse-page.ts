/**
 * The work both answers about a page share: its places, its figures about places, the corpus
 * figures paired with them, and its related coverage ranked with shared places and shared figures.
 * The sidebar's two answers (the annotation, then the figures check) each take it, so a caller
 * that keeps it between them does it once. The figures of the other sentences matter only to the
 * figures check, which reads them (allClaims) after the sidebar shows.
 */
import { placesInText, type PlaceInText } from './claims/claim-subjects';
import { extractClaims, mergeClaims } from './claims/extract-claims';
import { BROAD_PLACE_KINDS, now, since } from './clock';
import { pairFigures, sharedFiguresByArticle, type Pairing } from './consistency/pair-figures';
import type { CorpusIndex } from './corpus-index';
import type { PlaceFinder, PlaceMention } from './places/find-places';
import { rankRelated, type RankedRelated } from './related';
import { sentences, tidyText, words, type Sentence, type Token } from './text';
import type { ArticleInput, Claim } from './types';

/**
 * Figures are read from this much of an article: a long report's first 300,000 characters (some
 * fifty pages). A 5 MB page would otherwise keep the worker busy for seconds to check figures no
 * reader scrolls to; the sidebar says when the check stopped short.
 */
export const MAX_CHECKED_CHARACTERS = 300_000;

/** Related articles ranked for the story check, of which at most RELATED_SHOWN are shown. */
export const RELATED_CANDIDATES = 16;

/**
 * What a page says, whatever the corpus: its text, words, places and figures about places. An
 * archive reads it first, to know which of its articles to fetch, then analyses it against them.
 */
export interface PageReading {
  /** The article's text, tidied: what every offset refers to. */
  text: string;
  /** Its words: read once, for its key terms, its names and its length. */
  words: Token[];
  /** How much of it figures were read from. */
  checkedCharacters: number;
  /** The sentences of those characters: split once, read by the figures and by the sourcing profile. */
  checkedSentences: Sentence[];
  mentions: PlaceMention[];
  /** The headline's own place mentions, offsets in the headline (`headline`), when the text does not repeat it. */
  headlineMentions: PlaceMention[];
  headline: string;
  /** The mentions within the checked characters, with what claim subjects need of each place. */
  places: PlaceInText[];
  /**
   * The figures of the sentences that name a place or point back to one: every figure about a
   * place, all that pairing and ranking look at. allClaims gives every figure.
   */
  claims: Claim[];
  published: string | null;
  timings: { places: number; claims: number };
}

export interface PageAnalysis extends PageReading {
  /** The figures of the other sentences, once allClaims has read them. */
  otherClaims?: Claim[];
  /** Per page figure, the corpus figures paired with it (the page's own copy in the corpus left out). */
  pairings: Map<Claim, Pairing[]>;
  ranked: RankedRelated;
  timings: { places: number; claims: number; pairing: number; related: number };
}

export function readPage(input: ArticleInput, finder?: PlaceFinder): PageReading {
  const text = tidyText(input.text);
  const published = input.publishedTime ?? null;
  let started = now();
  const headline = tidyText(input.title ?? '').trim();
  const { mentions, headlineMentions } = finder
    ? findPlaces(finder, headline, text)
    : { mentions: [], headlineMentions: [] };
  const placesTime = since(started);

  started = now();
  const checkedCharacters = Math.min(text.length, MAX_CHECKED_CHARACTERS);
  const places = finder
    ? placesInText(
        mentions.filter((mention) => mention.end <= checkedCharacters),
        finder.gazetteer,
      )
    : [];
  const checked = text.slice(0, checkedCharacters);
  const checkedSentences = sentences(checked);
  const claims = extractClaims(checked, { places, published, sentences: checkedSentences, reading: 'about-places' });
  return {
    text,
    words: words(text),
    checkedCharacters,
    checkedSentences,
    mentions,
    headlineMentions,
    headline,
    places,
    claims,
    published,
    timings: { places: placesTime, claims: since(started) },
  };
}

/** The page against the corpus: its figures paired with the corpus's, and its related coverage ranked. */
export function analysePage(
  input: ArticleInput,
  index: CorpusIndex,
  finder?: PlaceFinder,
  page: PageReading = readPage(input, finder),
): PageAnalysis {
  const { text, words: pageWords, claims, published, headlineMentions, mentions } = page;
  let started = now();
  const allPairings = pairFigures(claims, index.claims);
  const pairingTime = since(started);

  started = now();
  const ranked = rankRelated(index, {
    text,
    words: pageWords,
    title: input.title?.trim() || null,
    publishedTime: published,
    places: [...headlineMentions, ...mentions].map(({ placeId }) => ({
      id: placeId,
      broad: BROAD_PLACE_KINDS.has(finder?.gazetteer.get(placeId)?.kind ?? 'country'),
    })),
    sharedFigures: sharedFiguresByArticle(allPairings),
    // More than are shown: the annotation keeps only those that cover the page's story (story-links.ts).
    limit: RELATED_CANDIDATES,
  });
  const relatedTime = since(started);

  const own = ranked.sameArticle ? index.position(ranked.sameArticle.id) : -1;
  const pairings = new Map<Claim, Pairing[]>();
  for (const [claim, list] of allPairings) {
    const others = list.filter((pairing) => pairing.claim.doc !== own);
    if (others.length) pairings.set(claim, others);
  }
  return {
    ...page,
    pairings,
    ranked,
    timings: { ...page.timings, pairing: pairingTime, related: relatedTime },
  };
}

/**
 * The places of the headline and of the text, read as one article so each is context for the other
 * ("Kupyansk" in a headline over a story on the Kharkiv region). A headline the text repeats is read
 * once, in the text.
 */
function findPlaces(
  finder: PlaceFinder,
  headline: string,
  text: string,
): { mentions: PlaceMention[]; headlineMentions: PlaceMention[] } {
  if (!headline || text.startsWith(headline)) return { mentions: finder.find(text), headlineMentions: [] };
  const offset = headline.length + HEADLINE_BREAK.length;
  const found = finder.find(headline + HEADLINE_BREAK + text);
  return {
    headlineMentions: found.filter((mention) => mention.end <= headline.length),
    mentions: found
      .filter((mention) => mention.start >= offset)
      .map((mention) => ({ ...mention, start: mention.start - offset, end: mention.end - offset })),
  };
}
const HEADLINE_BREAK = '\n\n';

/** Every figure of the page, in text order: the analysis's figures about places and, read once, the rest. */
export function allClaims(analysis: PageAnalysis): Claim[] {
  if (!analysis.otherClaims) {
    const started = now();
    const checked = analysis.text.slice(0, analysis.checkedCharacters);
    analysis.otherClaims = extractClaims(checked, {
      places: analysis.places,
      published: analysis.published,
      sentences: analysis.checkedSentences,
      reading: 'rest',
    });
    analysis.timings.claims += since(started);
  }
  return mergeClaims(analysis.claims, analysis.otherClaims);
}

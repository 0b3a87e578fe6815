/**
 * Everything Sidenote says of an article's figures: its claims, checked against the corpus's
 * figures about the same places (from the corpus index), against the gazetteer and against the
 * page itself, plus who it quotes.
 */
import { allClaims, analysePage, type PageAnalysis } from './analyse-page';
import { isCheckable } from './claims/claim-table';
import { now, since } from './clock';
import type { CorpusIndex } from './corpus-index';
import type { PlaceFinder } from './places/find-places';
import type { TextStore } from './text-store';
import type { ArticleInput } from './types';
import type { Consistency, ConsistencyNote } from './results';
import { corpusNotes, evidenceArticles } from './consistency/corpus-notes';
import { geographyNotes } from './consistency/geography-notes';
import { internalNotes } from './consistency/internal-notes';
import { bracketedFigures } from './consistency/unit-conversion';
import { sourcingProfile } from './consistency/sourcing';

const order = (a: ConsistencyNote, b: ConsistencyNote) => a.claim.start - b.claim.start;

export async function checkConsistency(
  input: ArticleInput,
  index: CorpusIndex,
  texts: TextStore,
  finder?: PlaceFinder,
  analysis: PageAnalysis = analysePage(input, index, finder),
): Promise<Consistency> {
  const claims = allClaims(analysis);
  const started = now();
  const { text: fullText, places, pairings } = analysis;
  const text = fullText.slice(0, analysis.checkedCharacters);
  const published = input.publishedTime ?? null;

  // "1,250-kilometer (780-mile)": the bracketed conversion is checked against its figure, not the corpus.
  const conversionOf = bracketedFigures(text, claims);
  const conversions = new Set(conversionOf.values());
  const checked = claims.filter((claim) => isCheckable(claim) && !conversions.has(claim));
  const quoted = evidenceArticles(pairings).map((doc) => index.articles[doc]!.id);
  const quotedTexts = await texts.get(quoted);
  const fromCorpus = corpusNotes(
    text,
    checked,
    pairings,
    {
      article: (doc) => index.articles[doc]!,
      text: (id) => quotedTexts.get(id),
      countryName: (code) => finder?.gazetteer.country(code)?.name,
    },
    conversionOf,
  );
  const corpusTime = since(started);

  const notes = [
    ...fromCorpus,
    ...(finder ? geographyNotes(text, claims, places, finder.gazetteer) : []),
    ...internalNotes(text, claims, published),
  ].sort(order);
  return {
    checkedCharacters: text.length,
    articleCharacters: fullText.length,
    claims,
    notes,
    sourcing: sourcingProfile(
      text,
      new Set(places.map((place) => text.slice(place.start, place.end))),
      analysis.checkedSentences,
    ),
    timings: {
      claims: analysis.timings.claims,
      corpus: analysis.timings.pairing + corpusTime,
      total: analysis.timings.claims + analysis.timings.pairing + since(started),
    },
  };
}

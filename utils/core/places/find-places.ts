/**
 * Finds the places an article mentions and decides which place each mention is.
 *
 * A name the gazetteer knows is only a candidate: "Anna", "Fox" and "Churchill" are towns too. Each
 * candidate is resolved to the place that fits its cues and the article's other places best (then
 * the most populous), in passes, so that what one pass keeps is context for the next. Whether a
 * mention is a place at all is the rules' verdict where they are right by construction
 * (place-rules.ts) and the learned tagger's elsewhere (place-tagger.ts), one mention at a time.
 */

import type { TextRange } from '../types';
import { findNameCandidates, type NameCandidate } from './candidates';
import type { Gazetteer, Place, PlaceCandidate } from './gazetteer';
import { NEAR_MISS_THRESHOLD, NearMissIndex } from './near-miss';
import { contains, countryCount, isNear, regionCount, SETTLEMENT_KINDS, tally, type Context } from './place-context';
import {
  CITY_AFTER,
  CITY_BEFORE,
  DISTRICT_AFTER,
  isAccepted,
  isRuledOut,
  isStrong,
  mayBeMisspelledPlace,
  mentionFacts,
  namesInArticle,
  REGION_AFTER,
  rulesVerdict,
  STATE_OFFICE_AFTER,
  usableOptions,
  type ArticleReading,
} from './place-rules';
import { mentionFeatures, taggerScore, type TaggerWeights } from './place-tagger';
import { TAGGER_WEIGHTS } from './tagger-weights';

export interface PlaceMention extends TextRange {
  surface: string;
  placeId: string;
}

// A region whose namesake city holds a quarter of its people is named far less often than the city (Kharkiv, Moscow).
const CITY_REGION_SHARE = 0.25;
const CITY_REGION_PENALTY = 1;
// Scores weigh population (log10) against cues; a cue is worth about a factor of 10-100,000 in people.
const MAIN_NAME_BONUS = 1;
// A name the curated supplement gives a place is what news means by it: "Washington" is the capital before the state.
const CURATED_BONUS = 1.5;
const KIND_CUE_BONUS = 5;
const COMMA_PAIR_BONUS = 5;
const SAME_COUNTRY_BONUS = 2;
const SAME_REGION_BONUS = 1;
const NEARBY_BONUS = 2;
// Passes of context: what one pass keeps can support more names on the next.
const MAX_CONTEXT_PASSES = 3;

/** People for scoring: places that have none (continents, seas) still outrank a village of the same name. */
function weight(place: Place): number {
  switch (place.kind) {
    case 'continent':
      return 1e9;
    case 'area':
    case 'sea':
    case 'river':
      return 1e7;
    default:
      return Math.max(place.population, 1000);
  }
}

/** A name beside another: across a comma (it may pair or list), or across "and" / "or" (it only lists). */
interface Neighbour {
  place: Place;
  listedOnly: boolean;
}

interface Neighbours {
  before?: Neighbour;
  after?: Neighbour;
}

/**
 * What the names beside a name say of a reading. Beside a first-level region, a name that may be a
 * first-level region of the same country is one more of a list ("Ohio, Oregon, Virginia,
 * Washington and Wyoming" names states, not Oregon, Ohio). Otherwise a pairing ("Paris, Texas"):
 * the name before the comma lies in the one after it, so "Paris" gains from a "Texas" after it and
 * "Texas" from a "Paris" before it.
 */
function neighbourBonus(place: Place, options: PlaceCandidate[], { before, after }: Neighbours): number {
  if (listsRegions(before, options) || listsRegions(after, options)) {
    return place.kind === 'region' && (inSameList(before, place) || inSameList(after, place)) ? KIND_CUE_BONUS : 0;
  }
  const pairedBefore = pairs(before) && (before.place.id === place.id || contains(place, before.place));
  const pairedAfter = pairs(after) && (after.place.id === place.id || contains(after.place, place));
  return pairedBefore || pairedAfter ? COMMA_PAIR_BONUS : 0;
}

// The helpers of neighbourBonus live outside it: it runs for every option of every name in every
// pass, and closures made on each call cost more than the checks themselves.
function listsRegions(neighbour: Neighbour | undefined, options: PlaceCandidate[]): boolean {
  if (neighbour?.place.kind !== 'region') return false;
  const { country } = neighbour.place;
  return options.some((other) => other.place.kind === 'region' && other.place.country === country);
}

function inSameList(neighbour: Neighbour | undefined, place: Place): boolean {
  return neighbour?.place.kind === 'region' && neighbour.place.country === place.country;
}

function pairs(neighbour: Neighbour | undefined): neighbour is Neighbour {
  return neighbour !== undefined && !neighbour.listedOnly;
}

// "and" / "or" between two names, with or without a comma: the last joint of a list.
const LIST_END = /^,?\s+(?:and|or)\s+$/;
const MAX_JOINT_CHARACTERS = 6;

function score(candidate: NameCandidate, option: PlaceCandidate, context: Context | null): number {
  const { place } = option;
  let total =
    Math.log10(weight(place)) + (option.mainName ? MAIN_NAME_BONUS : 0) + (option.curated ? CURATED_BONUS : 0);
  // The kind first: a cue's pattern is tried only for the kinds it speaks for (this runs for every option in every pass).
  if (
    place.kind === 'region' &&
    (REGION_AFTER.test(candidate.textAfter) || STATE_OFFICE_AFTER.test(candidate.textAfter))
  )
    total += KIND_CUE_BONUS;
  if (place.kind === 'district' && DISTRICT_AFTER.test(candidate.textAfter)) total += KIND_CUE_BONUS;
  if (
    SETTLEMENT_KINDS.has(place.kind) &&
    (CITY_BEFORE.test(candidate.textBefore) || CITY_AFTER.test(candidate.textAfter))
  ) {
    total += KIND_CUE_BONUS;
  }
  if (context) {
    const sameCountry = countryCount(context, candidate, place.country);
    if (place.country && sameCountry > 0) total += SAME_COUNTRY_BONUS;
    // Settlements and counties: a region would otherwise score for its own capital ("Moscow" the city
    // lies in "Moscow" the region). A county lies in its state as a town does ("Plymouth County" in Iowa).
    if (SETTLEMENT_KINDS.has(place.kind) || place.kind === 'district') {
      if (regionCount(context, candidate, place.regionId) > 0) total += SAME_REGION_BONUS;
      // Not near its own other reading: "Artemivsk" read as Bakhmut makes no case for the village of that name.
      if (
        context.settlements.some(
          (other) => other.key !== candidate.key && other.place.id !== place.id && isNear(other.place, place),
        )
      ) {
        total += NEARBY_BONUS;
      }
    }
  }
  return total;
}

const INITIALS = /^(?:[A-Z]\.){2,3}$/;
const ERA_BEFORE = /(\d|\bcentur(?:y|ies)|\bmillenni(?:um|a))\s*$/;

function resolveOne(
  candidate: NameCandidate,
  options: PlaceCandidate[],
  neighbours: Neighbours,
  context: Context | null,
): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined;
  let bestScore = -Infinity;
  for (const option of options) {
    // Dotted state abbreviations ("Ky.", "Miss.") only name a region right after "City, ".
    // ("Ohio." ending a sentence is Ohio: only an abbreviation, not the region's own name, needs the comma.)
    // Initials ("B.C.", "N.J.") are no title or word, so they stand alone, unless they date a year ("500 B.C.").
    if (
      candidate.dotted &&
      (option.curated || !option.mainName) &&
      option.place.kind === 'region' &&
      !candidate.afterComma &&
      !(INITIALS.test(candidate.surface) && !ERA_BEFORE.test(candidate.textBefore))
    )
      continue;
    const { place } = option;
    const namesakeCity =
      place.kind === 'region' &&
      options.some(
        (other) =>
          other.mainName &&
          SETTLEMENT_KINDS.has(other.place.kind) &&
          other.place.regionId === place.id &&
          other.place.population >= CITY_REGION_SHARE * place.population,
      );
    const neighbourScore =
      score(candidate, option, context) +
      neighbourBonus(place, options, neighbours) -
      (namesakeCity ? CITY_REGION_PENALTY : 0);
    if (neighbourScore > bestScore) {
      bestScore = neighbourScore;
      best = option;
    }
  }
  return best;
}

/** A mention the tagger weighed, with its features: what `npm run train:places` learns from. */
export type FeatureSink = (mention: TextRange, features: string[]) => void;

/** Finds and resolves place mentions with one gazetteer; builds its near-miss index on first need. */
export class PlaceFinder {
  private nearMisses: NearMissIndex | undefined;

  constructor(
    readonly gazetteer: Gazetteer,
    private readonly nearMissThreshold = NEAR_MISS_THRESHOLD,
    /** The tagger's weights; without any, the rules alone decide (how the tagger is trained). */
    private readonly tagger: TaggerWeights = TAGGER_WEIGHTS,
  ) {}

  find(text: string, sink?: FeatureSink): PlaceMention[] {
    return findPlacesWith(
      text,
      this.gazetteer,
      (key) => this.nearMiss(key),
      Object.keys(this.tagger).length ? this.tagger : null,
      sink,
    );
  }

  private nearMiss(key: string): string | undefined {
    this.nearMisses ??= new NearMissIndex(this.gazetteer.prominentKeys(), this.nearMissThreshold);
    return this.nearMisses.closest(key);
  }
}

function findPlacesWith(
  text: string,
  gazetteer: Gazetteer,
  nearMiss: (key: string) => string | undefined,
  tagger: TaggerWeights | null,
  sink?: FeatureSink,
): PlaceMention[] {
  const { candidates, surnames, lowercaseWords } = findNameCandidates(text, gazetteer);
  const optionsOf = new Map<NameCandidate, PlaceCandidate[]>();
  const misspelled = new Set<NameCandidate>();
  for (const candidate of candidates) {
    if (isRuledOut(candidate, lowercaseWords)) continue;
    let key: string | undefined = candidate.key;
    if (!candidate.known) {
      key = mayBeMisspelledPlace(candidate, surnames, lowercaseWords) ? nearMiss(candidate.key) : undefined;
      if (!key) continue;
      misspelled.add(candidate);
    }
    const options = usableOptions(candidate, gazetteer.withKey(key));
    if (options.length > 0) optionsOf.set(candidate, options);
  }
  const kept = [...optionsOf.keys()];

  // Which names stand beside which is the same in every pass: read once. (A joint is read only
  // when short: a list's joints are a few characters.)
  const listEnd = (first: NameCandidate | undefined, second: NameCandidate | undefined) =>
    first !== undefined &&
    second !== undefined &&
    second.start - first.end <= MAX_JOINT_CHARACTERS &&
    LIST_END.test(text.slice(first.end, second.start));
  type Joint = { name: NameCandidate; listedOnly: boolean } | undefined;
  const joints = kept.map((candidate, position): { before: Joint; after: Joint } => {
    const prior = kept[position - 1];
    const next = kept[position + 1];
    const before: Joint = candidate.afterComma
      ? { name: candidate.afterComma, listedOnly: false }
      : listEnd(prior, candidate)
        ? { name: prior!, listedOnly: true }
        : undefined;
    const after: Joint =
      next && next.afterComma === candidate
        ? { name: next, listedOnly: false }
        : listEnd(candidate, next)
          ? { name: next!, listedOnly: true }
          : undefined;
    return { before, after };
  });
  const resolveAll = (context: Context | null, previous: Map<NameCandidate, PlaceCandidate> | null) => {
    const neighbour = (joint: Joint): Neighbour | undefined => {
      const place = joint && previous?.get(joint.name)?.place;
      return place ? { place, listedOnly: joint.listedOnly } : undefined;
    };
    const result = new Map<NameCandidate, PlaceCandidate>();
    kept.forEach((candidate, position) => {
      const { before, after } = joints[position]!;
      const neighbours = { before: neighbour(before), after: neighbour(after) };
      const option = resolveOne(candidate, optionsOf.get(candidate)!, neighbours, context);
      if (option) result.set(candidate, option);
    });
    return result;
  };
  // Pass one: each name alone and with its comma partner, to learn what the article is about.
  const first = resolveAll(null, resolveAll(null, null));

  // Pass two and on: with the article's countries and regions as context, weak names need support to
  // stay; what stays is context for the next pass ("Kupyansk, east of Kharkov" is supported by "the
  // Kharkiv region" named later), until nothing more is kept.
  let context = tally(
    [...first]
      .filter(([candidate, option]) => isStrong(candidate, option, null))
      .map(([candidate, option]) => [candidate, option.place]),
  );
  let resolved = resolveAll(context, first);
  let accepted = new Map<NameCandidate, PlaceCandidate>();
  const readingWith = (): ArticleReading => ({ context, resolved, misspelled, surnames, lowercaseWords });
  for (let pass = 0; pass < MAX_CONTEXT_PASSES; pass++) {
    const reading = readingWith();
    const next = new Map<NameCandidate, PlaceCandidate>();
    for (const candidate of kept) {
      const option = resolved.get(candidate);
      if (option && isAccepted(candidate, option, reading)) next.set(candidate, option);
    }
    const grew = next.size > accepted.size;
    accepted = next;
    if (!grew) break;
    context = tally([...accepted].map(([candidate, option]) => [candidate, option.place]));
    resolved = resolveAll(context, resolved);
  }
  // Where the rules are not sure, the tagger decides each mention from what they found of it and of
  // the article; without weights, the rules' verdict stands.
  const reading = readingWith();
  const names = namesInArticle(kept);
  const mentions: PlaceMention[] = [];
  for (const candidate of kept) {
    let option = accepted.get(candidate);
    const resolvedOption = resolved.get(candidate);
    if ((tagger || sink) && resolvedOption) {
      const options = optionsOf.get(candidate)!;
      const verdict = rulesVerdict(candidate, resolvedOption, options, reading);
      if (verdict !== undefined) {
        option = verdict ? resolvedOption : undefined;
      } else {
        const features = mentionFeatures(
          mentionFacts(candidate, resolvedOption, options.length, names.get(candidate.key)!, reading),
        );
        sink?.(candidate, features);
        if (tagger) option = taggerScore(features, tagger) > 0 ? resolvedOption : undefined;
      }
    }
    if (!option) continue;
    // "China." ends a sentence; "Ky." is an abbreviation only when it names a region.
    const end =
      candidate.dotted && !option.curated && candidate.surface.endsWith('.') ? candidate.end - 1 : candidate.end;
    mentions.push({ start: candidate.start, end, surface: text.slice(candidate.start, end), placeId: option.place.id });
  }
  return mentions;
}

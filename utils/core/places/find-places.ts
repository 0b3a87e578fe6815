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
  isAccepted,
  isRuledOut,
  isStrong,
  mayBeMisspelledPlace,
  mentionFacts,
  namesInArticle,
  rulesVerdict,
  usableOptions,
  type ArticleReading,
} from './place-rules';
import { CITY_AFTER, CITY_BEFORE, DISTRICT_AFTER, REGION_AFTER, STATE_OFFICE_AFTER } from './place-cues';
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
const MAIN_NAME_BONUS = 2;
// A name the curated supplement gives a place is what news means by it: "Washington" is the capital before the state.
const CURATED_BONUS = 1.5;
const KIND_CUE_BONUS = 5;
const COMMA_PAIR_BONUS = 5;
const SAME_COUNTRY_BONUS = 2;
const SAME_REGION_BONUS = 1;
const NEARBY_BONUS = 2;
// The region the article names most often (its other names' regions, not this name's own) is where its
// towns and counties are, before a bigger namesake elsewhere: "Plymouth County" in a story about Iowa.
const LEADING_REGION_BONUS = 1;
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
 * What the names beside a name say of a reading. A list names things of one kind: beside a
 * first-level region, a name that may be a first-level region of the same country is one more of
 * the list ("Ohio, Oregon, Virginia, Washington and Wyoming" names states, not Oregon, Ohio); beside
 * a country, a name that may be a country is one ("Armenia, Azerbaijan, Georgia, Iraq" names
 * Georgia the country). Otherwise a pairing ("Paris, Texas"): the name before the comma lies in the
 * one after it, so "Paris" gains from a "Texas" after it and "Texas" from a "Paris" before it.
 */
function neighbourBonus(place: Place, options: PlaceCandidate[], { before, after }: Neighbours): number {
  const listsRegions = (neighbour: Neighbour | undefined) =>
    neighbour?.place.kind === 'region' &&
    options.some((other) => other.place.kind === 'region' && other.place.country === neighbour.place.country);
  if (listsRegions(before) || listsRegions(after)) {
    const sameList = (neighbour: Neighbour | undefined) =>
      neighbour?.place.kind === 'region' && neighbour.place.country === place.country;
    return place.kind === 'region' && (sameList(before) || sameList(after)) ? KIND_CUE_BONUS : 0;
  }
  const listsCountries = (neighbour: Neighbour | undefined) =>
    neighbour?.place.kind === 'country' && options.some((other) => other.place.kind === 'country');
  if (listsCountries(before) || listsCountries(after)) return place.kind === 'country' ? KIND_CUE_BONUS : 0;
  const pairs = (neighbour: Neighbour | undefined): neighbour is Neighbour =>
    neighbour !== undefined && !neighbour.listedOnly;
  const pairedBefore = pairs(before) && (before.place.id === place.id || contains(place, before.place));
  const pairedAfter = pairs(after) && (after.place.id === place.id || contains(after.place, place));
  return pairedBefore || pairedAfter ? COMMA_PAIR_BONUS : 0;
}

// "and" / "or" between two names, with or without a comma: the last joint of a list.
const LIST_END = /^,?\s+(?:and|or)\s+$/;
const MAX_JOINT_CHARACTERS = 6;

function score(
  candidate: NameCandidate,
  option: PlaceCandidate,
  context: Context | null,
  options: readonly PlaceCandidate[] = [],
): number {
  const { place } = option;
  let total =
    Math.log10(weight(place)) + (option.mainName ? MAIN_NAME_BONUS : 0) + (option.curated ? CURATED_BONUS : 0);
  if (
    (REGION_AFTER.test(candidate.textAfter) || STATE_OFFICE_AFTER.test(candidate.textAfter)) &&
    place.kind === 'region'
  )
    total += KIND_CUE_BONUS;
  if (DISTRICT_AFTER.test(candidate.textAfter) && place.kind === 'district') total += KIND_CUE_BONUS;
  if (
    (CITY_BEFORE.test(candidate.textBefore) || CITY_AFTER.test(candidate.textAfter)) &&
    ['city', 'town', 'village'].includes(place.kind)
  ) {
    total += KIND_CUE_BONUS;
  }
  if (context) {
    let local = false;
    // Settlements and counties: a region would otherwise score for its own capital ("Moscow" the city
    // lies in "Moscow" the region). A county lies in its state as a town does ("Plymouth County" in Iowa).
    if (SETTLEMENT_KINDS.has(place.kind) || place.kind === 'district') {
      if (regionCount(context, candidate, place.regionId) > 0) {
        local = true;
        total += SAME_REGION_BONUS;
        if (isLeadingRegion(context, candidate, place.regionId)) total += LEADING_REGION_BONUS;
      }
      // Not near its own other reading: "Artemivsk" read as Bakhmut makes no case for the village of that name.
      if (
        context.settlements.some(
          (other) => other.key !== candidate.key && other.place.id !== place.id && isNear(other.place, place),
        )
      ) {
        local = true;
        total += NEARBY_BONUS;
      }
    }
    // A town named like a city of millions abroad is the town only where the article is near it, not
    // merely in its country: a flight "from Newark to Paris" goes to France.
    const sameCountry = place.country !== '' && countryCount(context, candidate, place.country) > 0;
    if (sameCountry && (local || !hasFamousNamesakeAbroad(place, options))) total += SAME_COUNTRY_BONUS;
  }
  return total;
}

const FAMOUS_CITY = 1_000_000;
const FAME_RATIO = 20;

function hasFamousNamesakeAbroad(place: Place, options: readonly PlaceCandidate[]): boolean {
  return (
    SETTLEMENT_KINDS.has(place.kind) &&
    options.some(
      ({ place: other, mainName }) =>
        mainName &&
        other.country !== place.country &&
        SETTLEMENT_KINDS.has(other.kind) &&
        other.population >= FAMOUS_CITY &&
        other.population >= FAME_RATIO * place.population,
    )
  );
}

/** Whether no other region of the same country holds more of the article's other names than this one. */
function isLeadingRegion(context: Context, candidate: NameCandidate, regionId: string): boolean {
  const here = regionCount(context, candidate, regionId);
  const country = regionId.slice(0, regionId.indexOf('.') + 1);
  for (const other of context.regions.keys())
    if (other !== regionId && other.startsWith(country) && regionCount(context, candidate, other) > here) return false;
  return true;
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
      score(candidate, option, context, options) +
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
    // One name, one place in an article: a mention placed by the region after its comma ("Newark,
    // N.J.") places the name's other mentions ("from Newark to Paris").
    const placedByComma = new Map<string, PlaceCandidate>();
    kept.forEach((candidate, position) => {
      const { before, after } = joints[position]!;
      const neighbours = { before: neighbour(before), after: neighbour(after) };
      const option = resolveOne(candidate, optionsOf.get(candidate)!, neighbours, context);
      if (!option) return;
      result.set(candidate, option);
      const partner = neighbours.after;
      if (partner && !partner.listedOnly && contains(partner.place, option.place))
        placedByComma.set(candidate.key, option);
    });
    for (const candidate of result.keys()) {
      const placed = placedByComma.get(candidate.key)?.place.id;
      const same =
        placed === undefined ? undefined : optionsOf.get(candidate)!.find(({ place }) => place.id === placed);
      if (same) result.set(candidate, same);
    }
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
    // "China." and "Newcastle upon Tyne." end a sentence; "Ky." is an abbreviation only when it names a region.
    const endsSentence = (candidate.dotted || /\s/.test(candidate.surface)) && !option.curated;
    const end = endsSentence && candidate.surface.endsWith('.') ? candidate.end - 1 : candidate.end;
    mentions.push({ start: candidate.start, end, surface: text.slice(candidate.start, end), placeId: option.place.id });
  }
  return mentions;
}

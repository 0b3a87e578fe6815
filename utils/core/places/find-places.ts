/**
 * Finds the places an article mentions and decides which place each mention is.
 *
 * A name the gazetteer knows is only a candidate: "Anna", "Fox" and "Churchill" are towns too. Each
 * candidate is resolved to the place that fits its cues and the article's other places best
 * (resolve-places.ts), in passes, so that what one pass keeps is context for the next. Whether a
 * mention is a place at all is the rules' verdict where they are right by construction
 * (place-rules.ts) and the learned tagger's elsewhere (place-tagger.ts), one mention at a time.
 */

import type { TextRange } from '../types';
import { findNameCandidates, type NameCandidate } from './candidates';
import type { Gazetteer, PlaceCandidate } from './gazetteer';
import { NEAR_MISS_THRESHOLD, NearMissIndex } from './near-miss';
import { contains, SETTLEMENT_KINDS, tally, type Context } from './place-context';
import { isAccepted, isStrong, mentionFacts, namesInArticle, rulesVerdict, type ArticleReading } from './place-rules';
import { isRuledOut, mayBeMisspelledPlace } from './ruled-out-names';
import {
  isDateline,
  isDeniedByItsRegion,
  isHomeOfPeople,
  listedAmongPlaces,
  overrulesTagger,
  vetoesTagger,
} from './last-word-rules';
import { mentionFeatures, taggerScore, type TaggerWeights } from './place-tagger';
import { countryNamedLike, resolveOne, type Neighbour } from './resolve-places';
import { TAGGER_WEIGHTS } from './tagger-weights';
import { usableOptions } from './place-spelling';
import { COMPANY_AFTER, OWNER_AFTER, RIVER_WORD_AFTER, THE_BEFORE } from './place-cues';

export interface PlaceMention extends TextRange {
  surface: string;
  placeId: string;
}

// A name's last word written as initials: "Washington D.C.", "Harpers Ferry, W. Va." stays whole.
const INITIALS_LAST = /(?:^|\s)(?:\p{L}\.){2,}$|\s\p{L}\.\s?\p{L}{1,3}\.$/u;

// Passes of context: what one pass keeps can support more names on the next.
const MAX_CONTEXT_PASSES = 3;

// "and" / "or" between two names, with or without a comma: the last joint of a list.
const LIST_END = /^,?\s+(?:and|or)\s+$/;
const MAX_JOINT_CHARACTERS = 6;

/** A mention the tagger weighed, with its features: what `npm run train:places` learns from. */
export type FeatureSink = (mention: TextRange, features: string[]) => void;

/**
 * "The Dnipro" is the river, not the city of Dnipro: a town's name takes no "the", a river's does.
 * Only where the gazetteer knows the river by that name and the words after it name nothing else
 * ("the Dnipro region", "the Dnipro missile strike" stay the city's).
 */
function riverCalledThe(candidate: NameCandidate, option: PlaceCandidate, gazetteer: Gazetteer): PlaceCandidate {
  if (!SETTLEMENT_KINDS.has(option.place.kind) || !THE_BEFORE.test(candidate.textBefore)) return option;
  if (!RIVER_WORD_AFTER.test(candidate.textAfter)) return option;
  return gazetteer.withKey(`${candidate.key} river`).find((other) => other.place.kind === 'river') ?? option;
}

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
  const { candidates, surnames, firstNames, lowercaseWords } = findNameCandidates(text, gazetteer);
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
  // `previous` also gives each name's partners their places; with `onlyPrevious`, only its names are placed.
  const resolveAll = (
    context: Context | null,
    previous: Map<NameCandidate, PlaceCandidate> | null,
    onlyPrevious = false,
  ) => {
    const neighbour = (joint: Joint): Neighbour | undefined => {
      const place = joint && previous?.get(joint.name)?.place;
      return place ? { place, listedOnly: joint.listedOnly, dotted: joint.name.dotted } : undefined;
    };
    const result = new Map<NameCandidate, PlaceCandidate>();
    // One name, one place in an article: a mention placed by the region after its comma ("Newark,
    // N.J.") places the name's other mentions ("from Newark to Paris"), and so does one kept as a
    // region over a country of its name.
    const placedForName = new Map<string, string>();
    kept.forEach((candidate, position) => {
      if (onlyPrevious && !previous?.has(candidate)) return;
      const { before, after } = joints[position]!;
      const neighbours = { before: neighbour(before), after: neighbour(after) };
      const options = optionsOf.get(candidate)!;
      const option = resolveOne(candidate, options, neighbours, context, onlyPrevious);
      if (!option) return;
      result.set(candidate, option);
      const partner = neighbours.after;
      if (partner && !partner.listedOnly && contains(partner.place, option.place))
        placedForName.set(candidate.key, option.place.id);
      // A region kept over a country of its name had its reasons ("Georgia and Florida"): they hold for the name.
      if (onlyPrevious && countryNamedLike(option, options)) placedForName.set(candidate.key, option.place.id);
    });
    for (const candidate of result.keys()) {
      const placed = placedForName.get(candidate.key);
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
  const namedAfter = (cue: RegExp) =>
    new Set(candidates.filter((candidate) => cue.test(candidate.textAfter)).map(({ key }) => key));
  const companies = { named: namedAfter(COMPANY_AFTER), owners: namedAfter(OWNER_AFTER) };
  const readingWith = (): ArticleReading => ({
    context,
    resolved,
    misspelled,
    surnames,
    firstNames,
    companies,
    lowercaseWords,
  });
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
  const shown = new Map<NameCandidate, PlaceCandidate>();
  for (const candidate of kept) {
    let option = accepted.get(candidate);
    const resolvedOption = resolved.get(candidate);
    if ((tagger || sink) && resolvedOption) {
      // A hamlet is read only where the article is local to it (local-readings.ts), and then by the
      // rules alone: the tagger never learned from hamlets. Elsewhere a name has the readings it had
      // without them, as the tagger learned it.
      const hamlet = resolvedOption.place.kind === 'hamlet';
      const options = optionsOf.get(candidate)!.filter((other) => hamlet || other.place.kind !== 'hamlet');
      const rules = rulesVerdict(candidate, resolvedOption, options, reading);
      const verdict = hamlet
        ? (rules ?? option !== undefined) && !vetoesTagger(candidate, resolvedOption, reading.firstNames)
        : rules;
      if (verdict !== undefined) {
        option = verdict ? resolvedOption : undefined;
      } else {
        const features = mentionFeatures(
          mentionFacts(candidate, resolvedOption, options.length, names.get(candidate.key)!, reading),
        );
        sink?.(candidate, features);
        // Rules right by construction have the last word (last-word-rules.ts says why here).
        if (tagger)
          option =
            (taggerScore(features, tagger) > 0 && !vetoesTagger(candidate, resolvedOption, reading.firstNames)) ||
            overrulesTagger(candidate, resolvedOption)
              ? resolvedOption
              : undefined;
      }
    }
    // A dateline is the place whatever the rules or the tagger made of the words around it; so is a
    // name followed by its people, unless it is a person's first name (last-word-rules.ts).
    if (
      !option &&
      resolvedOption &&
      (isDateline(candidate, resolvedOption) ||
        (isHomeOfPeople(candidate, resolvedOption, optionsOf.get(candidate)!, reading.surnames) &&
          !vetoesTagger(candidate, resolvedOption, reading.firstNames)))
    )
      option = resolvedOption;
    if (option) shown.set(candidate, option);
  }
  if (tagger)
    for (const [candidate, option] of listedAmongPlaces(text, kept, shown, (name) => resolved.get(name)))
      if (!vetoesTagger(candidate, option, reading.firstNames)) shown.set(candidate, option);
  // The name after a shown town's comma, and the one after that name's, as the joints read them.
  const commaPartner = (position: number) => {
    const joint = joints[position]?.after;
    return joint && !joint.listedOnly ? joint.name : undefined;
  };
  kept.forEach((candidate, position) => {
    const partner = commaPartner(position);
    const partnerOption = partner && (shown.get(partner) ?? resolved.get(partner));
    if (!shown.has(candidate) || !partner || !partnerOption) return;
    const next = commaPartner(position + 1);
    const after = next && (shown.get(next) ?? resolved.get(next));
    if (isDeniedByItsRegion(candidate, optionsOf.get(candidate)!, partner, partnerOption, after))
      shown.delete(candidate);
  });
  // The places were chosen with the rules' context, which may hold names the tagger then refused
  // ("the Summit of the Americas" took "Washington" to a village beside Summit, New Jersey): each
  // shown name is placed once more with only the shown places as context.
  const settled = resolveAll(tally([...shown].map(([candidate, option]) => [candidate, option.place])), shown, true);
  const mentions: PlaceMention[] = [];
  for (const [candidate, shownOption] of shown) {
    // Placed again, a hamlet may lose the town that made it local (the tagger refused it), and a town
    // the tagger judged may turn into a hamlet no rule judged: either keeps the reading judged.
    const placedAgain = settled.get(candidate);
    const keepsItsKind = placedAgain && (placedAgain.place.kind === 'hamlet') === (shownOption.place.kind === 'hamlet');
    const option = riverCalledThe(candidate, keepsItsKind ? placedAgain : shownOption, gazetteer);
    // "China.", "Newcastle upon Tyne." and "Gaza City." end a sentence; "Ky." is an abbreviation only when it
    // names a region, and a name whose last word is initials ("Washington D.C.") keeps its dots.
    const endsSentence = candidate.dotted
      ? !option.curated
      : /\s/.test(candidate.surface) && !INITIALS_LAST.test(candidate.surface);
    const end = endsSentence && candidate.surface.endsWith('.') ? candidate.end - 1 : candidate.end;
    mentions.push({ start: candidate.start, end, surface: text.slice(candidate.start, end), placeId: option.place.id });
  }
  return mentions;
}

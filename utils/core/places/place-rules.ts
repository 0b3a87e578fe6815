/**
 * The rules of place finding: whether a resolved name is strong or supported, where the rules'
 * verdict is final, and what the tagger is told of a mention where it is not, read from the cues
 * around it (place-cues.ts). Pure: they read a candidate and the article's context. The names ruled
 * out before any place is chosen are in ruled-out-names.ts.
 */
import { countryCount, regionCount, regionOf, contains, SETTLEMENT_KINDS, type Context } from './place-context';
import type { NameCandidate } from './candidates';
import type { Place, PlaceCandidate } from './gazetteer';
import { isGivenName } from './given-names';
import type { MentionFacts } from './place-tagger';
import {
  LOCATIVE_BEFORE,
  PLACE_PREPOSITION_BEFORE,
  ARTICLE_A_BEFORE,
  UNIT_AFTER,
  isPeoplesRepublic,
  BROADCASTER_COUNTRIES,
  REGION_AFTER,
  INSTITUTION_AFTER,
  LOCAL_OFFICE,
  OFFICE_OF_BEFORE,
  DISTRICT_AFTER,
  MODIFIERS,
  TITLE_BEFORE,
  CITY_BEFORE,
  CITY_AFTER,
} from './place-cues';
import { COMMON_WORDS } from './common-words';
import { ownedPlaceVerdict } from './owned-places';
import { insideOtherName, isCommonWord } from './ruled-out-names';

export const BIG_CITY = 100_000;
const TOWN_WITH_COUNTRY = 50_000;
export const MILLION_CITY = 1_000_000;
const SMALL_PLACE = 10_000;

/**
 * Whether a resolved name stands without further support. A first-level region only does in an
 * article about its country ("Centre" and "Michael" are regions of Cameroon and the Isle of Man);
 * a name known only as an alternate spelling never does (GeoNames lists "Franklin" for Columbus).
 */
export function isStrong(candidate: NameCandidate, option: PlaceCandidate, context: Context | null): boolean {
  const { place } = option;
  if (!option.mainName) return false;
  if (option.curated || place.id.startsWith('s:')) return true;
  switch (place.kind) {
    case 'continent':
    case 'country':
    case 'area':
    case 'sea':
    case 'river':
      return true;
    case 'region':
      return (
        context !== null &&
        (countryCount(context, candidate, place.country) > 0 || regionCount(context, candidate, place.id) > 0)
      );
    default:
      return (place.population >= BIG_CITY || /\s/.test(candidate.surface)) && !insideOtherName(candidate);
  }
}

// Someone who speaks: "Fox said", "told Fox", "said Fox who".
const SPEECH_AFTER = /^\s+(said|says|told|added|explained|recalled|wrote|asked|recounted)\b/;
// ...unless the name ends a phrase that speaks: "residents of Konstantinovka said".
const PHRASE_BEFORE = /\b(of|in|from|at|near|for|to|across)\s+$/;
const SPEECH_BEFORE = /\b(said|says|told|asked)\s+$/;

export interface NameInArticle {
  mentions: number;
  /** Some mention of the name speaks, as a person does. */
  speaker: boolean;
}

export function namesInArticle(candidates: readonly NameCandidate[]): Map<string, NameInArticle> {
  const names = new Map<string, NameInArticle>();
  for (const candidate of candidates) {
    let name = names.get(candidate.key);
    if (!name) names.set(candidate.key, (name = { mentions: 0, speaker: false }));
    name.mentions++;
    if (
      (SPEECH_AFTER.test(candidate.textAfter) && !PHRASE_BEFORE.test(candidate.textBefore)) ||
      SPEECH_BEFORE.test(candidate.textBefore)
    )
      name.speaker = true;
  }
  return names;
}

/** What the rules read a mention against: the article's context, every name's reading, and what the article says of names. */
export interface ArticleReading {
  context: Context;
  resolved: ReadonlyMap<NameCandidate, PlaceCandidate>;
  /** Words looked up as misspellings of a place: never strong on their own. */
  misspelled: ReadonlySet<NameCandidate>;
  surnames: ReadonlySet<string>;
  /** Names the article writes as a person's first name, before a surname ("Taylor Swift"). */
  firstNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names the article writes as a company's somewhere (place-cues.ts): "Amazon founder", and "Amazon-owned" (owners). */
  companies: { named: ReadonlySet<string>; owners: ReadonlySet<string> };
  lowercaseWords: ReadonlySet<string>;
}

/** A name the article writes as a company's, read as anything but a country (a country may own and found). */
const isCompany = (candidate: NameCandidate, { place, mainName }: PlaceCandidate, { companies }: ArticleReading) =>
  place.kind !== 'country' &&
  (companies.named.has(candidate.key) || (companies.owners.has(candidate.key) && !mainName));

/** Whether a resolved name stands without support, a misspelling never. */
export const isStrongHere = (candidate: NameCandidate, option: PlaceCandidate, reading: ArticleReading) =>
  !reading.misspelled.has(candidate) && isStrong(candidate, option, reading.context);

/** Whether a resolved name is kept by the rules: strong on its own, or weak with support in its text or the article. */
export function isAccepted(candidate: NameCandidate, option: PlaceCandidate, reading: ArticleReading): boolean {
  if (isStrongHere(candidate, option, reading)) return true;
  const { context, surnames } = reading;
  const { place } = option;
  if (surnames.has(candidate.key) || isCompany(candidate, option, reading) || insideOtherName(candidate)) return false;
  if (isCommonWord(candidate, reading.lowercaseWords)) return false;
  if (ARTICLE_A_BEFORE.test(candidate.textBefore) || UNIT_AFTER.test(candidate.textAfter)) return false;
  const commaPartner = candidate.afterComma ? reading.resolved.get(candidate.afterComma)?.place : undefined;
  return (
    LOCATIVE_BEFORE.test(candidate.textBefore) ||
    REGION_AFTER.test(candidate.textAfter) ||
    DISTRICT_AFTER.test(candidate.textAfter) ||
    (commaPartner !== undefined && (contains(commaPartner, place) || contains(place, commaPartner))) ||
    regionCount(context, candidate, regionOf(place)) > 0 ||
    // A town of some size in a country the article is about ("shelled Bakhmut" in a story on Ukraine).
    (place.population >= TOWN_WITH_COUNTRY && countryCount(context, candidate, place.country) > 0)
  );
}

/**
 * The rules' verdict where it is right by construction, or undefined where the tagger decides. A
 * country, region, sea, river or city of a million standing alone is that place, whatever the
 * sentence does with it ("Moscow announced"): the tuning data rarely marks metonymy, and a reader
 * expects it highlighted; so is a state or province of millions whose name nothing a tenth its size
 * shares ("Flooding hit Kansas", "Iowa schools reopened"). A name the article uses as a person's,
 * or that heads a unit ("an Azov company commander") or an institution ("Kyiv School of
 * Economics"), is none, however the words around it read; nor is a place of under ten thousand
 * people, or one named like a person ("Anna"), or a sentence's first word read by another name of
 * a place, with nothing in its text or the article for it (on the tuning halves the tagger took
 * more wrong ones of those than right ones).
 */
export function rulesVerdict(
  candidate: NameCandidate,
  option: PlaceCandidate,
  options: readonly PlaceCandidate[],
  reading: ArticleReading,
): boolean | undefined {
  const { place } = option;
  // "Luis de Miranda", "De Miranda writes": a person, however big the region of that name.
  if (candidate.afterParticle && place.kind !== 'country') return false;
  if (isCompany(candidate, option, reading)) return false;
  // After a first name it is a surname, whatever it names alone: "Pascual Jordan", "Michael Jordan".
  const before = candidate.capitalizedBefore;
  if (before && !before.endsWith('.') && !MODIFIERS.has(before) && isGivenName(before)) return false;
  // "The Donetsk People's Republic": a republic proclaimed in a region's name claims the region, not
  // the city of that name within it. Only where there is such a city: the rule tells the two apart.
  if (
    place.kind === 'region' &&
    isPeoplesRepublic(candidate) &&
    options.some((other) => SETTLEMENT_KINDS.has(other.place.kind) && contains(place, other.place))
  )
    return true;
  if (
    BROADCASTER_COUNTRIES.get(before)?.includes(place.country) &&
    ['region', ...SETTLEMENT_KINDS].includes(place.kind) &&
    !candidate.capitalizedAfter
  )
    return true;
  const strong = isStrongHere(candidate, option, reading);
  const standsAlone = !candidate.capitalizedBefore && !candidate.capitalizedAfter;
  if (
    strong &&
    standsAlone &&
    (['continent', 'country', 'region', 'sea', 'river'].includes(place.kind) || place.population >= MILLION_CITY)
  )
    return true;
  if (
    place.kind === 'region' &&
    isDominant(option, options) &&
    option.mainName &&
    !candidate.dotted &&
    place.population >= MILLION_CITY &&
    standsAlone
  )
    return true;
  if (INSTITUTION_AFTER.test(candidate.capitalizedAfter)) return false;
  const owned = ownedPlaceVerdict(candidate, place, reading.resolved);
  if (owned !== undefined) return owned;
  if (isWordNotPlaced(candidate, option, reading)) return false;
  if (isHamletNamedLikeAPerson(candidate, place, reading)) return false;
  // "the Department of Justice", "Secretary of State": an office's name, unless a country or state's.
  if (OFFICE_OF_BEFORE.test(candidate.textBefore) && !['country', 'region'].includes(place.kind)) return false;
  // After a common word written as part of a name, or closing a name of three words or more, the name
  // is an organisation's: "Education Iowa", "Universal Aid Ukraine", "Radio Free Europe".
  if (isInsideNameAfterCommonWord(candidate, reading.lowercaseWords)) return false;
  // Its own office after it ("Metcalfe County Sheriff"): the place, when the article bears it out.
  if (LOCAL_OFFICE.test(candidate.capitalizedAfter) && isAccepted(candidate, option, reading)) return true;
  if (strong) return undefined;
  if (reading.surnames.has(candidate.key) || UNIT_AFTER.test(candidate.textAfter)) return false;
  if (isCoupleOfFirstNames(candidate)) return false;
  const unsupported = !isAccepted(candidate, option, reading);
  // A sentence's first word is capitalized whatever it is: read only as another name of a place,
  // with nothing for it, it is the word ("Farmers in Ohio..." is not Weston, Massachusetts).
  if (unsupported && candidate.sentenceStart && !option.mainName && !option.curated && !/\s/.test(candidate.surface))
    return false;
  return unsupported && (place.population < SMALL_PLACE || isGivenName(candidate.surface)) ? false : undefined;
}

/**
 * An English word ("Freedom", "Paradise", "Mobile features", "on Page A1") names a town of under a
 * quarter of a million only where its sentence puts a place there (after "in", "near", "outside" or
 * "around", with "city", "town" or "village", before a comma and a name: "Paradise, Calif.") or
 * the article names the town's state or province twice ("Oxford" in a story on North Carolina);
 * never after "a" ("A Paradise Built in Hell").
 */
function isWordNotPlaced(candidate: NameCandidate, { place }: PlaceCandidate, reading: ArticleReading): boolean {
  if (/\s/.test(candidate.surface) || !COMMON_WORDS.has(candidate.surface.toLowerCase())) return false;
  if ((!SETTLEMENT_KINDS.has(place.kind) && place.kind !== 'district') || place.population >= WORD_TOWN_LIMIT)
    return false;
  if (ARTICLE_A_BEFORE.test(candidate.textBefore)) return true;
  // A story about the town's state places its words, but not a hamlet's: "The War on Drugs played
  // Charleston, West Virginia" names no War.
  if (place.kind !== 'hamlet' && regionCount(reading.context, candidate, regionOf(place)) >= 2) return false;
  // A heading in capitals says nothing of place with its words: "WORK IN PROGRESS".
  if (candidate.surface === candidate.surface.toUpperCase()) return true;
  return !isPutThereAsAPlace(candidate, place, reading);
}

/** "in Paradise", "the town of Freedom", "Paradise, Calif.": the words around a name put a place there. */
function isPutThereAsAPlace(candidate: NameCandidate, place: Place, reading: ArticleReading): boolean {
  return (
    PLACE_PREPOSITION_BEFORE.test(candidate.textBefore) ||
    CITY_BEFORE.test(candidate.textBefore) ||
    CITY_AFTER.test(candidate.textAfter) ||
    isPairedWithItsRegion(candidate, place, reading)
  );
}

/** A hamlet named in several words is as often a person ("Ponce de Leon landed in Florida"): only where its sentence puts a place there. */
const isHamletNamedLikeAPerson = (candidate: NameCandidate, place: Place, reading: ArticleReading) =>
  place.kind === 'hamlet' && /\s/.test(candidate.surface) && !isPutThereAsAPlace(candidate, place, reading);

/** "Paradise, Calif.": the name after its comma is a place that holds it. */
function isPairedWithItsRegion(candidate: NameCandidate, place: Place, reading: ArticleReading): boolean {
  for (const [other, option] of reading.resolved)
    if (other.afterComma === candidate) return contains(option.place, place);
  return false;
}
// Cities bigger than this are what their names mean even when they are words: Nice, Split, Reading.
const WORD_TOWN_LIMIT = 250_000;

function isInsideNameAfterCommonWord(candidate: NameCandidate, lowercaseWords: ReadonlySet<string>): boolean {
  const before = candidate.capitalizedBefore;
  return (
    before !== '' &&
    !MODIFIERS.has(before) &&
    !TITLE_BEFORE.test(before) &&
    (lowercaseWords.has(before.toLowerCase()) || candidate.capitalizedRunBefore >= 2) &&
    !/\s/.test(candidate.surface)
  );
}

/** "Lynn and Bob Fodge", "Bob and Lynn": a first name paired with another is a person. */
function isCoupleOfFirstNames(candidate: NameCandidate): boolean {
  if (!isGivenName(candidate.surface)) return false;
  const after = /^\s+(?:and|&)\s+([a-z]+)/.exec(candidate.textAfter)?.[1];
  const before = /\b([a-z]+)\s+(?:and|&)\s+$/.exec(candidate.textBefore)?.[1];
  return (after !== undefined && isGivenName(after)) || (before !== undefined && isGivenName(before));
}

/** Whether the name's other readings are all places of under a tenth of this one's people: "Kansas", "Iowa", not "Georgia". */
function isDominant(option: PlaceCandidate, options: readonly PlaceCandidate[]): boolean {
  return options.every(
    (other) => other.place.id === option.place.id || other.place.population * DOMINANCE <= option.place.population,
  );
}
const DOMINANCE = 10;

/** What the tagger is told of a mention: the rules' findings about it and the article. */
export function mentionFacts(
  candidate: NameCandidate,
  option: PlaceCandidate,
  options: number,
  name: NameInArticle,
  reading: ArticleReading,
): MentionFacts {
  const { place } = option;
  const { context } = reading;
  const letters = candidate.surface.replace(/[^\p{L}]/gu, '');
  return {
    kind: place.kind,
    population: place.population,
    mainName: option.mainName,
    curated: option.curated,
    options,
    words: candidate.surface.split(/\s+/).length,
    sentenceStart: candidate.sentenceStart,
    capitalizedBefore: candidate.capitalizedBefore,
    capitalizedBeforeIsTitle: TITLE_BEFORE.test(candidate.capitalizedBefore),
    capitalizedBeforeIsModifier: MODIFIERS.has(candidate.capitalizedBefore),
    capitalizedAfter: candidate.capitalizedAfter,
    textBefore: candidate.textBefore,
    textAfter: candidate.textAfter,
    strong: isStrongHere(candidate, option, reading),
    supported: isAccepted(candidate, option, reading),
    surname: reading.surnames.has(candidate.key),
    givenName: isGivenName(candidate.surface),
    commonWord: isCommonWord(candidate, reading.lowercaseWords),
    hyphenPart: candidate.hyphenPart,
    dotted: candidate.dotted,
    misspelled: reading.misspelled.has(candidate),
    allCapitals: letters.length > 1 && letters === letters.toUpperCase(),
    countryInArticle: place.country !== '' && countryCount(context, candidate, place.country) > 0,
    regionInArticle: regionCount(context, candidate, regionOf(place)) > 0,
    mentions: name.mentions,
    speaker: name.speaker,
  };
}

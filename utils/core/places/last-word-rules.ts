/**
 * Rules right by construction that have the last word after the tagger (find-places.ts). They are
 * applied once the tagger's examples are taken, so adding one leaves its training, and its weights,
 * as they were: a rule placed before the tagger changes what it learns from, and the retrained
 * tagger then gains and loses mentions elsewhere by more than the rule is worth.
 */
import type { TextRange } from '../types';
import type { NameCandidate } from './candidates';
import { extentContains, type PlaceCandidate } from './gazetteer';
import { isGivenName } from './given-names';
import { isWrittenAsDateline, MODIFIERS } from './place-cues';
import { SETTLEMENT_KINDS } from './place-context';
import { distanceKm } from './geo';
import { placeKey } from './place-key';
import { BIG_CITY, MILLION_CITY } from './place-rules';

const POSSESSIVE_AFTER = /^['’ʼ]s\b/;

/**
 * What the tagger refused that is a place all the same:
 * - "Venezuela's Foreign Minister", "According to France's Foreign Ministry": a country's own name
 *   before a possessive is the country, whatever follows (the possessive closes the name), unless it
 *   is a first name too ("Jordan's", "Chad's") or ends another name ("Bank of America's");
 * - "shelled Kiev. The mayor": a short name before a full stop looks like an abbreviation ("Ky.") to
 *   the tagger; read by its own name (not a dotted abbreviation the gazetteer lists), a country, a
 *   region or a city of a million there ends its sentence.
 */
export function overrulesTagger(candidate: NameCandidate, option: PlaceCandidate): boolean {
  return isCountryOwning(candidate, option) || isSentenceEndingName(candidate, option);
}

// On the same line: a byline's last word is no place of the next line's "Residents of the town".
const PEOPLE_OF_PLACE_AFTER = /^(?:[^\S\n]+(?:natives?|residents?)\b|-born\b)/;
// Its police ("the Boise police"), or one of its townsfolk ("a Cork mother", "a Dalton man"; only
// after "a": "the Marathon man" and "the UConn women" are nicknames and teams). Not its officials:
// "Bush officials" are a president's.
const POLICE_OF_PLACE_AFTER = /^[^\S\n]+police\b/;
const ONE_OF_ITS_PEOPLE_AFTER = /^[^\S\n]+(?:man|woman|mother|father|teen|teenager|boy|girl|couple)\b/;
const ARTICLE_A_BEFORE = /\ban?\s+$/;
// Smaller places share their names with surnames, firms and teams ("Ford officials", "the Arsenal
// women"): a town's own officers and people are read as its mention only from this size.
const TOWNSFOLK_PLACE_SIZE = 10_000;
/**
 * "A Boston native", "Esperance residents", "a Kyiv-born artist": a name followed by the people who
 * live or were born there is where they live or were born, whatever the rules or the tagger made of it.
 */
export const isHomeOfPeople = (
  candidate: NameCandidate,
  option: PlaceCandidate,
  options: readonly PlaceCandidate[],
  surnames: ReadonlySet<string>,
): boolean =>
  !candidate.dotted &&
  !candidate.capitalizedAfter &&
  // A sentence's capitalized first word is no part of its name: "Two Cork natives were hurt".
  (((candidate.capitalizedRunBefore === 0 || MODIFIERS.has(candidate.capitalizedBefore)) &&
    PEOPLE_OF_PLACE_AFTER.test(candidate.textAfter)) ||
    isTownsfolk(candidate, option, options, surnames));

/**
 * "The Dalton police", "a Cork mother": where no capitalized word stands before the name (a
 * sentence's first word included: "Con Edison officials" are a company's), the name is the place's
 * own and not a surname of the article, nor written in capitals (a heading's "HARRIS POLICE SAY"),
 * and the place is a town of some size and the largest of its name ("a Hull man" is of Kingston upon
 * Hull, not of Hull, Massachusetts).
 */
function isTownsfolk(
  candidate: NameCandidate,
  option: PlaceCandidate,
  options: readonly PlaceCandidate[],
  surnames: ReadonlySet<string>,
): boolean {
  if (candidate.capitalizedBefore && !MODIFIERS.has(candidate.capitalizedBefore)) return false;
  if (!option.mainName || surnames.has(candidate.key) || candidate.surface === candidate.surface.toUpperCase())
    return false;
  const { population } = option.place;
  // Of the towns of its name: an oblast or a prefecture named like its city counts more people.
  const largerTown = options.some(
    (other) =>
      (SETTLEMENT_KINDS.has(other.place.kind) || other.place.kind === 'hamlet') && other.place.population > population,
  );
  if (population < TOWNSFOLK_PLACE_SIZE || largerTown) return false;
  return (
    POLICE_OF_PLACE_AFTER.test(candidate.textAfter) ||
    (ONE_OF_ITS_PEOPLE_AFTER.test(candidate.textAfter) && ARTICLE_A_BEFORE.test(candidate.textBefore))
  );
}

// A degree either way of a region's extent: its own towns near its edge, and a city of its own
// within it ("Sevastopol, Crimea"), still fit it.
const REGION_MARGIN_DEGREES = 1;
// The state closes the town's address: a comma, a full stop or a dash after it ("Holliday, Missouri,
// and"), not a clause going on ("In Mariupol, Russia launched"), nor a possessive ("Melitopol,
// Russia's Interfax said").
const ADDRESS_ENDS = /^(?:[,.;:)!?]|\s+[—–-]|\s*$)/;
/**
 * "Holliday, Missouri": the state after a town's comma says which town it is. Where the town the
 * gazetteer knows by that name lies in no part of that state (the Missouri village is too small for
 * the gazetteer; a Texas one is not it), the name is of a place Sidenote does not know, and is not
 * shown. Only a town written as an address: not one of a list ("Miami, West Palm Beach, New York,
 * and Detroit"; `town.afterComma` is set), with a first-level region after it that ends the address
 * or is followed by its own country ("Stroud, Ontario, Canada"). A name also borne by a region or a
 * district ("Kyiv", "Lviv") is left alone, and so is a town before its country: countries are named
 * loosely ("Belfast, Ireland") and hold territories ("Nuuk, Denmark").
 */
export function isDeniedByItsRegion(
  town: NameCandidate,
  options: readonly PlaceCandidate[],
  partner: NameCandidate,
  partnerOption: PlaceCandidate,
  /** The name after the region's own comma, if any, as placed. */
  after: PlaceCandidate | undefined,
): boolean {
  const region = partnerOption.place;
  if (town.afterComma || region.kind !== 'region' || !region.extent) return false;
  // A city is what its name means even before a list of states ("Toronto, Quebec, and British Columbia").
  if (options.some(({ place }) => place.population >= BIG_CITY)) return false;
  if (!ADDRESS_ENDS.test(partner.textAfter)) return false;
  if (after && after.place.id !== region.country) return false;
  const [south, west, north, east] = region.extent;
  const margin = REGION_MARGIN_DEGREES;
  return !options.some(
    ({ place }) =>
      (!SETTLEMENT_KINDS.has(place.kind) && place.kind !== 'hamlet') ||
      place.regionId === region.id ||
      extentContains([south - margin, west - margin, north + margin, east + margin], place.lat, place.lon),
  );
}

/** What the tagger took that is no place all the same: a person's first name, a title, a day of the week. */
export function vetoesTagger(
  candidate: NameCandidate,
  option: PlaceCandidate,
  firstNames: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  return (
    isPersonsFirstName(candidate, option, firstNames) || isTitleBeforeName(candidate) || isDayWrittenShort(candidate)
  );
}

// Titles written short before a person's name: "Sens. Cory Booker and Kamala Harris", "Gen. Milley".
const TITLE_ABBREVIATIONS = new Set(
  'sen sens rep reps gov govs gen gens col capt cmdr lt maj sgt adm cpl pvt dr prof rev supt insp'.split(' '),
);
// After "in", "at", "near" or "from" a dotted word ends its sentence: "born in Sens. He moved".
const PLACE_BEFORE = /\b(?:in|at|near|from|outside|into|around)\s+$/;
const isTitleBeforeName = (candidate: NameCandidate) =>
  candidate.dotted &&
  !PLACE_BEFORE.test(candidate.textBefore) &&
  /^\s+\p{L}/u.test(candidate.textAfter) &&
  TITLE_ABBREVIATIONS.has(candidate.surface.slice(0, -1).toLowerCase());

// Days written short, beside another: "Tue – Sat 4PM (Closed on Sun & Mon)" (Mon is also a state of Myanmar).
// (The words around a name are kept in lower case.)
const DAYS_SHORT = 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const DAY_SHORT = new RegExp(`^(?:${DAYS_SHORT})$`);
const DAY_SHORT_BEFORE = new RegExp(`\\b(?:${DAYS_SHORT})\\b\\.?\\s*[-–&,/]?\\s*$`);
const DAY_SHORT_AFTER = new RegExp(`^\\.?\\s*[-–&,/]?\\s*(?:${DAYS_SHORT})\\b`);
const isDayWrittenShort = (candidate: NameCandidate) =>
  DAY_SHORT.test(candidate.surface.replace(/\.$/, '').toLowerCase()) &&
  (DAY_SHORT_BEFORE.test(candidate.textBefore) || DAY_SHORT_AFTER.test(candidate.textAfter));

/**
 * A name the article writes as a person's first name is the person before that surname ("Chad
 * Thomas"), and, if it names a town of under 100,000, where the article names it alone with nothing
 * placing it ("Taylor Swift ... Back to Taylor!"); "in Warren" and "Warren, Ohio" stay the town
 * beside "Warren Buffett". A city of that size keeps its name ("the Cleveland Browns ... Cleveland
 * really doesn't have").
 */
function isPersonsFirstName(
  candidate: NameCandidate,
  { place }: PlaceCandidate,
  firstNames: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const surnames = firstNames.get(candidate.key);
  if (!surnames || /\s/.test(candidate.surface)) return false;
  if (candidate.capitalizedAfter) return surnames.has(placeKey(candidate.capitalizedAfter));
  if (PLACE_BEFORE.test(candidate.textBefore) || /^\s*,/.test(candidate.textAfter)) return false;
  return SETTLEMENT_KINDS.has(place.kind) && place.population < BIG_CITY;
}

function isCountryOwning(candidate: NameCandidate, { place, mainName }: PlaceCandidate): boolean {
  return (
    place.kind === 'country' &&
    mainName &&
    POSSESSIVE_AFTER.test(candidate.textAfter) &&
    !candidate.capitalizedBefore &&
    !/\bof\s+$/.test(candidate.textBefore) &&
    !isGivenName(candidate.surface)
  );
}

function isSentenceEndingName(candidate: NameCandidate, { place, curated }: PlaceCandidate): boolean {
  return (
    candidate.dotted &&
    !curated &&
    !/\./.test(candidate.surface.slice(0, -1)) &&
    (place.kind === 'country' || place.kind === 'region' || place.population >= MILLION_CITY)
  );
}

/**
 * A name in capitals opening a wire story, before its credit or a dash, is the place it was filed
 * from, whatever the rules made of the words before it ("The Associated Press. WASHINGTON (AP)" reads
 * like one long name), when that is a country, a region or a city of 100,000 or more (a small
 * town's dateline, "CAMP MURRAY, Wash.", is as often another town of its name).
 */
export function isDateline(candidate: NameCandidate, { place }: PlaceCandidate): boolean {
  return (
    (place.kind === 'country' || place.kind === 'region' || place.population >= BIG_CITY) &&
    isWrittenAsDateline(candidate.surface, candidate.textAfter)
  );
}

// A list's joint: a comma ("Kisumu, Bondo"), or "and" / "or" before its last item ("Nakuru and
// Bunyala"), past capitalized names the gazetteer does not know ("Homa Bay, Rongo, Siaya").
const CAPITALIZED_ITEM = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?`;
const LIST_JOINT = new RegExp(
  String.raw`^(?:\s*,\s*${CAPITALIZED_ITEM})*(?:\s*,\s*(?:(and|or)\s+)?|,?\s+(and|or)\s+)$`,
  'u',
);
const MAX_LIST_JOINT = 40;
// Items of a list the tagger kept as places of one country, at least, and their share of the others.
const LISTED_PLACES = 3;
const LISTED_SHARE = 2 / 3;
// ...and a name of the list lies among them: near one ("Smith and Jones" after four towns of
// Massachusetts are no villages of Nevada and Oklahoma).
const LISTED_NEAR_KM = 200;
const LISTED_NEIGHBOURS = 6;

/**
 * Names listed among places of one country are places of that country too: "Suba, Migori, Homa Bay,
 * ... Bondo, Nyando and Bunyala are among the worst affected districts" names no person among
 * Kenyan towns. A name left out is kept where its reading lies within a country, within 200 km of
 * a place the list shows beside it, and three of the list's other names the gazetteer knows at
 * least, and two in three of them, are shown as places within that country. A list ends at the name
 * after its "and" or "or" ("Austin and Lubbock, Perry said" lists no Perry). (Countries are listed
 * among countries, and found so already.)
 */
export function listedAmongPlaces<Name extends TextRange>(
  text: string,
  names: readonly Name[],
  shown: ReadonlyMap<Name, PlaceCandidate>,
  readingOf: (name: Name) => PlaceCandidate | undefined,
): Map<Name, PlaceCandidate> {
  const added = new Map<Name, PlaceCandidate>();
  let run: Name[] = [];
  const closeRun = () => {
    if (run.length <= LISTED_PLACES) return;
    // Counted once a run: a name not shown is never among its own country's shown places.
    const shownIn = new Map<string, number>();
    for (const name of run) {
      const place = shown.get(name)?.place;
      if (place && place.kind !== 'country' && place.country)
        shownIn.set(place.country, (shownIn.get(place.country) ?? 0) + 1);
    }
    const others = run.length - 1;
    run.forEach((name, position) => {
      if (shown.has(name)) return;
      const reading = readingOf(name);
      if (!reading?.place.country || reading.place.kind === 'country') return;
      const alike = shownIn.get(reading.place.country) ?? 0;
      if (alike < LISTED_PLACES || alike < LISTED_SHARE * others) return;
      // Its neighbours in the list, not the whole list: a page's list may run to thousands of names.
      const { lat, lon } = reading.place;
      const near = run
        .slice(Math.max(0, position - LISTED_NEIGHBOURS), position + LISTED_NEIGHBOURS + 1)
        .some((other) => {
          const place = shown.get(other)?.place;
          return place !== undefined && distanceKm(lat, lon, place.lat, place.lon) <= LISTED_NEAR_KM;
        });
      if (near) added.set(name, reading);
    });
  };
  let ended = false;
  names.forEach((name, index) => {
    const previous = names[index - 1];
    const joint =
      previous !== undefined && name.start - previous.end <= MAX_LIST_JOINT
        ? LIST_JOINT.exec(text.slice(previous.end, name.start))
        : null;
    if (!joint || ended) {
      closeRun();
      run = [];
    }
    run.push(name);
    ended = joint !== null && (joint[1] !== undefined || joint[2] !== undefined);
  });
  closeRun();
  return added;
}

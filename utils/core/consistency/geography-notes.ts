/**
 * Figures checked against the gazetteer. A stated distance between two places it knows is compared
 * with the great-circle distance ("Kharkiv, approximately 56 miles west" of Kupiansk: 102 km, 64
 * miles in a straight line), and a stated direction with the bearing. A stated population is
 * compared with GeoNames' figure, whose year GeoNames does not record.
 */
import type { Gazetteer, Place } from '../places/gazetteer';
import { bearingDegrees, bearingDifference, compassPoint, directionBearing, distanceKm } from '../places/geo';
import { SETTLEMENT_KINDS } from '../places/place-context';
import { placeKey } from '../places/place-key';
import { namesASide, type PlaceInText } from '../claims/claim-subjects';
import type { Claim } from '../types';
import type { ConsistencyNote, Evidence } from '../results';
import { baseValue } from '../claims/figure-values';
import { interval, intervalsMeet, roughly } from './compare-figures';
import { figureNote } from './note-parts';

const KM_PER_MILE = 1.609344;
// A road is longer than the straight line, rarely by half again.
const ROAD_FACTOR = 1.5;
const DIRECTION_TOLERANCE = 45;
const PLAUSIBLE_FACTOR = 3;
const PEOPLE_PER_KM2 = 2_000;
const MAX_TOWN_RADIUS_KM = 25;
const DIRECTION_AFTER =
  /^[\s,]*(?:to the\s+)?(north(?:[-\s]?(?:east|west))?|south(?:[-\s]?(?:east|west))?|east|west)\b(?:\s+of\s+)?/i;
const MEASURED_FROM =
  /^[\s,]*(?:(?:north|south|east|west)\S*\s+)?(?:from|of|away|to|outside|behind|inside|into|beyond|off)\b/i;
// Below this, a settlement is a village, whose name the country's other villages often share.
const MIN_TOWN_POPULATION = 5_000;

const sharesItsName = (place: Place, gazetteer: Gazetteer) =>
  gazetteer
    .withKey(placeKey(place.name))
    .some(
      (other) => other.place.id !== place.id && other.place.country === place.country && other.place.kind !== 'hamlet',
    );
// Words that make a count a population: "home to 70,000 people", "a town of 8,000", "population of about 80,000".
const POPULATION_BEFORE =
  /\b(?:population (?:of|is|was|stood at|had been)|home to|(?:city|town|village) of|inhabited by|populated by)\s*$/i;
const POPULATION_AFTER = /^\s+(?:who\s+)?(?:lived|live|living)\s+(there|in)\b/i;
// What may stand between "lived in" and the town: "lived in the eastern city of Mariupol", not "lived in houses nearby".
const LIVED_IN_TO_TOWN = /^\s*(?:the\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village)\s+of\s+)?$/iu;
// "Once home to 40,000": the count of another time, which the town no longer has.
const ONCE_POPULATION =
  /\b(?:once|formerly)\s+(?:home\s+to|a\s+(?:city|town|village)\s+of|(?:had\s+)?(?:a\s+)?population\s+of)\s*$/i;
// A population phrase that opens its sentence, before the town it describes: "Home to about 1.4
// million people before the war, Kharkiv"; "A city of 500,000, Kherson".
const PREPOSED_POPULATION =
  /^[\s"'“‘(]*(?:(?:once|formerly|now)\s+)?(?:home to|an?\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village) of|with a population of)\s*$/iu;
// Between such a figure and its town: the rest of the phrase, a comma, perhaps what the town is
// ("Ukraine's second-largest city,"), then the town or "the industrial city of" it.
const DESCRIBED_AFTER =
  /^[^,;:.!?]{0,40},\s*(?:[^,;:.!?]{0,40}\b(?:city|town|village|capital|port)\s*,\s*)?(?:the\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village)\s+of\s+)?$/iu;
const POPULATION_NOUNS = new Set(['people', 'residents', 'inhabitants']);
const ANOTHER_SUBJECT = /\b(?:said|says|told|according|the (?:town|city|village|settlement))\b/i;
const POPULATION_BEFORE_WAR =
  /\b(?:(?:before|prior to)\s+(?:the\s+|russia['’]s\s+)?(?:full-scale\s+)?(?:war|invasion)|pre-?war)\b/i;
const POPULATION_SINCE_CHANGED =
  /\b(?:now|still|remain(?:s|ed|ing)?|left(?!\s+(?:bank|side|flank|wing))|fled|evacuated|today|currently|down from|dropped|fallen|since the (?:full-scale )?(?:war|invasion))\b/i;
// A distance between places says so: "56 miles west", "30 km from", "some 100 kilometres east of",
// "away"; a length of a thing ("the 1,250-km front line", "a 300 km range") does not.
const BETWEEN_PLACES =
  /^(?:\s*[([][^)\]]*[)\]])?[\s,]*(?:(?:to the\s+)?(?:north|south|east|west)|from|away|outside|of|off|beyond)\b/i;
// How far after a distance the place it is counted from may be named: "100 km east of Kharkiv".
const NEXT_PLACE_REACH = 40;
// How far back the town a distance is counted from may be named.
const REFERENCE_REACH = 400;
const BETWEEN_BEFORE = /\b(?:distance of|between)\s+(?:\S+\s+){0,2}$/i;
// "Kramatorsk, about 60 miles from the front line near Bakhmut": counted from something that is not
// the town named after it, which only says where that thing is. "The front-line city of Bakhmut"
// and "the border town of Vovchansk" are the town itself.
const FROM_A_THING = /\b(?:front(?:[\s-]*lines?)?|frontline|border|positions?|outskirts|edge)\b/i;
const THING_AS_ADJECTIVE =
  /\b(?:front(?:[\s-]*lines?)?|frontline|border)[\s-]+(?:city|town|village|settlement|region|area|community)\b/gi;
// "Chernihiv, about 90 miles north-east of Kyiv and a city of 285,000": the town a distance or a
// direction is counted from, after another town the sentence names first, is not the one a
// population that follows is of.
const COUNTED_FROM =
  /(?:\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?|(?:\d\s*|\b)(?:miles?|km|kilomet(?:er|re)s?))\s+(?:(?:of|from|outside|away from)\s+)?(?:the\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village)\s+of\s+)?(?:(?:the\s+|[\p{L}]+['’]s\s+)?(?:[\p{L}-]+\s+)?capital,?\s+)?$/iu;

function gazetteerEvidence(quote: string, figure: string, agrees: boolean): Evidence {
  return {
    id: 'gazetteer',
    origin: 'gazetteer',
    title: 'Gazetteer (GeoNames)',
    source: 'GeoNames',
    date: null,
    quote,
    marks: [],
    figure,
    agrees,
  };
}

const km = (value: number) =>
  `${Math.round(value).toLocaleString('en-US')} km (${Math.round(value / KM_PER_MILE).toLocaleString('en-US')} miles)`;

/** The two places a distance runs between: named in its sentence, or the article's main town and the place the sentence names. */
function endpoints(
  text: string,
  claim: Claim,
  places: readonly PlaceInText[],
  gazetteer: Gazetteer,
): [Place, Place] | null {
  const isPoint = (place: PlaceInText) => SETTLEMENT_KINDS.has(place.kind);
  const inSentence = places.filter(
    (place) => place.start >= claim.sentence.start && place.end <= claim.sentence.end && isPoint(place),
  );
  const distinct = [...new Map(inSentence.map((place) => [place.id, place])).values()];
  // "Kupiansk, some 100 kilometres east of Kharkiv": one place before the figure, one just after it.
  const justAfter = distinct.filter((place) => place.start >= claim.end && place.start - claim.end <= NEXT_PLACE_REACH);
  const before = distinct.filter((place) => place.end <= claim.start);
  // "About 10 miles from Poland and an hour west of Lviv": counted from the first place named after
  // the figure, here a country's border, which is no point to measure to.
  const firstAfter = places.find((place) => place.start >= claim.end && place.end <= claim.sentence.end);
  if (justAfter.length && firstAfter && !isPoint(firstAfter)) return null;
  const nextPoint = inSentence.find((place) => place.start >= claim.end);
  const toNextPoint = nextPoint ? text.slice(claim.end, Math.min(nextPoint.start, claim.end + NEXT_PLACE_REACH)) : '';
  if (FROM_A_THING.test(toNextPoint.replace(THING_AS_ADJECTIVE, ''))) return null;
  if (justAfter.length && before.length)
    return [gazetteer.get(justAfter[0]!.id)!, gazetteer.get(before[before.length - 1]!.id)!];
  if (distinct.length !== 1) return null;
  const named = distinct[0]!;
  // "8 kilometers from Russian positions": measured from something that is not a place.
  if (named.start > claim.start || MEASURED_FROM.test(text.slice(claim.end, claim.sentence.end))) return null;
  // Where the text stands: the town it names most just before (the last few sentences), latest first
  // on a tie. A town named far away is no reference for "56 miles west".
  const counts = new Map<string, { count: number; last: number }>();
  for (const place of places) {
    if (
      !isPoint(place) ||
      place.id === named.id ||
      place.start >= claim.sentence.start ||
      place.start < claim.sentence.start - REFERENCE_REACH
    )
      continue;
    counts.set(place.id, { count: (counts.get(place.id)?.count ?? 0) + 1, last: place.start });
  }
  const main = [...counts].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last)[0];
  return main ? [gazetteer.get(main[0])!, gazetteer.get(named.id)!] : null;
}

/** A town's radius as its people would spread at 2,000 a square kilometre (Donetsk, 990,000: 12.5 km); none for a region. */
function townRadiusKm(place: Place): number {
  if (!SETTLEMENT_KINDS.has(place.kind)) return 0;
  return Math.min(MAX_TOWN_RADIUS_KM, Math.sqrt(place.population / (Math.PI * PEOPLE_PER_KM2)));
}

function distanceNotes(
  text: string,
  claim: Claim,
  places: readonly PlaceInText[],
  gazetteer: Gazetteer,
): ConsistencyNote[] {
  const between =
    BETWEEN_PLACES.test(text.slice(claim.end, claim.sentence.end)) ||
    BETWEEN_BEFORE.test(text.slice(claim.sentence.start, claim.start));
  if (!between) return [];
  const ends = endpoints(text, claim, places, gazetteer);
  if (!ends || ends.some((place) => !place)) return [];
  const [from, to] = ends;
  const straight = distanceKm(from.lat, from.lon, to.lat, to.lon);
  const stated = baseValue(claim);
  // One place named twice, or two names of one spot: there is no distance to check. Three times
  // off either way says the two places are not what the distance runs between.
  if (from.id === to.id || straight < 1 || stated > straight * PLAUSIBLE_FACTOR || stated * PLAUSIBLE_FACTOR < straight)
    return [];
  const [low, high] = interval(roughly(claim), 0.05);
  const pointQuote = `${from.name} (${from.lat.toFixed(2)}, ${from.lon.toFixed(2)}) to ${to.name} (${to.lat.toFixed(2)}, ${to.lon.toFixed(2)}): ${km(straight)} in a straight line.`;
  const notes: ConsistencyNote[] = [];
  const agrees = intervalsMeet([low, high], [straight, straight]);
  // The gazetteer gives a town's centre; news measures as often from its edge ("Avdiivka, 10 km
  // north of Donetsk": 14 km from the centre of a city 25 km across), or from a spot the town's name
  // stands for ("a stadium in Al Rayyan, 20km west of Doha": 11 km between the centres).
  // A figure that fits only such a measure may be either: judges of real news read "seven miles
  // south of Sloviansk" against the 17 km between the centres as a contradiction. Not a note either way.
  const extents = townRadiusKm(from) + townRadiusKm(to);
  const edgeLike = !agrees && intervalsMeet([low, high], [Math.max(0, straight - extents), straight + extents]);
  // Longer than the line by what a road adds: the page may give the road's length. Not a note either way.
  const roadLike = !agrees && stated > straight && stated <= straight * ROAD_FACTOR;
  const difference = Math.round(((stated - straight) / straight) * 100);
  if (!roadLike && !edgeLike)
    notes.push(
      figureNote(
        text,
        claim,
        'distance',
        agrees,
        gazetteerEvidence(pointQuote, km(straight), agrees),
        agrees
          ? `${from.name} to ${to.name} is ${km(straight)} in a straight line, as stated.`
          : `${from.name} to ${to.name} is ${km(straight)} in a straight line; the page says ${claim.text} (${Math.abs(difference)}% ${difference > 0 ? 'more' : 'less'})${stated < straight ? ', shorter than the straight line, which no route can be' : ''}.`,
      ),
    );
  const direction = DIRECTION_AFTER.exec(text.slice(claim.end, claim.sentence.end));
  const statedBearing = direction ? directionBearing(direction[1]!) : undefined;
  if (statedBearing !== undefined) {
    const actual = bearingDegrees(from.lat, from.lon, to.lat, to.lon);
    const fits = bearingDifference(actual, statedBearing) <= DIRECTION_TOLERANCE;
    notes.push(
      figureNote(
        text,
        claim,
        'direction',
        fits,
        gazetteerEvidence(
          `Bearing from ${from.name} to ${to.name}: ${Math.round(actual)}° (${compassPoint(actual)}).`,
          compassPoint(actual),
          fits,
        ),
        fits
          ? `${to.name} does lie ${direction![1]!.toLowerCase()} of ${from.name}.`
          : `${to.name} lies ${compassPoint(actual)} of ${from.name}, not ${direction![1]!.toLowerCase()}.`,
      ),
    );
  }
  return notes;
}

function populationNote(
  text: string,
  claim: Claim,
  places: readonly PlaceInText[],
  gazetteer: Gazetteer,
): ConsistencyNote | null {
  const before = text.slice(Math.max(claim.sentence.start, claim.start - 40), claim.start);
  const after = text.slice(claim.end, Math.min(claim.sentence.end, claim.end + 40));
  // "Home to", "a city of", "population of" before the figure; "who lived in" or "living there" after it.
  const homeTo = POPULATION_BEFORE.test(before);
  const livedIn = POPULATION_AFTER.exec(after);
  if (!POPULATION_NOUNS.has(claim.unit ?? '') || !(homeTo || livedIn || claim.unit === 'inhabitants')) return null;
  // The place the figure is the population of, when its frame says ("the Donetsk region, home to
  // 4 million" is the region's, whatever towns the sentence names after it); else the sentence's nearest town.
  // "Kherson, a city of 60,000 people on the Dnipro" is Kherson's: after "home to", "a city of" or
  // "population of", the town is the one named before the figure; after "lived in", the one after it.
  const towns = places.filter(
    (mention) =>
      SETTLEMENT_KINDS.has(mention.kind) && mention.start >= claim.sentence.start && mention.end <= claim.sentence.end,
  );
  if (ONCE_POPULATION.test(before)) return null;
  // "400 people who lived in houses nearby" live in no town: the town must follow "lived in" at once.
  if (livedIn?.[1]?.toLowerCase() === 'in') {
    const from = claim.end + livedIn[0].length;
    const town = towns.find((mention) => mention.start >= from);
    if (!town || !LIVED_IN_TO_TOWN.test(text.slice(from, town.start))) return null;
  }
  const named = livedIn
    ? towns.find((mention) => mention.start >= claim.end)
    : towns.filter((mention) => mention.end <= claim.start).pop();
  const frameTownNamedBefore = places.some(
    (mention) =>
      claim.frame?.of.includes(mention.id) && mention.start >= claim.sentence.start && mention.end <= claim.start,
  );
  // "The city, home to 300,000 people, is 50 miles from Kharkiv": after "home to" or "a city of",
  // a town named only after the figure is its own only when the figure opens the sentence and the
  // town is what it describes ("Home to 1.4 million people, Kharkiv"); else the town is an
  // earlier sentence's. A sentence naming no place at all points back to it ("the city of about
  // 300,000 people was cut off"), as its subject says.
  const namesAPlace = places.some(
    (mention) =>
      mention.start >= claim.sentence.start && mention.end <= claim.sentence.end && !namesASide(text, mention),
  );
  if (namesAPlace && homeTo && !livedIn && !(named && named.end <= claim.start) && !frameTownNamedBefore) {
    const opening = text.slice(claim.sentence.start, claim.start);
    const described = towns.find((mention) => mention.start >= claim.end);
    if (
      !PREPOSED_POPULATION.test(opening) ||
      !described ||
      !DESCRIBED_AFTER.test(text.slice(claim.end, described.start))
    )
      return null;
  }
  // "Officials in Kyiv said the town, home to 12,000 people": the figure is another town's, unnamed here.
  if (named && named.end <= claim.start && ANOTHER_SUBJECT.test(text.slice(named.end, claim.start))) return null;
  const namedFirst = towns.find((mention) => mention.end <= claim.start);
  if (
    named &&
    namedFirst &&
    namedFirst.id !== named.id &&
    named.end <= claim.start &&
    COUNTED_FROM.test(text.slice(namedFirst.end, named.start))
  )
    return null;
  // "Izyum, a city that was once home to 40,000 people, and the nearby city of Slovyansk": after
  // "home to" the place is named before the figure, so a frame's place named only after it is not it.
  const useFrame = claim.frame?.of.length && (frameTownNamedBefore || !named || livedIn || !homeTo);
  const subjects = useFrame
    ? claim.subject.places.filter((subject) => claim.frame!.of.includes(subject.id)).slice(0, 1)
    : named
      ? [named]
      : claim.subject.places;
  const place = subjects
    .map((subject) => gazetteer.get(subject.id))
    .find((candidate) => candidate && candidate.population > 0);
  if (!place || !SETTLEMENT_KINDS.has(place.kind)) return null;
  // A village's name is shared by dozens of villages (Andriivka, Novoselivka), of which the register
  // holds a few: when it holds two of the country's, the one chosen is as likely another.
  if (place.population < MIN_TOWN_POPULATION && sharesItsName(place, gazetteer)) return null;
  // "now home to 60,000", "the 2,000 who remain": a town emptied by war is not its census, nor wrong;
  // "the 70,000 people who lived there before the war left" still gives the count before. Read in
  // the sentence up to the figure and the figure's own clause after it: "a city of 60,000 on the
  // Dnipro, is still shelled" is a census figure, "Today, Kherson is home to 60,000" is not.
  const clause = `${text.slice(claim.sentence.start, claim.start)} ${after.split(/[,;:)—–]/)[0]}`;
  if (POPULATION_SINCE_CHANGED.test(clause) && !POPULATION_BEFORE_WAR.test(clause)) return null;
  // A round count agrees with what rounds to it ("3,000" with 3,360), "about" with a tenth either way.
  // The register's count is of a year it does not record, so a count that differs is a change
  // over time, never a contradiction: populations move and censuses age.
  const agrees = intervalsMeet(roundedInterval(roughly(claim)), [place.population, place.population]);
  const figure = `${place.population.toLocaleString('en-US')} people`;
  const note = figureNote(
    text,
    claim,
    'population',
    agrees,
    {
      ...gazetteerEvidence(
        `${place.name}: population ${figure} (GeoNames; the year of the count is not recorded).`,
        figure,
        agrees,
      ),
      ...(agrees ? {} : { datesDiffer: true }),
    },
    agrees
      ? `GeoNames gives ${place.name} ${figure}, close to the page's ${claim.text}.`
      : `GeoNames gives ${place.name} ${figure}; the page says ${claim.text}. The register's count is of another year, so this may be a change over time.`,
  );
  return { ...note, datesDiffer: !agrees };
}

/**
 * What a count allows as written: the values that round to it (400,000 allows 350,000 to 450,000;
 * 3,360 only itself, within the 2% any figure gets), "about" at least a tenth either way, an open
 * bound from its edge. A round count is read as a reader reads it, not as its last digit would
 * have it: at most an eighth either way ("a port city of 100,000" is not Berdyansk's 118,284) and at
 * least a twentieth ("a city of 1.5million" is Kharkiv's 1,430,885).
 */
const ROUND_AT_MOST = 1 / 8;
const ROUND_AT_LEAST = 1 / 20;
const ROUND_FIGURES = 2;
function roundedInterval(claim: Claim): [number, number] {
  const [low, high] = interval(claim);
  if (claim.bound !== 'exact' && claim.bound !== 'about') return [low, high];
  const value = baseValue(claim, claim.high ?? claim.value);
  const digits = String(Math.round(Math.abs(value)));
  const zeros = /^\d+?(0*)$/.exec(digits)?.[1]?.length ?? 0;
  // Only a count of one or two figures before its noughts is round: 112,710 is itself.
  const floor = digits.length - zeros <= ROUND_FIGURES ? Math.abs(value) * ROUND_AT_LEAST : 0;
  const half = zeros > 0 ? Math.min(Math.abs(value) * ROUND_AT_MOST, Math.max(floor, 10 ** zeros / 2)) : 0;
  return [Math.min(low, baseValue(claim) - half), Math.max(high, value + half)];
}

export function geographyNotes(
  text: string,
  claims: readonly Claim[],
  places: readonly PlaceInText[],
  gazetteer: Gazetteer,
): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  for (const claim of claims) {
    if (claim.kind === 'distance') notes.push(...distanceNotes(text, claim, places, gazetteer));
    if (claim.kind === 'count') {
      const note = populationNote(text, claim, places, gazetteer);
      if (note) notes.push(note);
    }
  }
  return notes;
}

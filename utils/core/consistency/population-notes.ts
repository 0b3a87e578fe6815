/**
 * A stated population checked against the gazetteer: the town it is of, read from how the sentence
 * ties them ("Kherson, a city of 60,000"; "Home to 1.4 million people, Kharkiv"), compared with
 * GeoNames' figure, whose year GeoNames does not record, so a count that differs is shown as a
 * change over time.
 */
import type { Gazetteer, Place } from '../places/gazetteer';
import { SETTLEMENT_KINDS } from '../places/place-context';
import { placeKey } from '../places/place-key';
import { namesASide, type PlaceInText } from '../claims/claim-subjects';
import type { Claim } from '../types';
import type { ConsistencyNote } from '../results';
import { baseValue } from '../claims/figure-values';
import { interval, intervalsMeet, roughly } from './compare-figures';
import { figureNote, gazetteerEvidence } from './note-parts';

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
// "the eastern city of", "the town of" before a town's name, or nothing.
const THE_TOWN_OF = String.raw`(?:the\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village)\s+of\s+)?`;
// What may stand between "lived in" and the town: "lived in the eastern city of Mariupol", not "lived in houses nearby".
const LIVED_IN_TO_TOWN = new RegExp(String.raw`^\s*${THE_TOWN_OF}$`, 'iu');
// "Once home to 40,000": the count of another time, which the town no longer has.
const ONCE_POPULATION =
  /\b(?:once|formerly)\s+(?:home\s+to|a\s+(?:city|town|village)\s+of|(?:had\s+)?(?:a\s+)?population\s+of)\s*$/i;
// A population phrase that opens its sentence, before the town it describes: "Home to about 1.4
// million people before the war, Kharkiv"; "A city of 500,000, Kherson".
const PREPOSED_POPULATION =
  /^[\s"'“‘(]*(?:(?:once|formerly|now)\s+)?(?:home to|an?\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village) of|with a population of)\s*$/iu;
// Between such a figure and its town: the rest of the phrase, a comma, perhaps what the town is
// ("Ukraine's second-largest city,"), then the town or "the industrial city of" it.
const DESCRIBED_AFTER = new RegExp(
  String.raw`^[^,;:.!?]{0,40},\s*(?:[^,;:.!?]{0,40}\b(?:city|town|village|capital|port)\s*,\s*)?${THE_TOWN_OF}$`,
  'iu',
);
const POPULATION_NOUNS = new Set(['people', 'residents', 'inhabitants']);
const AREA_AFTER =
  /^\s*(?:metropolitan\s+|metro\s+|urban\s+)?(?:area|region|district|oblast|province|agglomeration|county)\b/i;
// "Mariupol's 400,000 inhabitants", "Kherson, which has 300,000 inhabitants": a town's own; "six
// inhabitants of the village died" are some of them, and a bare count of inhabitants is no census.
const WHOLE_TOWN_BEFORE = /(?:['’]s|\b(?:its|their|has|have|had|with))\s*$/i;
// "Bucha's 30 inhabitants killed", "six inhabitants of the town": a handful, or some "of" a place.
const FEWEST_TOWNS_INHABITANTS = 1_000;
const INHABITANTS_OF = /^\s+of\b/i;
const ANOTHER_SUBJECT = /\b(?:said|says|told|according|the (?:town|city|village|settlement))\b/i;
const POPULATION_BEFORE_WAR =
  /\b(?:(?:before|prior to)\s+(?:the\s+|russia['’]s\s+)?(?:full-scale\s+)?(?:war|invasion)|pre-?war)\b/i;
const POPULATION_SINCE_CHANGED =
  /\b(?:now|still|remain(?:s|ed|ing)?|left(?!\s+(?:bank|side|flank|wing))|fled|evacuated|today|currently|down from|dropped|fallen|since the (?:full-scale )?(?:war|invasion))\b/i;
// "Chernihiv, about 90 miles north-east of Kyiv and a city of 285,000": the town a distance or a
// direction is counted from, after another town the sentence names first, is not the one a
// population that follows is of.
const COUNTED_FROM = new RegExp(
  String.raw`(?:\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?|(?:\d\s*|\b)(?:miles?|km|kilomet(?:er|re)s?))\s+(?:(?:of|from|outside|away from)\s+)?${THE_TOWN_OF}(?:(?:the\s+|[\p{L}]+['’]s\s+)?(?:[\p{L}-]+\s+)?capital,?\s+)?$`,
  'iu',
);

export function populationNote(
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
  const townsInhabitants =
    claim.unit === 'inhabitants' &&
    WHOLE_TOWN_BEFORE.test(before) &&
    !INHABITANTS_OF.test(after) &&
    baseValue(claim) >= FEWEST_TOWNS_INHABITANTS;
  if (!POPULATION_NOUNS.has(claim.unit ?? '') || !(homeTo || livedIn || townsInhabitants)) return null;
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
  if (namesAPlace && homeTo && !livedIn && !named && !frameTownNamedBefore) {
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
  // "The greater Kyiv area", "the Sloviansk region": named for the town, larger than it. The
  // sentence's first mention says what it speaks of ("Bakhmut, a town in the Bakhmut district").
  const read = places.find(
    (mention) => mention.id === place.id && mention.start >= claim.sentence.start && mention.end <= claim.sentence.end,
  );
  if (
    read &&
    (AREA_AFTER.test(text.slice(read.end, read.end + 30)) ||
      /\bgreater\s+$/i.test(text.slice(Math.max(0, read.start - 10), read.start)))
  )
    return null;
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

/**
 * Figures checked against the gazetteer. A stated distance between two places it knows is compared
 * with the great-circle distance ("Kharkiv, approximately 56 miles west" of Kupiansk: 102 km, 64
 * miles in a straight line), and a stated direction with the bearing. A stated population is
 * compared with GeoNames' figure, whose year GeoNames does not record.
 */
import type { Gazetteer, Place } from '../places/gazetteer';
import { bearingDegrees, bearingDifference, compassPoint, directionBearing, distanceKm } from '../places/geo';
import type { PlaceInText } from '../claims/claim-subjects';
import type { Claim, ConsistencyNote, Evidence, PlaceKind } from '../types';
import { baseValue, interval, intervalsMeet } from './compare-figures';
import { figureNote } from './note-parts';

const POINT_KINDS = new Set<PlaceKind>(['city', 'town', 'village']);
const KM_PER_MILE = 1.609344;
// A road is longer than the straight line, rarely by half again.
const ROAD_FACTOR = 1.5;
const DIRECTION_TOLERANCE = 45;
const DIRECTION_AFTER = /^[\s,]*(?:to the\s+)?(north(?:[-\s]?(?:east|west))?|south(?:[-\s]?(?:east|west))?|east|west)\b(?:\s+of\s+)?/i;
const MEASURED_FROM = /^[\s,]*(?:(?:north|south|east|west)\S*\s+)?(?:from|of|away|to|outside|behind|inside|into|beyond|off)\b/i;
// Words that make a count a population: "home to 70,000 people", "a town of 8,000", "population of about 80,000".
const POPULATION_BEFORE = /\b(?:population (?:of|is|was|stood at|had been)|home to|(?:city|town|village) of|inhabited by|populated by)\s*$/i;
const POPULATION_AFTER = /^\s+(?:who\s+)?(?:lived|live|living)\s+(?:there|in)\b/i;
const POPULATION_NOUNS = new Set(['people', 'residents', 'inhabitants']);

function gazetteerEvidence(quote: string, figure: string, agrees: boolean): Evidence {
  return { id: 'gazetteer', origin: 'gazetteer', title: 'Gazetteer (GeoNames)', source: 'GeoNames', date: null, quote, marks: [], figure, agrees };
}

const km = (value: number) => `${Math.round(value).toLocaleString('en-US')} km (${Math.round(value / KM_PER_MILE).toLocaleString('en-US')} miles)`;

/** The two places a distance runs between: named in its sentence, or the article's main town and the place the sentence names. */
function endpoints(text: string, claim: Claim, places: readonly PlaceInText[], gazetteer: Gazetteer): [Place, Place] | null {
  const isPoint = (place: PlaceInText) => POINT_KINDS.has(place.kind);
  const inSentence = places.filter((place) => place.start >= claim.sentence.start && place.end <= claim.sentence.end && isPoint(place));
  const distinct = [...new Map(inSentence.map((place) => [place.id, place])).values()];
  if (distinct.length >= 2) {
    const before = distinct.filter((place) => place.end <= claim.start);
    const after = distinct.filter((place) => place.start >= claim.end);
    const from = after[0] ?? distinct[distinct.length - 1]!;
    const to = before[before.length - 1] ?? distinct.find((place) => place.id !== from.id)!;
    return [gazetteer.get(from.id)!, gazetteer.get(to.id)!];
  }
  if (distinct.length !== 1) return null;
  const named = distinct[0]!;
  // "8 kilometers from Russian positions": measured from something that is not a place.
  if (named.start > claim.start || MEASURED_FROM.test(text.slice(claim.end, claim.sentence.end))) return null;
  // The article's main place: the town it names most, latest first on a tie.
  const counts = new Map<string, number>();
  for (const place of places) if (isPoint(place) && place.id !== named.id && place.start < claim.sentence.start) counts.set(place.id, (counts.get(place.id) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0];
  return main ? [gazetteer.get(main[0])!, gazetteer.get(named.id)!] : null;
}

function distanceNotes(text: string, claim: Claim, places: readonly PlaceInText[], gazetteer: Gazetteer): ConsistencyNote[] {
  const ends = endpoints(text, claim, places, gazetteer);
  if (!ends || ends.some((place) => !place)) return [];
  const [from, to] = ends;
  const straight = distanceKm(from.lat, from.lon, to.lat, to.lon);
  const stated = baseValue(claim);
  const [low, high] = interval(claim, 0.05);
  const pointQuote = `${from.name} (${from.lat.toFixed(2)}, ${from.lon.toFixed(2)}) to ${to.name} (${to.lat.toFixed(2)}, ${to.lon.toFixed(2)}): ${km(straight)} in a straight line.`;
  const notes: ConsistencyNote[] = [];
  const agrees = intervalsMeet([low, high], [straight, straight]);
  const roadLike = !agrees && stated > straight && stated <= straight * ROAD_FACTOR;
  const difference = Math.round(((stated - straight) / straight) * 100);
  notes.push(
    figureNote(
      text,
      claim,
      'distance',
      agrees,
      gazetteerEvidence(pointQuote, km(straight), agrees),
      agrees
        ? `${from.name} to ${to.name} is ${km(straight)} in a straight line, as stated.`
        : `${from.name} to ${to.name} is ${km(straight)} in a straight line; the page says ${claim.text} (${Math.abs(difference)}% ${difference > 0 ? 'more' : 'less'})${roadLike ? ', which a road distance could explain' : stated < straight ? ', shorter than the straight line, which no route can be' : ''}.`,
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
        gazetteerEvidence(`Bearing from ${from.name} to ${to.name}: ${Math.round(actual)}° (${compassPoint(actual)}).`, compassPoint(actual), fits),
        fits ? `${to.name} does lie ${direction![1]!.toLowerCase()} of ${from.name}.` : `${to.name} lies ${compassPoint(actual)} of ${from.name}, not ${direction![1]!.toLowerCase()}.`,
      ),
    );
  }
  return notes;
}

function populationNote(text: string, claim: Claim, gazetteer: Gazetteer): ConsistencyNote | null {
  const before = text.slice(Math.max(claim.sentence.start, claim.start - 40), claim.start);
  const after = text.slice(claim.end, Math.min(claim.sentence.end, claim.end + 40));
  if (!POPULATION_NOUNS.has(claim.unit ?? '') || !(POPULATION_BEFORE.test(before) || POPULATION_AFTER.test(after) || claim.unit === 'inhabitants')) return null;
  const place = claim.subject.places.map((subject) => gazetteer.get(subject.id)).find((candidate) => candidate && POINT_KINDS.has(candidate.kind) && candidate.population > 0);
  if (!place) return null;
  // Populations move and censuses age: a quarter either way still agrees.
  const agrees = intervalsMeet(interval(claim, 0.25), [place.population, place.population]);
  const figure = `${place.population.toLocaleString('en-US')} people`;
  return figureNote(
    text,
    claim,
    'population',
    agrees,
    gazetteerEvidence(`${place.name}: population ${figure} (GeoNames; the year of the count is not recorded).`, figure, agrees),
    agrees ? `GeoNames gives ${place.name} ${figure}, close to the page's ${claim.text}.` : `GeoNames gives ${place.name} ${figure}; the page says ${claim.text}. Counts of different years may explain part of it.`,
  );
}

export function geographyNotes(text: string, claims: readonly Claim[], places: readonly PlaceInText[], gazetteer: Gazetteer): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  for (const claim of claims) {
    if (claim.kind === 'distance') notes.push(...distanceNotes(text, claim, places, gazetteer));
    if (claim.kind === 'count') {
      const note = populationNote(text, claim, gazetteer);
      if (note) notes.push(note);
    }
  }
  return notes;
}

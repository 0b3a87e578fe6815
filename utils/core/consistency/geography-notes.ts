/**
 * Figures checked against the gazetteer. A stated distance between two places it knows is compared
 * with the great-circle distance ("Kharkiv, approximately 56 miles west" of Kupiansk: 102 km, 64
 * miles in a straight line), and a stated direction with the bearing; a stated population as
 * `population-notes.ts` reads it.
 */
import type { Gazetteer, Place } from '../places/gazetteer';
import { bearingDegrees, bearingDifference, compassPoint, directionBearing, distanceKm } from '../places/geo';
import { SETTLEMENT_KINDS } from '../places/place-context';
import type { PlaceInText } from '../claims/claim-subjects';
import type { Claim } from '../types';
import type { ConsistencyNote } from '../results';
import { baseValue } from '../claims/figure-values';
import { interval, intervalsMeet, roughly } from './compare-figures';
import { figureNote, gazetteerEvidence } from './note-parts';
import { populationNote } from './population-notes';

const KM_PER_MILE = 1.609344;
// A road is longer than the straight line, rarely by half again.
const ROAD_FACTOR = 1.5;
const DIRECTION_TOLERANCE = 45;
const PLAUSIBLE_FACTOR = 3;
const PEOPLE_PER_KM2 = 2_000;
const MAX_TOWN_RADIUS_KM = 25;
// Towns below this share their names with villages the gazetteer does not hold.
const NAMESAKE_TOWN = 100_000;
const DIRECTION_AFTER =
  /^[\s,]*(?:to the\s+)?(north(?:[-\s]?(?:east|west))?|south(?:[-\s]?(?:east|west))?|east|west)\b(?:\s+of\s+)?/i;
const MEASURED_FROM =
  /^[\s,]*(?:(?:north|south|east|west)\S*\s+)?(?:from|of|away|to|outside|behind|inside|into|beyond|off)\b/i;
// A distance between places says so: "56 miles west", "30 km from", "some 100 kilometres east of",
// "away"; a length of a thing ("the 1,250-km front line", "a 300 km range") does not.
const BETWEEN_PLACES =
  /^(?:\s*[([][^)\]]*[)\]])?[\s,]*(?:(?:to the\s+)?(?:north|south|east|west)|from|away|outside|of|off|beyond)\b/i;
// How far after a distance the place it is counted from may be named: "100 km east of Kharkiv".
const NEXT_PLACE_REACH = 40;
// How far back the town a distance is counted from may be named.
const REFERENCE_REACH = 400;
// A distance, then the words up to a town ("1,400km (870 miles) from London and Paris"): when no
// comma, or a comma and "and", stands between that town and the next distance, the town is the
// first one's far end; set off by a comma alone ("Irpin, about 20 km north-west of Kyiv"), it is
// where the next one starts.
const ANOTHER_DISTANCE_TO = /\d\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?)\b[^;:]{0,80}$/i;
const BETWEEN_BEFORE = /\b(?:distance of|between)\s+(?:\S+\s+){0,2}$/i;
// "Kramatorsk, about 60 miles from the front line near Bakhmut": counted from something that is not
// the town named after it, which only says where that thing is. "The front-line city of Bakhmut"
// and "the border town of Vovchansk" are the town itself.
const FROM_A_THING = /\b(?:front(?:[\s-]*lines?)?|frontline|border|positions?|outskirts|edge)\b/i;
const THING_AS_ADJECTIVE =
  /\b(?:front(?:[\s-]*lines?)?|frontline|border)[\s-]+(?:city|town|village|settlement|region|area|community)\b/gi;

const km = (value: number) =>
  `${Math.round(value).toLocaleString('en-US')} km (${Math.round(value / KM_PER_MILE).toLocaleString('en-US')} miles)`;

/** The two places a distance runs between: named in its sentence, or the article's main town and the place the sentence names. */
function endpoints(
  text: string,
  claim: Claim,
  places: readonly PlaceInText[],
  gazetteer: Gazetteer,
): { ends: [Place, Place]; implicit: boolean } | null {
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
  if (justAfter.length && before.length) {
    const origin = before[before.length - 1]!;
    // "Kaliningrad lies 1,400km from London and Paris and 500km from Berlin" does not run from Paris
    // (ANOTHER_DISTANCE_TO).
    const lead = text.slice(Math.max(claim.sentence.start, origin.start - 100), origin.start);
    const between = text.slice(origin.end, claim.start);
    if (ANOTHER_DISTANCE_TO.test(lead) && (!between.includes(',') || /^\s*,?\s*(?:and|or)\b/i.test(between)))
      return null;
    return { ends: [gazetteer.get(justAfter[0]!.id)!, gazetteer.get(origin.id)!], implicit: false };
  }
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
  return main ? { ends: [gazetteer.get(main[0])!, gazetteer.get(named.id)!], implicit: true } : null;
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
  const found = endpoints(text, claim, places, gazetteer);
  if (!found || found.ends.some((place) => !place)) return [];
  const [from, to] = found.ends;
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
  // A start the sentence does not name is the town the text was last about: a guess that a figure
  // agreeing with bears out and one differing does not, so no contradiction is shown, of the
  // direction either. A distance a town's edge or a road may explain refutes nothing, and the
  // direction is still checked (the seed's "Kharkiv, approximately 56 miles west" of Kupiansk).
  if (found.implicit && !agrees && !edgeLike && !roadLike) return [];
  const direction = DIRECTION_AFTER.exec(text.slice(claim.end, claim.sentence.end));
  const statedBearing = direction ? directionBearing(direction[1]!) : undefined;
  const actual = bearingDegrees(from.lat, from.lon, to.lat, to.lon);
  const fits = statedBearing !== undefined && bearingDifference(actual, statedBearing) <= DIRECTION_TOLERANCE;
  // A figure that fits neither the distance nor the direction is likelier of another place of a
  // small town's name, one the gazetteer lacks, than twice wrong: "the town of Lozova, 35km east of
  // Izium", where the Lozova it knows (62,000 people) lies 77 km south-west. Nothing is said of
  // either. A city is its name's: "Lviv, 300 km east of Kyiv" is wrong twice.
  const smallTown = [from, to].some((place) => place.population < NAMESAKE_TOWN);
  if (!agrees && !edgeLike && !roadLike && statedBearing !== undefined && !fits && smallTown) return [];
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
  if (statedBearing !== undefined) {
    if (!fits && found.implicit) return notes;
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

// "Kalanchak, Chaplynka and Chonhar (95, 90 and 162km south-east of Kherson, respectively)": each
// figure is of the place in its own rank in the list, which the checks do not read; the place
// nearest a figure is no guide there.
const RESPECTIVELY = /\brespectively\b/i;

export function geographyNotes(
  text: string,
  claims: readonly Claim[],
  places: readonly PlaceInText[],
  gazetteer: Gazetteer,
): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  for (const claim of claims) {
    if (RESPECTIVELY.test(text.slice(claim.sentence.start, claim.sentence.end))) continue;
    if (claim.kind === 'distance') notes.push(...distanceNotes(text, claim, places, gazetteer));
    if (claim.kind === 'count') {
      const note = populationNote(text, claim, places, gazetteer);
      if (note) notes.push(note);
    }
  }
  return notes;
}

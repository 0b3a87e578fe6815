/**
 * What a figure is a measure of, beyond a place named after "of": a place's population, the whole a
 * share is of, one region's front. Read by figure-frame.ts into the frame's `of`; two figures are
 * compared only when these are one (consistency/pair-figures.ts).
 */
import type { Token } from '../text';
import type { PlaceKind, TextRange } from '../types';
import { SETTLEMENT_KINDS } from '../places/place-context';
import type { FramePlace } from './frame-actors';
import { ACTOR_COUNTRIES, DEMONYM_COUNTRIES } from './frame-lexicon';
import { lower } from './frame-phrases';

/** A place the figure is about (its claim's subject), as the frame names what it is a measure of. */
export interface SubjectPlace {
  id: string;
  within: string | null;
}
/** A place and the region it may stand for (a city named like its region). */
export const placeIds = (place: SubjectPlace) => (place.within ? [place.id, place.within] : [place.id]);

/** A share's whole that points back to something the frame does not resolve: it equals no other. */
export const UNRESOLVED_WHOLE = 'w:?';
// "40% of the EU's gas", "40% of EU gas": whose whole a share is; "of its gas", "of their wheat",
// "of these exports" point back.
const SHARE_OWNER =
  /^\s*of\s+(?:the\s+)?(?:(its|their|these|those|this|his|her|our)\b|(\p{Lu}[\p{L}.]*)(?:['’]s)?\s+\p{Ll})/u;

/**
 * Whose whole a share is of, when its words say: "40% of the EU's gas" is not "40% of its gas"
 * (Germany's, a sentence earlier) nor "40% of the wheat consumed in Africa". Kept with the place a
 * share is of (`of`): two shares compare only when their wholes are one.
 */
export function shareWholeOf(text: string, figure: TextRange): string[] {
  const match = SHARE_OWNER.exec(text.slice(figure.end, figure.end + 80));
  if (!match) return [];
  if (match[1]) return [UNRESOLVED_WHOLE];
  const word = match[2]!.toLowerCase().replace(/\./g, '');
  // One whole, one key: "Russian gas", "Russia's gas" and "the Kremlin's gas" are Russia's.
  return [`w:${DEMONYM_COUNTRIES.get(word) ?? ACTOR_COUNTRIES.get(word) ?? COUNTRY_NAMES.get(word) ?? word}`];
}

/** The names of the countries whose demonyms frame-lexicon.ts knows best, as their codes. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ['russia', 'RU'],
  ['ukraine', 'UA'],
  ['america', 'US'],
  ['us', 'US'],
  ['usa', 'US'],
  ['britain', 'GB'],
  ['uk', 'GB'],
  ['france', 'FR'],
  ['germany', 'DE'],
  ['poland', 'PL'],
  ['belarus', 'BY'],
  ['china', 'CN'],
  ['japan', 'JP'],
  ['turkey', 'TR'],
  ['iran', 'IR'],
  ['israel', 'IL'],
  ['italy', 'IT'],
  ['spain', 'ES'],
]);

// "12,500 visas had been granted under the Homes for Ukraine scheme": a named programme's part of
// the whole. The clause may run a few words on before it ("had been granted"), but not past a comma
// or another number ("100,000 refugees, with 50,000 arriving under ..." gives the total). A name is
// words in capitals, joined by "for", "of" or "and": "Britain's resettlement scheme" names none.
const SCHEME_AFTER =
  /^[^.;:(),\d]{0,50}?\b(?:under|through|via)\s+(?:the\s+|its\s+|a\s+)?((?:[\p{L}'’-]+\s+){1,6}?)([Ss]cheme|[Pp]rogramme|[Pp]rogram|[Ii]nitiative)\b/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|for|of|and|the)$/u;
const PROGRAMME_PREFIX = 'under the ';

export function schemeOf(text: string, figure: TextRange): string[] {
  const match = SCHEME_AFTER.exec(text.slice(figure.end, figure.end + 140));
  if (!match) return [];
  // "the UK government's Homes for Ukraine scheme" is the Homes for Ukraine scheme.
  const words = match[1]!
    .replace(/^.*['’]s\s+/u, '')
    .trim()
    .split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '') || !words.every((word) => NAME_WORD.test(word))) return [];
  const noun = match[2]!.toLowerCase() === 'programme' ? 'program' : match[2]!.toLowerCase();
  return [`${PROGRAMME_PREFIX}${words.join(' ').toLowerCase()} ${noun}`];
}

/**
 * "West Texas Intermediate was more than 7% lower at about $100 a barrel, while Brent crude fell to
 * around $107": a barrel's price is of the one benchmark named before it in its clause, else in its
 * sentence, and Brent's is not West Texas's. A price that names none, or two, may be either.
 */
const BENCHMARKS = /\b(?:Brent|WTI|West Texas|Urals)\b/g;
export function benchmarkOf(text: string, sentenceStart: number, figure: TextRange): string[] {
  const before = text.slice(sentenceStart, figure.start);
  const named = (part: string) =>
    new Set([...part.matchAll(BENCHMARKS)].map((match) => (match[0] === 'West Texas' ? 'WTI' : match[0])));
  // The figure's own clause first ("..., while Brent crude fell to around $107"), else the sentence;
  // "Brent, which trades at a premium to WTI, rose to $110": two benchmarks may be either.
  const clause = named(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
  const sentence = clause.size > 0 ? clause : named(before);
  return sentence.size === 1 ? [...sentence] : [];
}
export const BENCHMARK_MODIFIERS: ReadonlySet<string> = new Set(['Brent', 'WTI', 'Urals']);

/** Whether a frame's modifier names a programme (schemeOf), which is shown after what it is of. */
export const isProgramme = (modifier: string) => modifier.startsWith(PROGRAMME_PREFIX);

// "a 300-mile front in the Donbas": one region's front, a part of the war's whole line.
const FRONT_IN =
  /^[\s-]*(?:front[- ]?lines?|fronts?)\s+(?:in|along|across|through|near|around)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/u;
export function frontOf(text: string, figure: TextRange): string[] {
  const match = FRONT_IN.exec(text.slice(figure.end, figure.end + 80));
  const region = match?.[1]!.toLowerCase();
  // "the front line across Ukraine" is the whole line, not a region's.
  return region && !COUNTRY_NAMES.has(region) ? [`w:${region}`] : [];
}

const TOWN_WORDS = /\b(?:city|town|village|port)\b/i;
/**
 * Whose people a count of a place's residents is, when the claim's nearest subject is a country: a
 * country is no town whose people are counted. The place named last before the figure is, a country
 * too ("After the fall of Mariupol, Ukraine, home to 44 million"), unless a city or town is spoken of
 * between them ("Irpin ... since Russia began shelling the town, which is home to 60,000" is
 * Irpin's); a city or town spoken of with none named ("The city was home to 400,000 before Russia
 * invaded") is an earlier sentence's, which the frame cannot tell ('unreadable').
 */
export function residentsPlace(
  text: string,
  figureStart: number,
  sentenceStart: number,
  subject: readonly SubjectPlace[],
  places: readonly FramePlace[],
): SubjectPlace | null | 'unreadable' {
  const first = subject[0];
  if (!first || places.find((place) => place.id === first.id)?.kind !== 'country') return first ?? null;
  const named = places.filter((place) => place.start >= sentenceStart && place.end <= figureStart);
  const asSubject = (place: FramePlace) => subject.find((one) => one.id === place.id) ?? { id: place.id, within: null };
  const nearest = named.at(-1);
  if (!nearest) return TOWN_WORDS.test(text.slice(sentenceStart, figureStart)) ? 'unreadable' : first;
  if (nearest.kind !== 'country' || !TOWN_WORDS.test(text.slice(nearest.end, figureStart))) return asSubject(nearest);
  const town = named.filter((place) => SETTLEMENT_KINDS.has(place.kind)).pop();
  return town ? asSubject(town) : 'unreadable';
}

/**
 * A place's population: people or inhabitants a place is "home to" or who "live" there, or its
 * inhabitants as the place's own ("Mariupol's 400,000 residents", "a city of 120,000 inhabitants").
 * Not anyone else a sentence counts: "home to 290,000 developers" counts developers, power
 * "to two million residents" counts customers, sanctions "against 121 citizens" count people
 * sanctioned, "the safety of 3,000 residents" counts the people at risk.
 */
export function isPopulation(text: string, measure: string, event: string | null, before: readonly Token[]): boolean {
  if (measure !== 'residents' && measure !== 'people') return false;
  if (event === 'inhabited') return true;
  if (event !== null || measure !== 'residents') return false;
  const last = before.at(-1);
  if (!last) return false;
  const lead = before
    .slice(-2)
    .map((token) => lower(text, token))
    .join(' ');
  return (
    /['’]s$/.test(text.slice(Math.max(0, last.end - 2), last.end)) || /^(?:city|town|village|population) of$/.test(lead)
  );
}

/**
 * What a share of land is of: the place named after "of" ("90% of the Luhansk region"), else the
 * figure's nearest subject place that does not hold it ("70% of the region"): the country that
 * controls a share is not the land it controls ("Russian forces now control 20% of his country,
 * along Russia's border"). No such place: a whole the frame cannot tell.
 */
export function territoryWholeOf(
  {
    namedWholeAt: namedAt,
    wholeKind,
    wholeCountry,
  }: { namedWholeAt?: number; wholeKind?: string; wholeCountry?: string },
  places: readonly FramePlace[],
  subject: readonly SubjectPlace[],
  holders: readonly string[],
): string[] {
  const named =
    namedAt === undefined ? undefined : places.find((place) => place.start <= namedAt && namedAt < place.end);
  if (named) {
    const asSubject = subject.find((place) => place.id === named.id);
    return asSubject ? placeIds(asSubject) : [named.id];
  }
  if (wholeCountry) return [wholeCountry];
  // "70% of the city": of a city, not of the region the sentence also names.
  const kinds = wholeKind ? WHOLE_KINDS.get(wholeKind) : undefined;
  if (!kinds) {
    const whole = subject.find((place) => !holders.includes(place.id));
    return whole ? placeIds(whole) : [UNRESOLVED_WHOLE];
  }
  for (const place of subject) {
    if (holders.includes(place.id)) continue;
    // A subject place the sentence does not name itself is known by its id: a country's "UA", a
    // region's "UA.14" (often named through its city: "the Luhansk regional governor").
    const kind = places.find((named) => named.id === place.id)?.kind ?? kindOfId(place.id);
    // ...and a city, itself, not the region a city named like it stands for elsewhere.
    if (kind && kinds.has(kind)) return kinds === SETTLEMENT_KINDS ? [place.id] : placeIds(place);
    if (place.within && kinds === REGION_KINDS) return [place.within];
  }
  return [UNRESOLVED_WHOLE];
}
const kindOfId = (id: string): PlaceKind | undefined =>
  /^[A-Z]{2}$/.test(id) ? 'country' : /^[A-Z]{2}\.[A-Z0-9]+$/.test(id) ? 'region' : undefined;
const REGION_KINDS: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['region', 'district', 'area']);
const WHOLE_KINDS: ReadonlyMap<string, ReadonlySet<PlaceKind>> = new Map([
  ['city', SETTLEMENT_KINDS],
  ['town', SETTLEMENT_KINDS],
  ['village', SETTLEMENT_KINDS],
  ['region', REGION_KINDS],
  ['province', REGION_KINDS],
  ['oblast', REGION_KINDS],
  ['country', new Set<PlaceKind>(['country'])],
]);

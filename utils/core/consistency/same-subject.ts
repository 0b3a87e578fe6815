/**
 * What a figure is of: the places and holders two figures of one quantity must share to be one
 * subject, and whether the quantity stands (a stock) or happened (an event).
 */
import type { IndexedClaim } from '../claims/claim-table';
import {
  PLACE_FREE_MEASURES,
  STOCK_EVENTS,
  STOCK_MEASURES,
  STRUCK_SITES,
  UNNAMED_GIVER,
} from '../claims/frame-lexicon';
import type { Claim, FigureFrame } from '../types';
import { wholesOf } from '../claims/troop-whereabouts';
import { stem } from '../claims/claim-subjects';
import { dayToldOf, daysBetween, NAMED_DAY_SLACK, namedDaysApart } from './compare-figures';

type SubjectPlace = Claim['subject']['places'][number];
const named = (holders: readonly string[]) => holders.some((holder) => !holder.startsWith(UNNAMED_GIVER));
// A city and the region it lies in are one subject: "70% of Donetsk" and "70% of the Donetsk region".
export const samePlace = (a: SubjectPlace, b: SubjectPlace) => a.id === b.id || a.within === b.id || a.id === b.within;
// The gazetteer gives a country its ISO code as its id ("UA"), and every other place a longer one. An
// area above countries ("the Middle East") counts as a place below them: such counts are rare, and then say nothing.
const isCountry = (place: SubjectPlace) => /^[A-Z]{2}$/.test(place.id);
// A first-level region's id is its country's code and a region code ("UA.05"); any other place below
// a country (a town, a district, a curated village or area) is taken for a town: two of them must
// be one place, which can only make Sidenote say less.
const isTown = (place: SubjectPlace) => !isCountry(place) && !/^[A-Z]{2}\.[A-Z0-9]+$/.test(place.id);
// Where an event happened is a place below its country: a sea, a river or an area across regions
// (a broad place) describes what is near it ("the Black Sea flagship", "the Black Sea port city of
// Odesa") and says no more of which strike than a country does.
const isSite = (place: SubjectPlace) => !isCountry(place) && !place.broad;

/**
 * Whether two figures of one quantity are about one subject: the place they measure, or who holds
 * them, or else a place their sentences share; the war's front line is one line whatever towns
 * its sentence names. A count of what happened (people killed, evacuated), not of what stands
 * (troops massed), is of where it happened: where both name a place below their country, they
 * must share one. Three killed in Bucha and "at least two" in Mykolaiv are two events, though Russia's shells
 * killed them all in Ukraine; people who fled Ukraine are one count wherever the sentence says so.
 */
export function sameSubject(
  page: Claim & { frame: FigureFrame },
  other: IndexedClaim & { frame: FigureFrame },
): boolean {
  // A handful who fled is one family's flight, each story its own: the woman who "fled with two
  // children from Kharkiv" is not the "two Ukrainian children who fled the city" of the next day's.
  if (page.kind === 'count' && page.frame.event === 'fled' && isSmallCount(page, other)) return false;
  if (wholesOf(page.frame.of).length) return true;
  if (page.frame.event === 'fled') {
    const [own, theirs] = [fledFrom(page), fledFrom(other)];
    if (own && theirs && own !== theirs) return false;
  }
  // The dead of a mass grave stand as they are exhumed, but are of a town near it: Izium's are not
  // Lyman's; a grave "near a village called Manhush, ... west of Mariupol" is the one "near Mariupol".
  if (page.kind === 'count' && page.frame.event === 'buried') {
    const [own, theirs] = [page, other].map((claim) => claim.subject.places.filter(isTown));
    if (own!.length && theirs!.length) return theirs!.some((place) => own!.some((mine) => samePlace(mine, place)));
  }
  if (page.kind === 'count' && !isStock(page.frame)) {
    const [own, theirs] = [page, other].map((claim) => claim.subject.places.filter(isSite));
    // A handful killed is news of most days of a war: "the strike killed two people Monday", naming
    // no town, is not the two killed in Donetsk. A small count is of one event only where both say where.
    if ((!own!.length || !theirs!.length) && isSmallCount(page, other)) return false;
    const [ownTown, theirTown] = [own!.find(isTown), theirs!.find(isTown)];
    // Where a strike hit says which strike it was: a station's dead and a mall's are two events,
    // whatever their count. The site words come from a few words around the figure and may name a
    // landmark ("near the station") rather than the target; a town both sentences name is read more
    // surely, so where there is one it decides instead (below).
    if (isCasualtyCount(page) && !(ownTown && theirTown)) {
      const [ownSites, theirSites] = [page, other].map(struckSites);
      if (ownSites!.size && theirSites!.size && ![...ownSites!].some((site) => theirSites!.has(site))) return false;
    }
    if (own!.length && theirs!.length) {
      // Where both name a town, the count is of the town nearest the figure: "a mall in Kremenchuk
      // killing 20, while missiles in Odesa killed 19" counts Odesa's dead, not Kremenchuk's.
      if (ownTown && theirTown) return ownTown.id === theirTown.id;
      const shared = theirs!.some((place) => own!.some((mine) => samePlace(mine, place)));
      // A town's toll of a handful is not its region's, told of most days of a war ("two women
      // injured" by a drone in Kharkiv, and "in Kharkiv Oblast" ten days before), unless the two
      // say which strike (its site or its day) or both name the region ("in the Vinnytsia region, in
      // the towns of Zhmerynka and Koziatyn").
      const regionOnOneSide = !theirs!.some((place) => own!.some((mine) => mine.id === place.id));
      if (
        shared &&
        regionOnOneSide &&
        !ownTown !== !theirTown &&
        isCasualtyCount(page) &&
        bothBelow(page, other, STRIKE_TOLL_BELOW)
      )
        return markedAsOneStrike(page, other) || toldOfOneDay(page, other);
      return shared;
    }
    if (isCasualtyCount(page) && bothBelow(page, other, STRIKE_TOLL_BELOW) && !toldOfOneStrike(page, other))
      return false;
  }
  // Two holders both named (a country, a body) place the figure; an institution named only by its
  // kind ("the fund") does not: two funds may be two.
  if (named(page.frame.holders) && named(other.frame.holders)) return true;
  if (PLACE_FREE_MEASURES.has(page.frame.measure)) return true;
  return other.subject.places.some((place) => page.subject.places.some((own) => samePlace(own, place)));
}

// Who fled their homes and who fled the country are two counts: the displaced, most of them still in
// the country, and the refugees abroad. Of the judged tuning pairs that set one against the other
// (the 14 million "forced to flee their homes" against the 1.5 million who "fled the nation"), none
// measured one quantity. Read from the light stems of the figure's subject terms; a sentence that
// says both says neither.
const FLED_HOME: ReadonlySet<string> = new Set(['hom', 'displac']);
const FLED_ABROAD: ReadonlySet<string> = new Set(['country', 'nation', 'abroad', 'border']);
function fledFrom(claim: Pick<Claim, 'subject'>): 'home' | 'country' | null {
  const home = claim.subject.terms.some((term) => FLED_HOME.has(term));
  const abroad = claim.subject.terms.some((term) => FLED_ABROAD.has(term));
  return home === abroad ? null : home ? 'home' : 'country';
}

const CASUALTY_EVENTS: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties']);
// A strike's toll of under thirty is the toll of many strikes: "at least 15 people" killed by a
// rocket attack and "at least 15" at a train station on Independence Day are two. Where the two
// reports do not both name the town, they are one strike's only if they say something else of it
// in common: its site, its day, or a word of what happened beyond the killing ("the Independence
// Day attack", "a two-day bombardment ... civilian targets").
const STRIKE_TOLL_BELOW = 30;
// Words any report of any strike's toll may use: the toll and whom it counts, what was fired, who
// told it, the day (compared as a day, above), the war's two countries. A word beyond these says
// something of which strike it was.
const ANY_STRIKE_WORDS: ReadonlySet<string> = new Set(
  `kill killed killing died die dead death deaths wound wounded injured injuries injury casualties casualty
  people person civilians civilian attack attacks strike strikes struck missile missiles rocket rockets shelling
  shell drone drones official officials said say says told report reported reports according claimed announced
  statement authorities emergency services state news agency ministry russia russian russians ukraine ukrainian
  ukrainians moscow kyiv kiev monday tuesday wednesday thursday friday saturday sunday today yesterday`
    .split(/\s+/)
    .map(stem),
);
function toldOfOneStrike(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  if (markedAsOneStrike(page, other)) return true;
  const own = new Set(page.subject.terms.filter((term) => !ANY_STRIKE_WORDS.has(term)));
  return other.subject.terms.some((term) => own.has(term));
}
/** One strike by what marks it, not by the words of the region it happened in: its site or its day. */
function markedAsOneStrike(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  const [ownSites, theirSites] = [page, other].map(struckSites);
  if ([...ownSites!].some((site) => theirSites!.has(site))) return true;
  return (namedDaysApart(page.frame.day, other.frame.day) ?? Number.POSITIVE_INFINITY) <= NAMED_DAY_SLACK;
}
// A day its sentence names, or else the day its article was written: two reports of one day.
function toldOfOneDay(page: Claim & { frame: FigureFrame }, other: IndexedClaim & { frame: FigureFrame }) {
  const [own, theirs] = [dayToldOf(page), dayToldOf(other)];
  return own !== null && theirs !== null && Math.abs(daysBetween(own, theirs)) <= NAMED_DAY_SLACK;
}
const isCasualtyCount = (claim: Claim & { frame: FigureFrame }) =>
  claim.frame.event !== null && CASUALTY_EVENTS.has(claim.frame.event);
const struckSites = (claim: Pick<Claim, 'subject'>) =>
  new Set(claim.subject.terms.flatMap((term) => STRUCK_SITES.get(term) ?? []));

/** Whether both figures, a range by its high end, lie below `limit`. */
export const bothBelow = (page: Claim, other: IndexedClaim, limit: number) =>
  Math.max(page.high ?? page.value, other.high ?? other.value) < limit;
const SMALL_COUNT = 10;
/** Whether both figures are a handful (under ten): a count too common to name its event alone. */
export const isSmallCount = (page: Claim, other: IndexedClaim) => bothBelow(page, other, SMALL_COUNT);

/** Whether the quantity stands and can move (troops massed, territory held, a running total), so that two values at two dates are a change. */
// Citizens detained or arrested are counted for what happened to them, not as a place's people: "two
// American citizens who remain detained" is no stock that grew into "three citizens" arrested later.
export const isStock = (frame: FigureFrame) =>
  frame.nature === 'cumulative' ||
  (STOCK_MEASURES.has(frame.measure) &&
    !(frame.measure === 'residents' && frame.event !== null && !STOCK_EVENTS.has(frame.event))) ||
  (frame.event !== null && STOCK_EVENTS.has(frame.event));

/**
 * What happened to what a figure counts or shares, its frame's event: killed, wounded, casualties,
 * massed, fired... Read by figure-frame.ts; two counts are compared only when their events are one
 * (consistency/pair-figures.ts).
 */
import type { Token } from '../text';
import { EVENT_FAMILIES, MEASURE_FAMILIES } from './frame-lexicon';
import { familyOf, isCapitalized, lower } from './frame-phrases';

// Words either side of a figure read for its event: its clause, not its sentence.
const EVENT_REACH = 8;

/** The event of a count or share, from the nearest event word of its clause, or null. */
export function eventOf(
  text: string,
  before: readonly Token[],
  own: readonly Token[],
  after: readonly Token[],
  sentenceStart: number,
  measure: string,
  figure: { start: number; end: number; kind: string },
): string | null {
  const counts = figure.kind === 'count';
  const countsMunitions = MUNITIONS.has(measure);
  const predicate = ownPredicate(after);
  // "Eleven people were killed and at least three people listed as missing": a figure after "and"
  // with a verb of its own after it is another item of the list; the verb before "and" is the
  // item's before it.
  const and = before.map((token) => token.term).lastIndexOf('and');
  const ownBefore = and >= 0 && ownVerb(text, predicate) ? before.slice(and + 1) : before;
  // Nearest first: the words right after the figure, then those right before it.
  const ordered: Token[] = [];
  for (let index = 0; index < EVENT_REACH; index++) {
    if (predicate[index]) ordered.push(predicate[index]!);
    const back = ownBefore[ownBefore.length - 1 - index];
    if (back) ordered.push(back);
  }
  for (const token of [...own, ...ordered]) {
    // A capital inside the sentence makes the word part of a name: "Homes for Ukraine" is a scheme;
    // at its start, "Home" before another capital is one too ("Home Office figures showed ...").
    if (isCapitalized(text, token) && (token.start !== sentenceStart || homeOfAName(text, token))) continue;
    const word = lower(text, token);
    // "home to 300,000 people" is who lives there; "home supporters", "their homes" are not.
    if ((word === 'home' || word === 'homes') && !/^\s+to\b/i.test(text.slice(token.end, token.end + 4))) continue;
    // "15,000 people left in Sievierodonetsk", "left behind": those who remain, not those who fled
    // ("have left in the past week", "left in March" did flee).
    if (word === 'left' && remaining(text, token)) continue;
    // "A mass grave", "mass protests": an adjective, not troops massed; those in a mass grave were buried.
    if (word === 'mass' && MASS_GRAVE.test(text.slice(token.end, token.end + 12))) return 'buried';
    if (word === 'mass' && MASS_AS_ADJECTIVE.test(text.slice(token.end, token.end + 24))) continue;
    // "Lost their lives", "claimed the lives of 30 soldiers": the dead, where the count is who lost
    // them. Lives counted ("claimed 61 lives") are one strike's dead; a war's toll ("a conflict that
    // has claimed over 13,000 lives") is lost, stands and is compared across months. Lives "saved",
    // "at risk" or others' ("honoured those who lost their lives") are no event.
    if (word === 'lives' || word === 'life') {
      if (measure === 'lives') {
        if (livesTaken(text, token)) return isWarToll(text, sentenceStart, token) ? 'lost' : 'killed';
      } else if (theirLivesLost(text, token, figure)) return 'killed';
      continue;
    }
    if (word === 'hit' && countsMunitions) {
      if (munitionsHit(text, token, after.includes(token), figure.start)) return 'fired';
      continue;
    }
    // "6% of Russia's land border": the measured noun itself says nothing of what happened to it.
    if (familyOf(MEASURE_FAMILIES, word) === measure) continue;
    const family = familyOf(EVENT_FAMILIES, word);
    if (counts && (GAIN_WORDS.has(word) || (family === 'control' && gainedBefore(text, token)))) return 'captured';
    if (family) return family === 'killed' || family === 'wounded' ? killedOrWounded(text, token, family) : family;
  }
  return null;
}

// The verb of the figure's own predicate, in the few words right after it and before a clause of
// its own ("at least five civilians who were trying to flee": the fleeing is no event of theirs here).
const OWN_VERB_REACH = 3;
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);
function ownVerb(text: string, predicate: readonly Token[]): boolean {
  for (const token of predicate.slice(0, OWN_VERB_REACH)) {
    if (RELATIVE_WORDS.has(token.term)) return false;
    if (!isCapitalized(text, token) && familyOf(EVENT_FAMILIES, lower(text, token)) !== null) return true;
  }
  return false;
}

// "Visas have been issued so Ukrainians can live and work in the UK": a purpose is another verb's
// clause, and what happens in it (living there) is not what happened to what is counted. A purpose
// is "so that", or "so" with a modal a word or two on ("so Ukrainians can"), or "in order to"; "300
// people or so were killed", "so badly injured", "so far" are none.
const MODALS = /^(?:can|could|will|would|may|might|should|must)$/;
function ownPredicate(after: readonly Token[]): readonly Token[] {
  const purpose = after.findIndex(
    (token, index) =>
      (token.term === 'so' &&
        after[index - 1]?.term !== 'or' &&
        after[index - 1]?.term !== 'and' &&
        (after[index + 1]?.term === 'that' ||
          MODALS.test(after[index + 2]?.term ?? '') ||
          MODALS.test(after[index + 3]?.term ?? ''))) ||
      (token.term === 'in' && after[index + 1]?.term === 'order'),
  );
  return purpose < 0 ? after : after.slice(0, purpose);
}

const MASS_GRAVE = /^\s+(?:graves?|burials?)\b/i;
const MASS_AS_ADJECTIVE =
  /^\s+(?:graves?|burials?|murders?|killings?|shootings?|casualt|protests?|rall|demonstrations?|exodus|evacuations?|deportations?|destruction|media|market|production|transit|surveillance|mobili[sz]ation|arrests?|strikes?)/i;
const REMAINING_AFTER =
  /^\s+(?:behind|inside|there)\b|^\s+(?:in|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
const LEAVING_BEFORE = /\b(?:have|has|had|having)\s+(?:\w+\s+)?$/i;
const remaining = (text: string, left: Token) =>
  REMAINING_AFTER.test(text.slice(left.end, left.end + 40)) &&
  !LEAVING_BEFORE.test(text.slice(Math.max(0, left.start - 20), left.start));

// "Claimed 14,000 lives", "cost more than 13,000 lives", "took three young lives", "the 61 lives
// lost", "40 lives were lost".
const LIVES_TAKEN_BEFORE =
  /\b(?:claimed|claim|claims|claiming|cost|costs|costing|took|take|takes|taking|taken|lost|lose|loses|losing)\s+(?:(?:more|than|some|about|over|nearly|almost|at|least|up|to|an|estimated|upwards|of)\s+){0,4}(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:[a-z]+\s+)?$/i;
const LIVES_TAKEN_AFTER = /^\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:lost|taken|claimed)\b/i;
// "Saved 500 lives lost at sea" saved them.
const SAVED_BEFORE =
  /\b(?:save|saves|saved|saving|spare|spared|sparing|protect|protected|protecting)\s+(?:\S+\s+){0,3}$/i;
const livesTaken = (text: string, lives: Token) => {
  const before = text.slice(Math.max(0, lives.start - 80), lives.start);
  return (
    LIVES_TAKEN_BEFORE.test(before) ||
    (!SAVED_BEFORE.test(before) && LIVES_TAKEN_AFTER.test(text.slice(lives.end, lives.end + 24)))
  );
};
// "1,000 people lost their lives", "300 civilians are believed to have lost their lives": the count is
// who lost them, not "those who lost their lives" some people honoured, nor those who fear, risk or
// nearly lost them, or could have. "Claimed the lives of 30 soldiers", "took the life of 12 civilians".
const THEIR_LIVES_LOST =
  /^(?:\s+(?!who\b|that\b|which\b|those\b|whose\b|fears?\b|feared\b|risks?\b|risked\b|risking\b|could\b|would\b|might\b|may\b|nearly\b|almost\b|narrowly\b|escaped\b|avoided\b)[\p{L}'’-]+){0,5}\s+(?:lost|losing)\s+their\s+$/iu;
const LIVES_OF_BEFORE =
  /\b(?:claim|claims|claimed|claiming|cost|costs|costing|take|takes|took|taken|taking)\s+the\s+li(?:ves|fe)\s+of\s+(?:(?:more|than|some|about|over|nearly|almost|at|least|an|estimated|upwards|of)\s+){0,4}$/i;
function theirLivesLost(text: string, lives: Token, figure: { start: number; end: number }): boolean {
  if (lives.start > figure.start) return THEIR_LIVES_LOST.test(text.slice(figure.end, lives.start));
  return LIVES_OF_BEFORE.test(text.slice(Math.max(0, figure.start - 80), figure.start)) && lives.end <= figure.start;
}
// A war's toll: what takes the lives, in the words of its clause before them, is the war ("a conflict
// that has claimed", "Russia's aggression in Ukraine has claimed"), not one strike of it ("In the
// deadliest attack of the war, a missile strike claimed 61 lives"). "Fighting" is said of one day's
// too, and "since" of any span.
const WAR_TOLL = /\b(?:war|conflict|insurgency|rebellion|aggression|invasion|hostilities)\b/i;
// A comma that breaks a clause is followed by a space; one inside "13,000" is not.
const CLAUSE_BREAK = /[,;:]\s|[—–]/g;
// A clause with no subject of its own ("which has claimed", "now in its tenth year, has claimed") is
// of the words before it: "The war, which has claimed more than 13,000 lives".
const NO_SUBJECT_OF_ITS_OWN = /^\s*(?:which|that|who|has|have|had|now|already|so far|still)\b/i;
function isWarToll(text: string, sentenceStart: number, lives: Token): boolean {
  const before = text.slice(Math.max(sentenceStart, lives.start - 160), lives.start);
  const starts = [0, ...[...before.matchAll(CLAUSE_BREAK)].map((match) => match.index + 1)];
  let from = starts.length - 1;
  while (from > 0 && NO_SUBJECT_OF_ITS_OWN.test(before.slice(starts[from]))) from--;
  return WAR_TOLL.test(before.slice(starts[from]));
}

const homeOfAName = (text: string, token: Token) =>
  /^homes?$/i.test(text.slice(token.start, token.end)) && /^\s+\p{Lu}/u.test(text.slice(token.end, token.end + 3));

// Places counted as taken are what happened, not what is held: "regained control of more than 20
// settlements" and "seized five settlements" each count a gain, two gains are two events, and two
// reports of one gain agree. A share or an area taken is still land held ("Russia has seized about
// 20% of Ukraine" is the 20% it controls), so only counts are read so.
const GAIN_WORDS: ReadonlySet<string> = new Set(
  'seized seize seizes seizing regained regain regains reclaimed reclaim reclaims recaptured recapture recaptures retook retake retakes retaken liberated liberate liberates liberating'.split(
    ' ',
  ),
);
// "Regained control of", "took full control of", "taken back control of": the gain is the verb before "control".
const GAINED =
  /\b(?:regain|regained|regains|reclaim|reclaimed|retake|retook|retaken|recapture|recaptured|take|took|taken|taking|seize|seized)\s+(?:(?:back|full|over)\s+)?$/i;
const gainedBefore = (text: string, token: Token) =>
  GAINED.test(text.slice(Math.max(0, token.start - 24), token.start));

const MUNITIONS: ReadonlySet<string> = new Set(['missiles', 'drones']);
// Whether the munitions counted did the hitting ("eight missiles hit Kharkiv", "Kharkiv was hit
// with eight missiles"), so were fired; not "air defences hit eight missiles" nor "eight drones
// were hit", which were shot at. A town "hit" keeps its residents, a share that "hit" 10% is a level.
function munitionsHit(text: string, hit: Token, afterTheCount: boolean, figureStart: number): boolean {
  if (afterTheCount)
    return !/\b(?:was|were|been|being|be|got|get)\s+$/i.test(text.slice(Math.max(0, hit.start - 8), hit.start));
  // "Kharkiv was hit with eight missiles", "Russia hit Kyiv with 20 drones": "with" or "by" before the count.
  return /\b(?:with|by)\b/i.test(text.slice(hit.end, Math.min(figureStart, hit.end + 80)));
}

// "Killed or wounded", "dead and injured", "have either died or been injured": casualties, a larger
// count than deaths alone.
const JOINED_WORD = /^\s+(?:or|and|and\/or)\s+(?:(?:been|were|was|got|have|has|had)\s+)?(\p{L}+)/u;
function killedOrWounded(text: string, token: Token, family: 'killed' | 'wounded'): string {
  const joined = JOINED_WORD.exec(text.slice(token.end, token.end + 24));
  const other = joined ? familyOf(EVENT_FAMILIES, joined[1]!.toLowerCase()) : null;
  return other && other !== family && (other === 'killed' || other === 'wounded') ? 'casualties' : family;
}

// Money promised is not money handed over: "Congress has allocated a total of $65 billion" and "the
// U.S. has provided approximately $17.9 billion" are two sums. Only words that name one stage alone
// are read ("announced", "sent" and "given" are said of both).
const MONEY_STAGES: ReadonlyMap<string, string> = new Map([
  ...'pledged pledge pledges pledging committed commit commits allocated allocate allocates appropriated appropriate appropriates authorized authorised authorize authorise'
    .split(' ')
    .map((word): [string, string] => [word, 'pledged']),
  ...'provided provide provides providing delivered deliver delivers delivering spent disbursed'
    .split(' ')
    .map((word): [string, string] => [word, 'provided']),
]);

/**
 * Whether a sum is told as promised or as handed over, from the verbs of its clause before it ("has
 * allocated a total of $65 billion"), or null: words after the figure are most often its purpose
 * ("a $40bn bill to provide aid"), and a clause with both ("pledged to provide $50 billion") says neither.
 */
export function moneyStageOf(text: string, before: readonly Token[]): string | null {
  const stages = new Set(before.slice(-EVENT_REACH).flatMap((token) => MONEY_STAGES.get(lower(text, token)) ?? []));
  return stages.size === 1 ? [...stages][0]! : null;
}

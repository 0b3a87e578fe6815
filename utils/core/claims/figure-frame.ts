/**
 * What a figure measures, read from its own clause: the thing measured ("troops", "aid", "wheat"),
 * the words that set it apart ("military" aid), the event it counts ("killed", "massed"), who holds
 * or does it (Russia's troops, aid from the US), and what kind of figure it is: a level, a change,
 * a rate, a plan, a forecast, a running total or a part of one. Two figures are compared only when
 * their frames say they measure one quantity (pair-figures.ts); a figure whose frame cannot be read
 * is compared with nothing.
 *
 * Hand-written over the sentence's words rather than a tagger: what a frame needs is a few roles
 * around one number, and the words that fill them are listed in frame-lexicon.ts.
 */
import type { Token } from '../text';
import type { ClaimBound, ClaimKind, FigureFrame, FigureNature, TextRange } from '../types';
import { DEMONYMS } from '../places/demonyms';
import { SETTLEMENT_KINDS } from '../places/place-context';
import { leftFrom } from './left-from';
import {
  BE_FORMS,
  COMMODITY_MODIFIERS,
  COMPARATIVES,
  CONTRASTING_MODIFIERS,
  COUNTED_MODIFIERS,
  FRESH_WORDS,
  GIVING_INSTITUTIONS,
  GIVING_VERBS,
  MANY_OTHERS,
  RECENT_WORDS,
  UNNAMED_GIVER,
  CALIBRE_NOUNS,
  CERTAINTY_WORDS,
  DISTANCE_FROM,
  DEMONYM_COUNTRIES,
  DISTANCE_FROM_REACH,
  LOCATIVE_WORDS,
  MEASURE_FAMILIES,
  PHRASE_ENDERS,
  VERBS_OF_A_RECEIVER,
} from './frame-lexicon';
import {
  clauseOf,
  familyOf,
  isCapitalized,
  LEADING_DETERMINERS,
  lower,
  objectOfChange,
  phraseAt,
  stemOf,
  subjectBefore,
} from './frame-phrases';
import {
  actorAt,
  claimantsOf,
  isDemonym,
  receiverBefore,
  reportedClauseStart,
  speakerAt,
  type FramePlace,
} from './frame-actors';
import { eventOf, moneyStageOf } from './frame-events';
import { hostIsPlan, natureOf, pastWindow } from './frame-nature';
import {
  benchmarkOf,
  frontOf,
  isPopulation,
  placeIds,
  residentsPlace,
  schemeOf,
  shareWholeOf,
  territoryWholeOf,
  UNRESOLVED_WHOLE,
  type SubjectPlace,
} from './frame-of';
import { pollsterOf } from './pollster';
import { whereaboutsOf } from './troop-whereabouts';

export type { FramePlace } from './frame-actors';
export type { SubjectPlace } from './frame-of';

/** What the frame reader needs of a figure. */
export interface FramedFigure extends TextRange {
  kind: ClaimKind;
  unit: string | null;
  value: number;
  qualifier: string | null;
  bound: ClaimBound;
}

const FRAMED_KINDS: ReadonlySet<ClaimKind> = new Set([
  'percent',
  'distance',
  'area',
  'money',
  'count',
  'weight',
  'volume',
  'speed',
]);
// "Until recently", "until very recently", "as recently as May": an earlier time, not a late one.
const UNTIL: ReadonlySet<string> = new Set(['until', 'till']);
const notLately = (words: readonly Token[], index: number) =>
  UNTIL.has(words[index - 1]?.term ?? '') ||
  UNTIL.has(words[index - 2]?.term ?? '') ||
  (words[index - 1]?.term === 'as' && words[index + 1]?.term === 'as');
// Auxiliaries of a passive: "the agency has been given".
const HELD_BY_A_SIDE: ReadonlySet<string> = new Set(['troops', 'territory']);
// Troops killed, wounded or captured are told by the side that counts them: whose they are is not plain.
const LOSSES: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties', 'captured']);
const COUNTRY_LAND: ReadonlySet<string> = new Set(['territory', 'land', 'soil']);
// "a 500km front from Kharkiv to Mariupol": a stretch told by its two ends.
const FRONT_BY_ITS_ENDS = /^[^,.;:]{0,40}?\bfrom\s+(?:the\s+)?\p{Lu}[^,.;:]{0,40}?\bto\s+(?:the\s+)?\p{Lu}/u;
// "across 100 miles of front line", "500 km of the front": a stretch measured along it, whose length
// is no other stretch's nor the whole front's, unless the whole is said ("all 1,000 km of the front").
const STRETCH_OF_FRONT = /^(?:\s*[([][^)\]]{0,40}[)\]])?\s+of\s+(?:(?:the|its|a)\s+)?(?:\p{L}+\s+)?front/iu;
const BORDER_WITH_MANY =
  /^[^.;:]{0,40}?\bwith\s+(?:[\p{L}\d-]+\s+){0,3}?(?<!\bUnited\s)(?:members|countries|nations|states|neighbou?rs|allies)\b/iu;
const THE_WHOLE_BEFORE = /\b(?:entire|whole|all)\s+(?:(?:the|its)\s+)?$/i;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set('is are was were been being be now'.split(' '));
const HOLDING_PARTICIPLES: ReadonlySet<string> = new Set(
  'held controlled occupied captured seized taken retaken recaptured liberated'.split(' '),
);
// "Since the Ukraine conflict broke out, the US has deployed 12,000 troops": a clause that opens the
// sentence says when or why, and its actors are not the main clause's. Only a clause with one comma
// before the figure is read so: with more ("As Russia, Belarus and Iran grow closer, China ...";
// "Although Russia, the West says, has lost ..."), where it ends is not plain.
// "In response to the Russian invasion, the US has deployed 20,000 troops", "Amid the build-up, NATO
// sent ...": an opening phrase of why or when is read so too.
const FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set(
  'since after before when while although though because once if unless until as amid amidst despite following'.split(
    ' ',
  ),
);
const FRONTED_IN = /^(?:response|reaction|retaliation|answer)$/;
function mainClauseStart(text: string, sentenceWords: readonly Token[], before: readonly Token[]): number {
  const opener = before[0]?.term ?? '';
  const fronted = FRONTED_SUBORDINATORS.has(opener) || (opener === 'in' && FRONTED_IN.test(before[1]?.term ?? ''));
  if (before[0] !== sentenceWords[0] || !fronted) return 0;
  const afterComma = before
    .map((token, index) => (index > 0 && text.slice(before[index - 1]!.end, token.start).includes(',') ? index : -1))
    .filter((index) => index > 0);
  // "When Russia invaded, it had 190,000 troops", "its army", "the country": a subject that points
  // back points into the clause.
  const start = afterComma.length === 1 ? afterComma[0]! : 0;
  const subject = before[start]?.term ?? '';
  const pointsBack =
    /^(?:it|its|they|their|he|his|she|her|we|our)$/.test(subject) ||
    (subject === 'the' && /^(?:country|nation|state)$/.test(before[start + 1]?.term ?? ''));
  return pointsBack ? 0 : start;
}
/**
 * Who holds or does what a figure measures, by country: subjects before it, demonyms on its noun,
 * "by X" after it; for a clause whose subject is "it", the one actor the sentence names before it.
 */
function holdersOf(
  text: string,
  sentenceWords: readonly Token[],
  before: readonly Token[],
  own: readonly Token[],
  after: readonly Token[],
  places: readonly FramePlace[],
  measure: string | null,
  event: string | null,
): string[] {
  const holders = new Set<string>();
  const actor = (list: readonly Token[], index: number) => actorAt(text, list, index, places);
  // "According to Estonian services, ...": who says so is not who holds it.
  const attribution = before.findIndex(
    (token, index) => token.term === 'according' && before[index + 1]?.term === 'to',
  );
  // "Ukraine said Russia had massed 40,000 troops": troops and land are held by whom the report
  // names, not by the speaker, who holds them only when the report names no one else ("Russia said
  // it had massed"). Who holds a count of the killed or of missiles fired is less plain (whose
  // people, whose missiles), and is read as before.
  const reported =
    HELD_BY_A_SIDE.has(measure ?? '') && !LOSSES.has(event ?? '') ? reportedClauseStart(text, before) : -1;
  const mainClause = mainClauseStart(text, sentenceWords, before);
  const subjectActors = before.map((token, index) => {
    const previous = before[index - 1];
    if (index < mainClause) return null;
    if (previous && LOCATIVE_WORDS.has(previous.term)) return null;
    // "The United States is providing Ukraine with $800 million": the object of giving receives it.
    if (previous && VERBS_OF_A_RECEIVER.has(previous.term)) return null;
    if (attribution >= 0 && index > attribution && index <= attribution + 4) return null;
    // Only the clause's subject side: a place after a verb and a preposition is where, not who.
    // In the words reported, a possessive too: "warned that Moscow's forces control 20%".
    return index >= reported && reported >= 0 ? speakerAt(text, before, index, places) : actor(before, index);
  });
  const reportsAnActor = reported >= 0 && subjectActors.slice(reported).some(Boolean);
  subjectActors.forEach((found, index) => {
    if (found && !(reportsAnActor && index < reported)) holders.add(found);
  });
  // The nation on the counted noun replaces the actors before it ("1,000 British troops" amid the Russian build-up).
  if (own.some((token) => isDemonym(text, token))) holders.clear();
  own.forEach((token, index) => {
    if (isDemonym(text, token)) holders.add(actor(own, index)!);
  });
  // "70% of Severodonetsk was held by Russian forces": the agent of the clause's own passive holds
  // the land, whoever said so; "20% of the territory held by Ukraine" says whose the rest was.
  const agent = after.findIndex(
    (token, index) =>
      token.term === 'by' &&
      index < 7 &&
      HOLDING_PARTICIPLES.has(after[index - 1]?.term ?? '') &&
      PASSIVE_AUXILIARIES.has(after[index - 2]?.term ?? '') &&
      // "54% of the land that was occupied by Russia": a relative clause on the object.
      !after.slice(0, index).some((word) => RELATIVE_PRONOUNS.has(word.term)),
  );
  if (holders.size === 0) {
    const clause = before.slice(Math.max(0, mainClause));
    const from = attribution - Math.max(0, mainClause);
    const giver = unnamedGiver(
      from >= 0
        ? [
            ...clause.slice(0, from),
            ...clause.slice(afterAttribution(text, before, attribution) - Math.max(0, mainClause)),
          ]
        : clause,
    );
    if (giver) holders.add(giver);
  }
  const holdingAgent = measure === 'territory' && agent >= 0 && after[agent + 1] ? actor(after, agent + 1) : null;
  if (holdingAgent) return [holdingAgent];
  const by = after.findIndex((token) => token.term === 'by' || token.term === 'from');
  if (by >= 0 && by < 4 && after[by + 1]) {
    const found =
      actor(after, by + 1) ?? (after[by + 2] && after[by + 1]!.term === 'the' ? actor(after, by + 2) : null);
    if (found) holders.add(found);
  }
  // "Moldova is close to the war - it shares a 1,222km border": a clause whose subject is "it" is of
  // the sentence's subject, when the sentence opens with it and names no other actor before the
  // clause ("Russia said Ukraine attacked - it lost 20 tanks" may be either's); a dateline in
  // capitals ("LONDON (Reuters) -") is where the story was filed, not a subject.
  const earlier =
    holders.size === 0 && before[0]?.term === 'it' ? sentenceWords.slice(0, sentenceWords.indexOf(before[0])) : [];
  if (earlier.length > 0) {
    const actors = earlier.map((_, index) => actor(earlier, index));
    const opening = text.slice(earlier[0]!.start, earlier[0]!.end);
    const first = /^\p{Lu}{2,}$/u.test(opening) ? null : actors[0];
    if (first && new Set(actors.filter(Boolean)).size === 1) holders.add(first);
  }
  return [...holders].sort();
}

/**
 * "Separatists controlled 93 percent of the Luhansk region and 54 percent of the Donetsk region": a
 * share listed after another is held by the list's subject; the earlier share's whole (Luhansk, a
 * place of Ukraine) holds nothing.
 */
function beforeAnEarlierShare(text: string, before: readonly Token[], places: readonly FramePlace[]): readonly Token[] {
  for (let index = before.length - 1; index >= 2; index--) {
    if (before[index]!.term !== 'of') continue;
    const unit = before[index - 1]!;
    const number =
      /^\d/.test(unit.term) && text.slice(unit.end, unit.end + 1) === '%'
        ? index - 1
        : unit.term === 'percent' && /^\d/.test(before[index - 2]!.term)
          ? index - 2
          : unit.term === 'cent' && before[index - 2]?.term === 'per' && /^\d/.test(before[index - 3]?.term ?? '')
            ? index - 3
            : -1;
    if (number < 0) continue;
    // "Russia controls 97% of Luhansk but Ukraine still holds 45% of Donetsk", "... and Saudi Arabia
    // for 12 percent": a clause of its own after the earlier share names its own subject.
    const rest = before.slice(index + 1);
    let joined = rest.length - 1;
    while (joined >= 0 && !LIST_JOINERS.has(rest[joined]!.term)) joined--;
    const namesItsOwn = rest.some((_, at) => at > joined && actorAt(text, rest, at, places) !== null);
    if (joined >= 0 && namesItsOwn) return before;
    return before.slice(0, number);
  }
  return before;
}
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** Where the words after "according to ..." begin: after its comma, else four words on. */
function afterAttribution(text: string, before: readonly Token[], attribution: number): number {
  if (attribution < 0) return 0;
  for (let at = attribution + 3; at < Math.min(before.length, attribution + 10); at++)
    if (text.slice(before[at - 1]!.end, before[at]!.start).includes(',')) return at;
  return attribution + 4;
}

/**
 * "The bank has sent", "the fund provided": the institution, by its kind, that gives the figure;
 * not one that is given ("the agency has been given"), nor one who says so (read after "according to").
 */
function unnamedGiver(clause: readonly Token[]): string | null {
  const at = clause.findIndex((token, index) => {
    if (!GIVING_INSTITUTIONS.has(token.term) || clause[index - 1]?.term !== 'the') return false;
    const verb = clause.slice(index + 1, index + 4).findIndex((word) => GIVING_VERBS.has(word.term));
    return verb >= 0 && !BE_FORMS.has(clause[index + verb]?.term ?? '');
  });
  return at >= 0 ? UNNAMED_GIVER + clause[at]!.term : null;
}

// "To the Ukrainian government and 15 other allied European governments", "to Ukraine and more
// than a dozen other countries", "and other allies": a sum shared among many, not one country's.
const SEVERAL =
  /^(?:\d+|a|an|more|than|over|some|about|nearly|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|several|many|numerous)$/;
const OTHERS_REACH = 5;
// What the others are: governments, countries, allies; not "Javelin missiles and other weapons".
const OTHER_RECIPIENTS =
  /^(?:governments?|countries|nations|states|allies|partners|members|neighbou?rs|democracies|economies)$/;
function sharedWithOthers(after: readonly Token[], and: number): boolean {
  for (let at = and + 1; at <= and + OTHERS_REACH && at < after.length; at++) {
    if (after[at]!.term === 'others') return true;
    if (after[at]!.term === 'other')
      return after.slice(at + 1, at + 4).some((token) => OTHER_RECIPIENTS.test(token.term));
    if (!SEVERAL.test(after[at]!.term)) return false;
  }
  return false;
}

/** Countries the clause sends the figure to: "aid for Ukraine", "funding to Ukraine and Israel", "crossed into Poland". */
function recipientsOf(after: readonly Token[], places: readonly FramePlace[]): string[] {
  const recipients = new Set<string>();
  let open = false;
  let opened = false;
  let previous = '';
  for (const [index, token] of after.entries()) {
    if (opened && token.term === 'and' && sharedWithOthers(after, index)) recipients.add(MANY_OTHERS);
    const opens =
      token.term === 'to' ||
      token.term === 'for' ||
      token.term === 'into' ||
      token.term === 'towards' ||
      token.term === 'toward';
    // "close to Ukraine", "next to the border": where, not whom to.
    if (opens && !/^(?:close|next|near|adjacent|due|according|up)$/.test(previous)) open = opened = true;
    else if (open && token.term !== 'and' && token.term !== 'the') {
      const place = places.find((one) => one.start <= token.start && token.end <= one.end);
      if (place?.country) recipients.add(place.country);
      else if (!place) open = false;
    }
    previous = token.term;
  }
  return [...recipients].sort();
}

const HOUSEHOLD_BILLS = /^(?:fuel|energy|electricity|gas|power|heating|household|utility|water|phone)$/;
// "in the last 12 months": the phrase stops at the number, after the word that says which span.
const TIME_SPANS = /^(?:years?|months?|weeks?|days?|decades?|hours?|last|past|next|previous)$/;

/**
 * "Over 1,000 individuals and businesses" counts both: what a count of individuals alone gives is
 * another figure. A plural right after "and" or "or" is counted too ("soldiers and civilians"); a
 * verb with a count of its own ("and injures 30") or a word of quantity ("and dozens more",
 * "and perhaps more") is not.
 */
const NOT_COUNTED_TOO = /^(?:others|dozens|hundreds|thousands|millions|billions|scores|perhaps|numerous|various)$/;
const COUNT_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|scores|several|many|more|at|about|around|nearly|some)$/;
function alsoCounted(text: string, after: readonly Token[]): string | null {
  if (after[0]?.term !== 'and' && after[0]?.term !== 'or') return null;
  const next = after[1];
  if (!next || isCapitalized(text, next)) return null;
  const word = lower(text, next);
  if (!/^[a-z]{3,}[^su]s$/.test(word) || NOT_COUNTED_TOO.test(word)) return null;
  // "kills 12 people and injures 30", "and wounds dozens": a verb with a count of its own.
  if (after[2] && (/^\d/.test(after[2].term) || COUNT_WORDS.test(after[2].term))) return null;
  return familyOf(MEASURE_FAMILIES, word) ?? stemOf(word);
}

/** The head of what is measured and the words that set it apart, from the figure's own words and the phrase after it. */
function measureOf(
  text: string,
  figure: FramedFigure,
  own: readonly Token[],
  before: readonly Token[],
  after: readonly Token[],
  places: readonly FramePlace[],
  nature: FigureNature,
  sentenceStart: number,
): {
  measure: string | null;
  modifiers: string[];
  ofPlace: boolean;
  namedWholeAt?: number;
  wholeKind?: string;
  wholeCountry?: string;
} {
  const modifiers = new Set<string>();
  const noteModifiers = (tokens: readonly Token[], lexicon = CONTRASTING_MODIFIERS) => {
    for (const token of tokens) {
      const family = familyOf(lexicon, lower(text, token));
      if (family) modifiers.add(family);
    }
  };
  const sorted = () => [...modifiers].sort();
  const isPlace = (token: Token) => places.some((place) => place.start <= token.start && token.end <= place.end);
  if (figure.kind === 'count') {
    // The counted noun the reader found ends the figure; a capitalized one is a name ("two World Wars"), not a thing counted.
    // A sentence's first word is capitalized as every first word is: "More than 40,000 soldiers" counts soldiers.
    const noun = figure.unit?.toLowerCase();
    const written = noun ? text.slice(figure.end - noun.length, figure.end) : '';
    if (
      !noun ||
      /\P{Ll}/u.test(written[0] ?? 'X') ||
      own
        .slice(0, -1)
        .some(
          (token) =>
            isCapitalized(text, token) &&
            token.start !== sentenceStart &&
            !DEMONYMS.has(token.term) &&
            !/\d/.test(token.term),
        )
    ) {
      return { measure: null, modifiers: [], ofPlace: false };
    }
    // The counted noun is the measure, not a word setting it apart: "civilians" are no civilian aid.
    noteModifiers(
      own.filter((token) => token.end !== figure.end),
      COUNTED_MODIFIERS,
    );
    const counted = familyOf(MEASURE_FAMILIES, noun) ?? stemOf(noun);
    const also = alsoCounted(text, after);
    return {
      measure: also && also !== counted ? [counted, also].sort().join('+') : counted,
      modifiers: sorted(),
      ofPlace: false,
    };
  }
  // "$61bn aid package", "70% of the region", "$9.1 billion in security assistance", "a range of 300 km".
  // A sentence's first word is capitalized as every first word is: "Property purchases in Dubai" names no thing.
  const opensSentence = (token: Token) => token.start === sentenceStart;
  const named = (tokens: readonly Token[]) =>
    tokens.filter(
      (token) =>
        !DEMONYMS.has(token.term) && (!isCapitalized(text, token) || (opensSentence(token) && !isPlace(token))),
    );
  let phrase = phraseAt(text, after);
  const joiner = after[phrase.length]?.term;
  let complementStart = -1;
  if (phrase.length === 0 && (after[0]?.term === 'of' || after[0]?.term === 'in' || after[0]?.term === 'worth')) {
    complementStart = after[0].term === 'worth' && after[1]?.term === 'of' ? 2 : 1;
    phrase = phraseAt(text, after.slice(complementStart));
  } else if (phrase.length > 0 && phrase.length <= 1 && (joiner === 'of' || joiner === 'in')) {
    // "a 15% share of gas imports": the complement says what the share is of.
    const complement = phraseAt(text, after.slice(phrase.length + 1));
    if (complement.length) phrase = [...phrase, ...complement];
  }
  // "70% of Donetsk", "around 70% of the region": a share of a place's territory.
  if (figure.kind === 'percent' && complementStart >= 0 && after[0]?.term === 'of') {
    const complement = after
      .slice(complementStart)
      .filter((token, index) => index > 0 || !LEADING_DETERMINERS.test(lower(text, token)));
    const ofWords = named(phrase);
    // "of Donetsk", "of the Donetsk region", "of the region" (a place named before, which the subject resolved).
    const territory =
      (complement[0] && isPlace(complement[0]) && ofWords.length === 0) ||
      (ofWords.length === 1 && familyOf(MEASURE_FAMILIES, lower(text, ofWords[0]!)) === 'territory');
    if (territory)
      return {
        measure: 'territory',
        modifiers: sorted(),
        ofPlace: true,
        ...(complement[0] && isPlace(complement[0]) ? { namedWholeAt: complement[0].start } : {}),
        ...(ofWords.length === 1 ? { wholeKind: lower(text, ofWords[0]!) } : {}),
        // "20% of Ukrainian territory": the people's word names the whole's country ("of the
        // Ukrainian region of Luhansk" names its place).
        ...(complement[0] &&
        DEMONYM_COUNTRIES.has(complement[0].term) &&
        complement.length >= 2 &&
        COUNTRY_LAND.has(complement[1]!.term)
          ? { wholeCountry: DEMONYM_COUNTRIES.get(complement[0].term)! }
          : {}),
      };
  }
  // "10% higher", "20% more gas": a comparative says how, not what; what is compared is the noun
  // after it, or else the subject ("electricity will be 10% higher"), or nothing read.
  if (phrase[0] && COMPARATIVES.has(lower(text, phrase[0]))) phrase = phrase.slice(1);
  // "a range of 80 kilometres in Ukraine": a phrase that names only places says nothing of what is measured.
  if (named(phrase).length === 0) phrase = [];
  // "risen more than 50% this year", "by almost 50% in a year": a span of time says over what, not what rose.
  const isShare = figure.kind === 'percent';
  if (isShare && phrase.length > 0 && TIME_SPANS.test(lower(text, phrase.at(-1)!))) phrase = [];
  if (phrase.length === 0 && before.at(-1)?.term === 'of') {
    // "a budget of ¥6.8 trillion", "a range of 300 kilometres": the noun before "of".
    const noun = before.at(-2);
    if (noun && !PHRASE_ENDERS.has(lower(text, noun)) && !/\d/.test(noun.term)) phrase = [noun];
  }
  // "US military aid to Ukraine has reached $9 billion", "German gas use is down by 15%": the
  // figure's subject says what it measures; "cut its gas use by 15%": the object of the change.
  const leading = phrase.length === 0 ? (subjectBefore(text, before, isShare) ?? objectOfChange(text, before)) : null;
  if (leading) {
    phrase = leading;
    noteModifiers(leading);
  }
  noteModifiers(phrase);
  noteModifiers(phrase, COMMODITY_MODIFIERS);
  // "20% of the world's supply of corn": what is supplied is named after its head.
  const phraseEnd = leading ? -1 : after.indexOf(phrase.at(-1)!);
  if (phraseEnd >= 0 && after[phraseEnd + 1]?.term === 'of')
    noteModifiers(phraseAt(text, after.slice(phraseEnd + 2)), COMMODITY_MODIFIERS);
  noteModifiers(before.slice(-3));
  const words = named(phrase).map((token) => lower(text, token));
  const last = words.at(-1);
  // "front line" and "frontline" are one word written two ways.
  const pair = words.length > 1 ? familyOf(MEASURE_FAMILIES, `${words.at(-2)}-${last}`) : null;
  let measured = pair ?? (last ? (familyOf(MEASURE_FAMILIES, last) ?? stemOf(last)) : null);
  // A household's fuel bill is what it pays, not a bill passed into law as aid.
  if ((last === 'bill' || last === 'bills') && HOUSEHOLD_BILLS.test(words.at(-2) ?? '')) measured = 'bills';
  // What changes is named by two words more often than one: "gas use", "grain exports".
  if (leading && nature === 'change' && words.length > 1 && !pair && !familyOf(CONTRASTING_MODIFIERS, words.at(-2)!))
    measured = `${familyOf(MEASURE_FAMILIES, words.at(-2)!) ?? stemOf(words.at(-2)!)}-${measured}`;
  // "a total of $9bn", "an increase of 26%": a head that names no thing.
  if (
    !measured ||
    /^(?:total|sum|value|worth|amount|figure|level|share|rate|percent|cent|per|increase|rise|drop|fall|cut|some|about|around)$/.test(
      measured,
    ) ||
    // "sales in Russia, which totalled 1.7bn francs": a pronoun stands for a noun the phrase does not give.
    /^(?:which|that|who|what|it|this|these|those|they|them)$/.test(measured)
  ) {
    return { measure: null, modifiers: sorted(), ofPlace: false };
  }
  return { measure: measured, modifiers: sorted(), ofPlace: false };
}

const TOLL_EVENTS: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties']);
// "A new package of $800m", "a new aid package worth $800m": a sum's package may carry the word.
const PACKAGE_OF = /^(?:package|tranche|round|batch)$/;
const PACKAGE_OF_REACH = 4;
/**
 * A sum told as new by a word after it ("$800m in new military assistance") or by the package it is
 * of ("a new package of $800m") is lately done, not a second of two as "another $800m" is: "$13.6
 * billion in new support", thanked for six days after it passed, is that sum.
 */
function newlyGiven(text: string, figure: FramedFigure, before: readonly Token[], after: readonly Token[]): boolean {
  if (figure.kind !== 'money') return false;
  // Lower case only: "$5m in New York" is a place.
  const isNew = (token: Token | undefined) =>
    token !== undefined && FRESH_WORDS.has(text.slice(token.start, token.end));
  if (after[0]?.term === 'in' && isNew(after[1])) return true;
  const joint = before.at(-1)?.term;
  return (
    (joint === 'of' || joint === 'worth') &&
    PACKAGE_OF.test(before.at(-2)?.term ?? '') &&
    before.slice(-2 - PACKAGE_OF_REACH, -2).some(isNew)
  );
}

// "The 150,000 troops he amassed ... in the lead-up to the invasion", "before the war": of a time
// before the war began, which the article's date does not give.
const BEFORE_THE_WAR =
  /\b(?:in the (?:lead|run)[- ]?up to|ahead of|before|prior to|on the eve of)\s+(?:(?:the|its|this|russia['’]s|moscow['’]s|putin['’]s|russian|full[- ]scale|last year['’]s|2022|february(?: 24(?:th)?)?|24 february|start of the|beginning of the|outbreak of the)\s+){0,4}(?:invasion|war|fighting|conflict)\b(?!['’]s|\s+(?:ends?|is over|games?|crimes?|anniversary)\b)|\bbefore (?:(?:it|russia|moscow|russian (?:forces|troops)|the fighting) (?:invaded|began|started)|invading|february 24|24 february)\b|\bpre-?(?:war|invasion)\b/i;
const EARLIER_REACH = 300;
function toldOfEarlierTime(text: string, sentenceWords: readonly Token[], figure: FramedFigure): boolean {
  const start = Math.max(sentenceWords[0]?.start ?? figure.start, figure.start - EARLIER_REACH);
  const end = Math.min(sentenceWords.at(-1)?.end ?? figure.end, figure.end + EARLIER_REACH);
  return BEFORE_THE_WAR.test(text.slice(start, end));
}

/**
 * The frame of one figure of a sentence, or null when it cannot be read: a kind that is never
 * compared, a count with no noun or a name for one ("two World Wars"), a number that refers back
 * ("the two countries"), a count of one. `subject` is the claim's subject places, nearest first.
 */
export function readFrame(
  text: string,
  figure: FramedFigure,
  sentenceWords: readonly Token[],
  places: readonly FramePlace[],
  subject: readonly SubjectPlace[],
): FigureFrame | null {
  if (!FRAMED_KINDS.has(figure.kind)) return null;
  const { before, inside, after } = clauseOf(text, sentenceWords, figure);
  if (figure.kind === 'count') {
    // "the two countries", "these two states": a reference to things named before, not a count.
    const previous = before.at(-1)?.term ?? '';
    if (figure.value <= 3 && /^(?:the|these|those|both|its|their|our|his|her)$/.test(previous)) return null;
    if (figure.value === 1 && !figure.qualifier) return null;
  }
  // "155 mm shells", "a 155mm howitzer": a calibre names a kind of weapon, as "Leopard 2" names a tank.
  if (
    figure.kind === 'distance' &&
    figure.unit === 'mm' &&
    after.slice(0, 3).some((token) => CALIBRE_NOUNS.has(lower(text, token)))
  )
    return null;
  if (figure.kind === 'percent' && after[0] && CERTAINTY_WORDS.has(lower(text, after[0]))) return null;
  const told = natureOf(text, figure, before, inside, after);
  let { nature, since } =
    told.nature === 'level' && hostIsPlan(text, sentenceWords, before)
      ? { nature: 'plan' as const, since: null }
      : told;
  const period = nature === 'plan' ? null : told.period;
  const read = measureOf(text, figure, inside, before, after, places, nature, sentenceWords[0]?.start ?? -1);
  if (!read.measure) return null;
  // "87 to 99 percent of the region's populations supported joining Russia", "66% of the population
  // ... would like to see": a share of a people is of those who say or do something, which the
  // measure does not tell; a people's size is a count.
  if (figure.kind === 'percent' && read.measure === 'residents') return null;
  // "Weapons that have a range of more than 80 kilometers": a floor on a range marks a class of
  // weapons, not one weapon's range, which is a number ("a range of 50 miles").
  if (read.measure === 'range' && (figure.bound === 'at-least' || figure.bound === 'well-over')) return null;
  let { measure } = read;
  // "within 100 nautical miles of their borders", "within a 100-mile radius of the border": a radius
  // around a border is no length of it (a radius around a plant is a radius, compared as one).
  if (
    (measure === 'border' || measure === 'frontline') &&
    (before.at(-1)?.term === 'within' ||
      (before.at(-2)?.term === 'within' && before.at(-1)?.term === 'a') ||
      /^\s*(?:[-\w]+\s+)?(?:radius|zone|perimeter)\b/i.test(text.slice(figure.end, figure.end + 30)))
  )
    return null;
  // "755 miles of land border with five NATO members": a border with several countries at once is
  // no one border's length (a share of a country's borders, "6% of Russia's borders are with Nato
  // countries", is that share).
  if (
    measure === 'border' &&
    figure.kind === 'distance' &&
    BORDER_WITH_MANY.test(text.slice(figure.end, figure.end + 80))
  )
    return null;
  // What happened to what is counted or shared: money and lengths are told by their measure alone.
  let event =
    figure.kind === 'count' || figure.kind === 'percent'
      ? eventOf(text, before, inside, after, sentenceWords[0]?.start ?? -1, measure, figure)
      : figure.kind === 'money'
        ? moneyStageOf(text, before)
        : null;
  // "Shelling of Kharkiv has killed 18 people and wounded 106 in the last four days": the dead of a
  // span, not of one strike.
  if (figure.kind === 'count' && nature === 'level' && event !== null && TOLL_EVENTS.has(event)) {
    const span = pastWindow(text, before, after);
    if (span) [nature, since] = ['cumulative', span];
  }
  const sentenceHolders = holdersOf(
    text,
    sentenceWords,
    figure.kind === 'percent' ? beforeAnEarlierShare(text, before, places) : before,
    inside,
    after,
    places,
    measure,
    event,
  );
  let of: string[] = [];
  if (read.ofPlace) of = territoryWholeOf(read, places, subject, sentenceHolders);
  else if (figure.kind === 'percent') of = shareWholeOf(text, figure);
  else if (measure === 'frontline') {
    // "The front line is 7 miles away", "60 kilometers west of the front lines": how far a town lies
    // from the front, which moves and is of that town, not the front's length.
    if (DISTANCE_FROM.test(text.slice(figure.end, figure.end + DISTANCE_FROM_REACH))) return null;
    // A stretch told by its ends is the whole front only sometimes; no word says which.
    if (FRONT_BY_ITS_ENDS.test(text.slice(figure.end, figure.end + 60))) return null;
    if (
      STRETCH_OF_FRONT.test(text.slice(figure.end, figure.end + 80)) &&
      !THE_WHOLE_BEFORE.test(text.slice(Math.max(0, figure.start - 20), figure.start))
    )
      return null;
    of = frontOf(text, figure);
  } else if (
    figure.kind === 'distance' &&
    DISTANCE_FROM.test(text.slice(figure.end, figure.end + DISTANCE_FROM_REACH))
  ) {
    // "Samara, ... more than 500 miles east of Moscow" and "Yekaterinburg, about 900 miles east of
    // Moscow": how far a place lies from another is of the town named last before the figure in its
    // sentence, which a reader must know; a sentence that names none there ("the plant, 60 miles from
    // Kyiv", "troops in Ukraine were 15 miles from Kyiv") is of no place the frame can tell, and is
    // compared with nothing.
    const sentenceStart = sentenceWords[0]?.start ?? figure.start;
    const located = places.filter((place) => place.start >= sentenceStart && place.end <= figure.start).at(-1);
    of = [located && SETTLEMENT_KINDS.has(located.kind) ? located.id : UNRESOLVED_WHOLE];
  }
  if (figure.kind === 'count' && measure === 'troops')
    of = [...of, ...whereaboutsOf(text, sentenceWords, places, figure)];
  if (figure.kind === 'count' && event === 'fled') of = leftFrom(before, after, places) ?? of;
  if (figure.kind === 'count' && isPopulation(text, measure, event, before)) {
    measure = 'residents';
    event = 'inhabited';
    const whose = residentsPlace(text, figure.start, sentenceWords[0]?.start ?? figure.start, subject, places);
    if (whose === 'unreadable') return null;
    if (whose) of = placeIds(whose);
  }
  // "Ukraine has lost control of 70%": the share is held by the other side, which the clause does not name.
  // A place's own population has no holder: the place is what it is of.
  const lost =
    measure === 'residents' ||
    (event === 'control' && /\blos(?:t|e|es|ing) control\b/.test(before.map((token) => token.term).join(' ')));
  // "Israel received $3.8 billion in military aid from the U.S.": the subject is given it.
  const receiver = figure.kind === 'money' ? receiverBefore(text, before, places) : null;
  const recipients = recipientsOf(after, places);
  const wordBefore = before.at(-1)?.term ?? '';
  const fresh = FRESH_WORDS.has(wordBefore);
  return {
    measure,
    // "40% of the EU's gas": the measure says gas once.
    modifiers: [
      ...read.modifiers.filter((modifier) => modifier !== measure),
      ...schemeOf(text, figure),
      ...(measure === 'barrel' ? benchmarkOf(text, sentenceWords[0]?.start ?? figure.start, figure) : []),
    ].sort(),
    event,
    holders: lost ? [] : sentenceHolders.filter((holder) => holder !== receiver),
    claimants: claimantsWithPollster(text, sentenceWords, figure, places),
    recipients: recipients.length > 0 || !receiver ? recipients : [receiver],
    of,
    nature,
    period,
    since,
    fresh,
    // "The US recently announced ... a $800m package", "the recent $40 billion package"; not "in
    // recent days", which may be of another figure of the sentence ("as low as $84 in recent days
    // after ... over $100"), nor "until recently" or "as recently as", which tell of an earlier time.
    recent:
      !fresh &&
      (wordBefore === 'recent' ||
        newlyGiven(text, figure, before, after) ||
        sentenceWords.some(
          (word, index) => word.end <= figure.start && RECENT_WORDS.has(word.term) && !notLately(sentenceWords, index),
        )),
    earlier: toldOfEarlierTime(text, sentenceWords, figure),
    // Set by extract-claims.ts, which reads the sentence's dates.
    day: null,
  };
}

/** Who says the figure is so; for a share told as a poll's, its pollster too, or that none is named. */
function claimantsWithPollster(
  text: string,
  sentenceWords: readonly Token[],
  figure: FramedFigure,
  places: readonly FramePlace[],
): string[] {
  const claimants = claimantsOf(text, sentenceWords, figure.start, places);
  const pollster = figure.kind === 'percent' ? pollsterOf(text, sentenceWords, figure) : null;
  return pollster ? [...claimants, pollster] : claimants;
}

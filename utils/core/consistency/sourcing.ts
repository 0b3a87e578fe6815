/**
 * Who the article quotes: people and bodies by name ("Yurchuk said", "according to the Defence
 * Ministry"), unnamed sources ("speaking on condition of anonymity", "a source said"), and the
 * outlets and documents it cites. A profile for the reader to weigh, not a verdict.
 */
import { DEMONYMS } from '../places/demonyms';
import { sentences, type Sentence } from '../text';
import type { TextRange } from '../types';
import type { SourcingProfile } from '../results';

// Each with the words it cannot match without one of (in lower case): most pages hold few of them,
// and a pattern is not run over a page that lacks them.
const ANONYMOUS: [needs: string[], pattern: RegExp][] = [
  [['anonymity'], /on (?:the )?condition of anonymity/gi],
  [['anonymity'], /(?:requested|asked for|demanded|granted) anonymity/gi],
  [
    ['to be '],
    /(?:asked|requested|refused|declined|did not want|didn't want|wished) (?:not )?to be (?:named|identified)/gi,
  ],
  [['anonymously'], /speaking anonymously/gi],
  [['authori'], /not authori[sz]ed to (?:speak|comment)/gi],
  [['source'], /\b(?:a|one|two|several|multiple) (?:\w+ )?sources? (?:said|told|say|says|close to|familiar with)/gi],
  [['sources '], /\bsources (?:said|told|say|close to|familiar with)/gi],
  [['sources'], /according to (?:unnamed |anonymous |informed )?sources/gi],
  [['familiar with'], /people familiar with/gi],
  [['said', 'told'], /\b(?:an|one) (?:unnamed|anonymous|senior|official|officer)\b[^.]{0,40}\b(?:said|told)/gi],
];
// A name: capitalized words, after an optional title written with its full stop ("Mr. Reeves").
const NAME =
  "(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|St)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}";
const VERBS = 'said|says|told|added|stated|wrote|warned|claimed';
/** "Pavlo Yurchuk said": what namesBeforeVerbs finds, faster than running this over the whole text. */
export const SAID_AFTER = new RegExp(`(${NAME}),?\\s+(?:${VERBS})\\b`, 'gu');
const SAID_AFTER_ONCE = new RegExp(SAID_AFTER.source, 'u');
const VERB_AFTER_SPACE = new RegExp(`\\s(?:${VERBS})\\b`, 'g');
/** Words a name is made of ('’-), with a title's full stop. Any other character counts as one too: it only makes the stretch searched longer. */
const isNameCharacter = (code: number) =>
  code >= 128 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45 || code === 46;
const isSpaceOrComma = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 44;
/** A title and four words: the most a name of SAID_AFTER holds, separated by white space. */
const MOST_NAME_PARTS = 5;
/**
 * The most characters those parts take, with the white space and commas between them and the verb
 * (the longest name on all of ../shared/data takes 53). A word as long as a pasted blob is no
 * name, and trying a name at each of its capitals would cost its length squared.
 */
export const MOST_NAME_CHARACTERS = 200;
const SAID_BEFORE = new RegExp(`\\b(?:said|says|told reporters|added)\\s+(${NAME})`, 'gu');
const ACCORDING_TO = new RegExp(`according to (?:the |a )?(${NAME})`, 'gu');
const NOT_NAMES = new Set([
  'He',
  'She',
  'They',
  'It',
  'We',
  'I',
  'You',
  'The',
  'This',
  'That',
  'But',
  'And',
  'A',
  'An',
  'In',
  'On',
  'Officials',
  'Residents',
  'Sources',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
]);
const OUTLETS = [
  'Reuters',
  'Associated Press',
  'AP',
  'AFP',
  'Agence France-Presse',
  'BBC',
  'CNN',
  'New York Times',
  'Washington Post',
  'Guardian',
  'Al Jazeera',
  'Bloomberg',
  'Financial Times',
  'Wall Street Journal',
  'Kyiv Independent',
  'Kyiv Post',
  'Ukrainska Pravda',
  'Ukrinform',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Global Times',
  'Institute for the Study of War',
  'ISW',
  'Telegram',
  'Meduza',
  'Novaya Gazeta',
  'Der Spiegel',
  'Le Monde',
  'NPR',
  'CBS',
  'NBC',
  'ABC',
  'Fox News',
  'Sky News',
  'Politico',
  'Axios',
  'The Economist',
  'UN',
  'United Nations',
  'OHCHR',
  'NATO',
  'Ministry of Defence',
  'Ministry of Defense',
  'Defence Ministry',
  'Defense Ministry',
  'General Staff',
  'Pentagon',
  'Kremlin',
];
// The document in lower case only: "the Institute for the Study of War" and "the Post" are names.
const DOCUMENTS =
  /\b(?:[Aa]|[Tt]he|[Aa]n) (?:leaked |new |recent |official |internal |classified )?(report|statement|study|survey|memo|document|communication|communiqué|assessment|briefing|post|video|letter|census)\b/g;
const OUTLET_PATTERN = new RegExp(
  `\\b(?:${OUTLETS.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'g',
);

/** The index of the sentence holding `position` (sentences in text order), by binary search. */
function sentenceAt(all: readonly TextRange[], position: number): number {
  let low = 0;
  let high = all.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (all[middle]!.start <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The words `text` writes as words of their own (not after an apostrophe or a hyphen), as written:
 * read once, where looking each name up in the text would read it once a name.
 */
function wordsWritten(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(/(?<![\p{L}'’-])\p{L}+/gu), (match) => match[0]));
}

/**
 * The matches of SAID_AFTER whose name is within MOST_NAME_CHARACTERS of its verb, with their name
 * and where they start. Run over the whole text, it tries a name at every capital letter and costs
 * more than the rest of the profile. A match ends in one of its verbs, so it runs only on the few
 * words before each verb, from where a match could start (and not before the previous match's end,
 * where a global search resumes).
 */
export function namesBeforeVerbs(text: string): { index: number; name: string }[] {
  const found: { index: number; name: string }[] = [];
  let searchedTo = 0;
  for (const verb of text.matchAll(VERB_AFTER_SPACE)) {
    const verbEnd = verb.index + verb[0].length;
    if (verb.index < searchedTo) continue;
    const limit = Math.max(searchedTo, verb.index - MOST_NAME_CHARACTERS);
    let from = verb.index;
    for (let parts = 0; ; parts++) {
      while (from > limit && isSpaceOrComma(text.charCodeAt(from - 1))) from--;
      if (parts === MOST_NAME_PARTS || from === limit || !isNameCharacter(text.charCodeAt(from - 1))) break;
      while (from > limit && isNameCharacter(text.charCodeAt(from - 1))) from--;
    }
    // A word the limit cuts is too long to be part of a name: not even its end is one.
    if (from === limit && from > searchedTo && isNameCharacter(text.charCodeAt(from - 1)))
      while (from < verb.index && isNameCharacter(text.charCodeAt(from))) from++;
    // One character past the verb, which its \b looks at.
    const match = SAID_AFTER_ONCE.exec(text.slice(from, verbEnd + 1));
    if (!match) continue;
    found.push({ index: from + match.index, name: match[1]! });
    searchedTo = from + match.index + match[0].length;
  }
  return found;
}

// Titles before a name, written out or abbreviated: "Senator Mark Warner" and "Mr. Warner" are one person.
const TITLES =
  /^(?:mr|mrs|ms|miss|dr|gen|general|col|colonel|lt|lieutenant|sgt|sergeant|capt|captain|maj|major|sen|senator|rep|representative|gov|governor|prof|professor|st|president|prime|minister|secretary|chancellor|mayor|judge|justice|ambassador|spokesman|spokeswoman|spokesperson|commander|chief|deputy|foreign|defence|defense|former|the)\.?$/i;

/**
 * One entry per person or body: a title and a surname ("Mr. Warner") join the full name that ends
 * in it ("Senator Mark Warner"), a lone first name joins the full name it starts, counts added up.
 */
function mergeNames(named: ReadonlyMap<string, number>): Map<string, number> {
  const partsOf = new Map(
    [...named.keys()].map((name) => [name, name.split(/\s+/).filter((word) => !TITLES.test(word))]),
  );
  const parts = (name: string) => partsOf.get(name)!;
  const full = [...named.keys()].filter((name) => parts(name).length > 1);
  const merged = new Map<string, number>();
  for (const [name, count] of named) {
    const own = parts(name);
    const into =
      own.length === 1
        ? full.find((other) => parts(other).at(-1) === own[0] || parts(other)[0] === own[0])
        : full.find(
            (other) =>
              other !== name && parts(other).length > own.length && parts(other).join(' ').endsWith(own.join(' ')),
          );
    const key = into ?? name;
    merged.set(key, (merged.get(key) ?? 0) + count);
  }
  return merged;
}

/**
 * Most named sources a profile weighs against one another: an article quotes tens, and merging
 * compares every name with every other. A page of thousands of names keeps the most quoted.
 */
const MOST_NAMED = 500;

function mostQuoted(named: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  if (named.size <= MOST_NAMED) return named;
  const kept = new Set(
    [...named]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MOST_NAMED)
      .map(([name]) => name),
  );
  return new Map([...named].filter(([name]) => kept.has(name)));
}

/** "according to Russian officials", "a Russian military blogger said": a capitalized word that qualifies a noun is no name. */
function isAdjective(text: string, end: number, name: string): boolean {
  if (DEMONYMS.has(name.toLowerCase()) || DEMONYMS.has(name.split(/\s+/).at(-1)!.toLowerCase())) return true;
  return (
    /^\s+\p{Ll}/u.test(text.slice(end, end + 3)) &&
    !/^\s+(?:said|says|told|added|stated|wrote|warned|claimed|and|on|in|at|of|that|to|for|who|which|was|is)\b/.test(
      text.slice(end, end + 12),
    )
  );
}

/** `placeNames`: names the article uses for places, which are not sources ("Russia said" is a government, counted among places). */
export function sourcingProfile(
  text: string,
  placeNames: ReadonlySet<string> = new Set(),
  all: readonly Sentence[] = sentences(text),
): SourcingProfile {
  const named = new Map<string, number>();
  const anonymous: SourcingProfile['anonymous'] = [];
  const cited = new Set<string>();
  let written: Set<string> | undefined;
  // Each pattern runs once over the whole text, not once a sentence: a long page has hundreds.
  // A sentence's phrase is its first match of the first pattern that matches it.
  const phrases = new Map<number, string>();
  const lowerCase = text.toLowerCase();
  for (const [needs, pattern] of ANONYMOUS) {
    if (!needs.some((word) => lowerCase.includes(word))) continue;
    for (const match of text.matchAll(pattern)) {
      const at = sentenceAt(all, match.index);
      const sentence = all[at];
      if (sentence && match.index + match[0].length <= sentence.end && !phrases.has(at)) phrases.set(at, match[0]);
    }
  }
  for (const [at, phrase] of [...phrases].sort((a, b) => a[0] - b[0]))
    anonymous.push({ sentence: { start: all[at]!.start, end: all[at]!.end }, phrase });
  for (const match of text.matchAll(OUTLET_PATTERN)) cited.add(match[0]);
  for (const match of text.matchAll(DOCUMENTS)) cited.add(match[0].replace(/^(?:a|an|the) /i, '').toLowerCase());
  // Over the whole text: the sentence splitter may break after "Mr." and part a title from its name.
  // Each with where its name ends, to see what follows it.
  const matches = [
    namesBeforeVerbs(text).map((match) => ({ ...match, end: match.index + match.name.length })),
    ...[SAID_BEFORE, ACCORDING_TO].map((pattern) =>
      Array.from(text.matchAll(pattern), (match) => ({
        index: match.index,
        name: match[1]!,
        end: match.index + match[0].length,
      })),
    ),
  ];
  for (const list of matches) {
    for (const match of list) {
      const name = match.name.replace(/['’]s$/, '');
      const first = name.split(/\s+/)[0]!;
      if (NOT_NAMES.has(first) && name.split(/\s+/).length === 1) continue;
      const cleaned = NOT_NAMES.has(first) ? name.split(/\s+/).slice(1).join(' ') : name;
      // "Analysts said": a one-word "name" the article also writes in lower case is a common noun.
      const commonNoun = /^\p{L}+$/u.test(cleaned) && (written ??= wordsWritten(text)).has(cleaned.toLowerCase());
      const adjective = isAdjective(text, match.end, name);
      if (cleaned && !placeNames.has(cleaned) && !commonNoun && !NOT_NAMES.has(cleaned) && !adjective)
        named.set(cleaned, (named.get(cleaned) ?? 0) + 1);
    }
  }
  return {
    named: [...mergeNames(mostQuoted(named))]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    anonymous,
    cited: [...cited],
  };
}

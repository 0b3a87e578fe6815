/**
 * Who the article quotes: people and bodies by name ("Yurchuk said", "according to the Defence
 * Ministry"), unnamed sources ("speaking on condition of anonymity", "a source said"), and the
 * outlets and documents it cites. A profile for the reader to weigh, not a verdict.
 */
import { sentences, type Sentence } from '../text';
import type { SourcingProfile, TextRange } from '../types';

const ANONYMOUS = [
  /on (?:the )?condition of anonymity/gi,
  /(?:requested|asked for|demanded|granted) anonymity/gi,
  /(?:asked|requested|refused|declined|did not want|didn't want|wished) (?:not )?to be (?:named|identified)/gi,
  /speaking anonymously/gi,
  /not authori[sz]ed to (?:speak|comment)/gi,
  /\b(?:a|one|two|several|multiple) (?:\w+ )?sources? (?:said|told|say|says|close to|familiar with)/gi,
  /\bsources (?:said|told|say|close to|familiar with)/gi,
  /according to (?:unnamed |anonymous |informed )?sources/gi,
  /people familiar with/gi,
  /\b(?:an|one) (?:unnamed|anonymous|senior|official|officer)\b[^.]{0,40}\b(?:said|told)/gi,
];
// A name: capitalized words, after an optional title written with its full stop ("Mr. Reeves").
const NAME = "(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|St)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}";
const SAID_AFTER = new RegExp(`(${NAME}),?\\s+(?:said|says|told|added|stated|wrote|warned|claimed)\\b`, 'gu');
const SAID_BEFORE = new RegExp(`\\b(?:said|says|told reporters|added)\\s+(${NAME})`, 'gu');
const ACCORDING_TO = new RegExp(`according to (?:the |a )?(${NAME})`, 'gu');
const NOT_NAMES = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'You', 'The', 'This', 'That', 'But', 'And', 'A', 'An', 'In', 'On', 'Officials', 'Residents', 'Sources',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr']);
const OUTLETS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'CNN', 'New York Times', 'Washington Post', 'Guardian',
  'Al Jazeera', 'Bloomberg', 'Financial Times', 'Wall Street Journal', 'Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda', 'Ukrinform',
  'TASS', 'RIA Novosti', 'Interfax', 'Global Times', 'Institute for the Study of War', 'ISW', 'Telegram', 'Meduza', 'Novaya Gazeta',
  'Der Spiegel', 'Le Monde', 'NPR', 'CBS', 'NBC', 'ABC', 'Fox News', 'Sky News', 'Politico', 'Axios', 'The Economist', 'UN', 'United Nations',
  'OHCHR', 'NATO', 'Ministry of Defence', 'Ministry of Defense', 'Defence Ministry', 'Defense Ministry', 'General Staff', 'Pentagon', 'Kremlin',
];
const DOCUMENTS = /\b(?:a|the|an) (?:leaked |new |recent |official |internal |classified )?(report|statement|study|survey|memo|document|communication|communiqué|assessment|briefing|post|video|letter|census)\b/gi;
const OUTLET_PATTERN = new RegExp(`\\b(?:${OUTLETS.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');

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

/** Whether `text` writes `word` (lower case) as a word of its own somewhere. */
function writesInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}'’-]/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** `placeNames`: names the article uses for places, which are not sources ("Russia said" is a government, counted among places). */
export function sourcingProfile(text: string, placeNames: ReadonlySet<string> = new Set(), all: readonly Sentence[] = sentences(text)): SourcingProfile {
  const named = new Map<string, number>();
  const anonymous: SourcingProfile['anonymous'] = [];
  const cited = new Set<string>();
  // Each pattern runs once over the whole text, not once a sentence: a long page has hundreds.
  // A sentence's phrase is its first match of the first pattern that matches it.
  const phrases = new Map<number, string>();
  for (const pattern of ANONYMOUS) {
    for (const match of text.matchAll(pattern)) {
      const at = sentenceAt(all, match.index);
      const sentence = all[at];
      if (sentence && match.index + match[0].length <= sentence.end && !phrases.has(at)) phrases.set(at, match[0]);
    }
  }
  for (const [at, phrase] of [...phrases].sort((a, b) => a[0] - b[0])) anonymous.push({ sentence: { start: all[at]!.start, end: all[at]!.end }, phrase });
  for (const match of text.matchAll(OUTLET_PATTERN)) cited.add(match[0]);
  for (const match of text.matchAll(DOCUMENTS)) cited.add(match[0].replace(/^(?:a|an|the) /i, '').toLowerCase());
  // Over the whole text: the sentence splitter may break after "Mr." and part a title from its name.
  for (const pattern of [SAID_AFTER, SAID_BEFORE, ACCORDING_TO]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.replace(/['’]s$/, '');
      const first = name.split(/\s+/)[0]!;
      if (NOT_NAMES.has(first) && name.split(/\s+/).length === 1) continue;
      const cleaned = NOT_NAMES.has(first) ? name.split(/\s+/).slice(1).join(' ') : name;
      // "Analysts said": a one-word "name" the article also writes in lower case is a common noun.
      const commonNoun = /^\p{L}+$/u.test(cleaned) && writesInLowerCase(text, cleaned.toLowerCase());
      if (cleaned && !placeNames.has(cleaned) && !commonNoun && !NOT_NAMES.has(cleaned)) named.set(cleaned, (named.get(cleaned) ?? 0) + 1);
    }
  }
  return {
    named: [...named].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    anonymous,
    cited: [...cited],
  };
}

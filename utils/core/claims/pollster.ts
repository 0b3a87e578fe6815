/**
 * Who took the poll a share comes from ("a Levada Center poll", "a survey by the Kyiv International
 * Institute of Sociology", "the pollster VTsIOM"): two polls by different pollsters are two
 * quantities, even when both ask whether Russians back the war and their shares agree.
 */
import type { Token } from '../text';
import { isDemonym } from './frame-actors';
import { isCapitalized, lower } from './frame-phrases';

const POLL_WORDS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'pollster', 'pollsters']);
// "A poll by Gallup", "a survey conducted by the Rating group", "a poll from Reuters/Ipsos"; not
// "a poll of Ukrainians", who were asked.
const NAMED_AFTER: ReadonlySet<string> = new Set(['by', 'from']);
const LINKS: ReadonlySet<string> = new Set(['conducted', 'carried', 'out', 'commissioned', 'released', 'published']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// Words a capitalised run before "poll" may hold that name no one: "A new poll", "The latest survey".
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'new',
  'latest',
  'recent',
  'national',
  'independent',
  'online',
  'opinion',
  'public',
  'another',
  'one',
  'this',
  'that',
  'in',
  'according',
]);
const DESCRIBING: ReadonlySet<string> = new Set(['new', 'latest', 'recent', 'national', 'online', 'opinion', 'public']);
// Only the words near the poll word are read: a name further off is someone the poll is about.
const NAME_REACH = 4;

/**
 * The pollster of a share's sentence, as a key ("poll:levada"); `UNNAMED_POLLSTER` when the
 * sentence tells of a poll or its respondents but names no one who took it; null when it tells of
 * none. The first word of the pollster's name is the key: "Levada Center" and "Levada" are one.
 */
export function pollsterOf(text: string, sentenceWords: readonly Token[]): string | null {
  let polled = false;
  for (let index = 0; index < sentenceWords.length; index++) {
    const term = sentenceWords[index]!.term;
    if (ASKED_WORDS.has(term)) polled = true;
    if (!POLL_WORDS.has(term)) continue;
    polled = true;
    const named = nameBefore(text, sentenceWords, index) ?? nameAfter(text, sentenceWords, index);
    if (named) return `${POLLSTER}${named}`;
  }
  return polled ? UNNAMED_POLLSTER : null;
}
/** A claimant that marks a share as a poll's; `UNNAMED_POLLSTER` when the sentence names no one who took it. */
export const POLLSTER = 'poll:';
export const UNNAMED_POLLSTER = `${POLLSTER}?`;
// "39% of respondents called ...", "of those polled", "of Russians surveyed": a poll, whoever took it.
const ASKED_WORDS: ReadonlySet<string> = new Set(['respondents', 'respondent', 'polled', 'surveyed', 'interviewed']);

/** "A Levada Center poll", "a Reuters/Ipsos survey": the capitalised run just before the poll word. */
function nameBefore(text: string, words: readonly Token[], pollAt: number): string | null {
  let first = -1;
  // "The Levada Center's latest poll": a lower-case word or two describing the poll come between.
  let end = pollAt - 1;
  while (end >= pollAt - 2 && end >= 0 && DESCRIBING.has(words[end]!.term) && !isCapitalized(text, words[end]!)) end--;
  for (let at = end; at >= Math.max(0, end - NAME_REACH + 1); at--) {
    const token = words[at]!;
    // A run broken by punctuation is over: "In Kyiv, a poll ..." names a place, not the pollster.
    if (/[,.;:()]/.test(text.slice(token.end, words[at + 1]!.start))) break;
    // A people before "poll" says who was asked ("a Ukrainian poll"), not who asked.
    if (!isCapitalized(text, token) || NOT_A_NAME.has(token.term) || isDemonym(text, token)) break;
    first = at;
  }
  if (first < 0) return null;
  return keyOf(text, words[first]!);
}

/** "A poll by Gallup", "the pollster VTsIOM", "a survey conducted by the Rating group". */
function nameAfter(text: string, words: readonly Token[], pollAt: number): string | null {
  let at = pollAt + 1;
  const pollster = words[pollAt]!.term.startsWith('pollster');
  if (!pollster) {
    while (at < words.length && LINKS.has(words[at]!.term)) at++;
    if (!NAMED_AFTER.has(words[at]?.term ?? '')) return null;
    at++;
  }
  if (at < words.length && ARTICLES.has(words[at]!.term)) at++;
  const token = words[at];
  if (
    !token ||
    !isCapitalized(text, token) ||
    isDemonym(text, token) ||
    /[,.;:()]/.test(text.slice(words[at - 1]!.end, token.start))
  )
    return null;
  return keyOf(text, token);
}

const keyOf = (text: string, token: Token) => {
  const key = lower(text, token).replace(/['’]s$/, '');
  return /^\p{L}[\p{L}\d/-]*$/u.test(key) ? key.split('/')[0]! : null;
};

/**
 * Who took the poll a share comes from ("a Levada Center poll", "a survey by the Kyiv International
 * Institute of Sociology", "the pollster VTsIOM"): two polls by different pollsters are two
 * quantities, even when both ask whether Russians back the war and their shares agree.
 */
import type { Token } from '../text';
import type { TextRange } from '../types';
import { isDemonym } from './frame-actors';
import { isCapitalized, lower } from './frame-phrases';

/** A claimant that marks a share as a poll's; `UNNAMED_POLLSTER` when the sentence names no one who took it. */
export const POLLSTER = 'poll:';
export const UNNAMED_POLLSTER = `${POLLSTER}?`;

const POLL_WORDS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'pollster', 'pollsters']);
// "A poll by Gallup", "a survey conducted by the Rating group", "a poll from Reuters/Ipsos"; not
// "a poll of Ukrainians", who were asked.
const NAMED_AFTER: ReadonlySet<string> = new Set(['by', 'from']);
const LINKS: ReadonlySet<string> = new Set(['conducted', 'carried', 'out', 'commissioned', 'released', 'published']);
// Words between "by the" and a name, or between a name and "poll": "the independent Levada Center",
// "the Levada Center's latest poll".
const DESCRIBING: ReadonlySet<string> = new Set(
  'the a an new latest recent national online opinion public independent respected leading state-run'.split(' '),
);
// Capitalised words that name no pollster: "A new poll", "Monday's poll", "Its latest survey".
const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...'a an the another one this that these those in according its their his her our my your new latest recent'.split(
    ' ',
  ),
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  ...'january february march april may june july august september october november december'.split(' '),
]);
// Words that join a name's capitalised words: "Kyiv International Institute of Sociology".
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&']);
// How many words of a name are read: a name further off is someone the poll is about.
const NAME_REACH = 6;
// "62% of respondents", "39% of those polled", "of Russians surveyed": the words after a share
// that say it is a poll's, read only just after it.
const RESPONDENTS: ReadonlySet<string> = new Set(['respondents', 'respondent']);
const ASKED: ReadonlySet<string> = new Set(['polled', 'surveyed', 'questioned', 'asked']);
const ASKED_REACH = 6;
// "A poll found 62%", "According to a survey, 62%": a poll word before the share, in its sentence.
const POLL_BEFORE_REACH = 12;

/**
 * Whether the share at `figure` is a poll's, and whose: a key ("poll:levada") when its sentence
 * names who took the poll; `UNNAMED_POLLSTER` when the share is told as a poll's (its respondents
 * just after it, or a poll word before it) but no one is named; null otherwise. The first word of
 * the pollster's name is the key: "Levada Center", "the Moscow-based Levada Center" and "Levada"
 * are one.
 */
export function pollsterOf(text: string, sentenceWords: readonly Token[], figure: TextRange): string | null {
  for (let index = 0; index < sentenceWords.length; index++) {
    if (!POLL_WORDS.has(sentenceWords[index]!.term)) continue;
    const named = nameBefore(text, sentenceWords, index) ?? nameAfter(text, sentenceWords, index);
    if (named) return `${POLLSTER}${named}`;
  }
  const at = sentenceWords.findIndex((token) => token.start >= figure.end);
  const after = at < 0 ? [] : sentenceWords.slice(at, at + ASKED_REACH);
  const toldAsked = after.some(
    (token, index) =>
      RESPONDENTS.has(token.term) || (index > 0 && ASKED.has(token.term) && isAskedPeople(after, index)),
  );
  const start = sentenceWords.findIndex((token) => token.end > figure.start);
  const before = sentenceWords.slice(
    Math.max(0, (start < 0 ? sentenceWords.length : start) - POLL_BEFORE_REACH),
    start < 0 ? undefined : start,
  );
  const pollBefore = before.some((token) => POLL_WORDS.has(token.term) && !token.term.startsWith('pollster'));
  return toldAsked || pollBefore ? UNNAMED_POLLSTER : null;
}

// "Those polled", "Russians surveyed", "people asked": the word before is who was asked.
const ASKED_PEOPLE = /^(?:those|people|adults|voters|citizens|residents|respondents|\p{L}+ans|\p{L}+ians)$/u;
const isAskedPeople = (after: readonly Token[], index: number) => ASKED_PEOPLE.test(after[index - 1]!.term);

/** "A Levada Center poll", "a Kyiv International Institute of Sociology poll": the name just before the poll word. */
function nameBefore(text: string, words: readonly Token[], pollAt: number): string | null {
  let end = pollAt - 1;
  while (end >= pollAt - 2 && end >= 0 && DESCRIBING.has(words[end]!.term) && !isCapitalized(text, words[end]!)) end--;
  let first = -1;
  for (let at = end; at >= Math.max(0, end - NAME_REACH + 1); at--) {
    const token = words[at]!;
    // A run broken by punctuation is over: "In Kyiv, a poll ..." names a place, not the pollster.
    if (/[,.;:()]/.test(text.slice(token.end, words[at + 1]!.start))) break;
    if (NAME_JOINERS.has(token.term) && !isCapitalized(text, token) && first === at + 1) continue;
    // A people before "poll" says who was asked ("a Ukrainian poll"), not who asked.
    if (!isCapitalized(text, token) || NOT_A_NAME.has(token.term) || isDemonym(text, token)) break;
    first = at;
  }
  return first < 0 ? null : keyFrom(text, words, first, end);
}

/** "A poll by Gallup", "the pollster VTsIOM", "a survey conducted by the independent Rating group". */
function nameAfter(text: string, words: readonly Token[], pollAt: number): string | null {
  let at = pollAt + 1;
  if (!words[pollAt]!.term.startsWith('pollster')) {
    while (at < words.length && LINKS.has(words[at]!.term)) at++;
    if (!NAMED_AFTER.has(words[at]?.term ?? '')) return null;
    at++;
  }
  const named = at;
  while (at < words.length && at < named + 3 && DESCRIBING.has(words[at]!.term) && !isCapitalized(text, words[at]!))
    at++;
  const token = words[at];
  if (
    !token ||
    !isCapitalized(text, token) ||
    NOT_A_NAME.has(token.term) ||
    isDemonym(text, token) ||
    /[,.;:()]/.test(text.slice(words[named - 1]!.end, token.start))
  )
    return null;
  return keyFrom(text, words, at, Math.min(words.length - 1, at + NAME_REACH - 1));
}

/** The key of a name: its first word, past a word of where it is based ("Moscow-based"). */
function keyFrom(text: string, words: readonly Token[], first: number, last: number): string | null {
  for (let at = first; at <= last; at++) {
    const word = lower(text, words[at]!).replace(/['’]s$/, '');
    if (/-(?:based|run|owned|funded|linked|backed)$/.test(word)) continue;
    return /^\p{L}[\p{L}\d/-]*$/u.test(word) ? word.split('/')[0]! : null;
  }
  return null;
}

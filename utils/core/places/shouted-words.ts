/**
 * Words written in capitals among other words in capitals: a headline or a slogan set in upper case
 * ("RUSSIAN SEPARATISTS ASK MOSCOW FOR BALLISTIC MISSILES"). There capitals say nothing of names:
 * "ASK" before "MOSCOW" does not make one name of them, and the run's last word is no surname.
 */
import type { Word } from './hyphened-words';

// Three words in a row: two abbreviations side by side ("NATO, EU") are no headline.
const MIN_RUN = 3;
// Between two words of a run: spaces and a little punctuation (", ", ": "), no line break.
const MAX_GAP = 4;
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}.*\p{Lu}/u;

const inCapitals = (word: Word) => UPPER_CASE.test(word.text) && !LOWER_CASE.test(word.text);

function joined(text: string, left: Word, right: Word): boolean {
  if (right.start - left.end > MAX_GAP) return false;
  for (let index = left.end; index < right.start; index++) if (text.charCodeAt(index) === 10) return false;
  return true;
}

/** For each word, whether it stands in a run of at least three words in capitals. */
export function shoutedWords(text: string, words: readonly Word[]): boolean[] {
  const shouted = new Array<boolean>(words.length).fill(false);
  let runStart = -1;
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= MIN_RUN) shouted.fill(true, runStart, end);
  };
  words.forEach((word, index) => {
    if (!inCapitals(word)) {
      close(index);
      runStart = -1;
    } else if (runStart < 0 || !joined(text, words[index - 1]!, word)) {
      close(index);
      runStart = index;
    }
  });
  close(words.length);
  return shouted;
}

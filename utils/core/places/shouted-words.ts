/**
 * Words written in capitals among other words in capitals: a headline or a slogan set in upper case
 * ("RUSSIAN SEPARATISTS ASK MOSCOW FOR BALLISTIC MISSILES"). There capitals say nothing of names:
 * "ASK" before "MOSCOW" does not make one name of them, and the run's last word is no surname.
 */
import type { Word } from './hyphened-words';

// Three words in a row, one of them a word rather than an abbreviation: "US, UK, EU" is no headline.
const MIN_RUN = 3;
const MIN_WORD_LETTERS = 4;
// Between two words of a run: a space and at most one mark (", ", ": ", " ("); not a dateline's
// ") — ", nor a line break.
const MAX_GAP = 2;
const LOWER_CASE = /\p{Ll}/u;
const CAPITALS = /\p{Lu}/gu;

/** Capital letters in a word with no lower-case letter: 0 for "Kyiv", 1 for "A", 6 for "MOSCOW". */
function capitals(word: Word): number {
  return LOWER_CASE.test(word.text) ? 0 : (word.text.match(CAPITALS)?.length ?? 0);
}

function joined(text: string, left: Word, right: Word): boolean {
  if (right.start - left.end > MAX_GAP) return false;
  for (let index = left.end; index < right.start; index++) if (text.charCodeAt(index) === 10) return false;
  return true;
}

/** For each word, whether it stands in a run of at least three words in capitals. */
export function shoutedWords(text: string, words: readonly Word[]): boolean[] {
  const shouted = new Array<boolean>(words.length).fill(false);
  let runStart = -1;
  // "ZELENSKYY SAYS A DEAL": a one-letter word ("A", "I") carries a run on without counting in it.
  let counted = 0;
  let longWord = false;
  const close = (end: number) => {
    if (runStart >= 0 && counted >= MIN_RUN && longWord) shouted.fill(true, runStart, end);
  };
  words.forEach((word, index) => {
    const letters = capitals(word);
    if (letters === 0) {
      close(index);
      runStart = -1;
      return;
    }
    if (runStart < 0 || !joined(text, words[index - 1]!, word)) {
      close(index);
      runStart = index;
      counted = 0;
      longWord = false;
    }
    if (letters > 1) counted++;
    if (letters >= MIN_WORD_LETTERS) longWord = true;
  });
  close(words.length);
  return shouted;
}

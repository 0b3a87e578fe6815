/**
 * npm run make:common-words: writes utils/core/places/common-words.ts, the English words (lower
 * case in a dictionary) that the gazetteer also knows as a place's name: "congress", "paradise",
 * "mobile". Read from Debian's `wamerican` word list (/usr/share/dict/american-english, SCOWL,
 * licence in scripts/gazetteer/LICENSE-scowl.txt); the output is committed, so neither the build
 * nor the tests need the package. Rerun after the gazetteer changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { placeKey } from '../../utils/core/places/place-key';
import { loadGazetteer } from '../lib/gazetteer-file';

const WORD_LIST = '/usr/share/dict/american-english';
const OUTPUT = new URL('../../utils/core/places/common-words.ts', import.meta.url).pathname;

const gazetteer = loadGazetteer();
const words = [
  ...new Set(
    readFileSync(WORD_LIST, 'utf8')
      .split('\n')
      .filter((word) => /^[a-z]{3,}$/.test(word) && gazetteer.hasKey(placeKey(word))),
  ),
].sort();
const lines: string[] = [];
for (let line = ''; words.length > 0;) {
  const word = words.shift()!;
  if (line.length + word.length + 1 > 110) {
    lines.push(line);
    line = '';
  }
  line = line ? `${line} ${word}` : word;
  if (words.length === 0) lines.push(line);
}
writeFileSync(
  OUTPUT,
  `/**\n * Written by \`npm run make:common-words\` (scripts/gazetteer/make-common-words.ts): English words, lower case in\n * the SCOWL word list (Debian's wamerican; licence in scripts/gazetteer/LICENSE-scowl.txt), that the gazetteer\n * also knows as a place's name.\n */\nexport const COMMON_WORDS: ReadonlySet<string> = new Set(\n  \`${lines.join('\n')}\`.split(/\\s+/),\n);\n`,
);
console.log(`make:common-words: ${lines.join(' ').split(' ').length} words written to ${OUTPUT}`);

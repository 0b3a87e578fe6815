/**
 * Text written to be expensive to read: the shapes a hostile or broken page or corpus article
 * takes (a pasted base64 blob, a table of digits, runs of punctuation, deep nesting). Each shape
 * makes text of about the length asked for, the same every time, so the property test, the CLI
 * test and the benchmark read the same inputs.
 */

const NEWS = 'Officials in Kyiv said on Monday that 1,250 people had left the Donetsk region. ';

/** Letters and digits (base64 without the signs that would part it into words): one word of `length` characters. */
export function blob(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let seed = 12345;
  let out = '';
  for (let at = 0; at < length; at++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[seed % alphabet.length];
  }
  return out;
}

const repeated = (unit: string, length: number) =>
  unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, length);
/** `unit` repeated into sentences just short of what is read for figures, so that each is read. */
const inSentences = (unit: string, length: number) => {
  const sentence = `Then ${repeated(unit, 1900).trimEnd()}. `;
  return repeated(sentence, length);
};

/** A capitalized made-up word per number: thousands of names no gazetteer or corpus knows. */
const madeUpName = (n: number) => `Q${n.toString(36)}ovka`;

export const HOSTILE_SHAPES = {
  'one huge word': (length: number) => `${NEWS}${blob(length)} ${NEWS}`,
  'one huge hyphenated word': (length: number) => `${NEWS}${repeated('ab-', length)}c ${NEWS}`,
  'a run of full stops': (length: number) => `${NEWS}${repeated('.', length)} ${NEWS}`,
  'a run of mixed punctuation': (length: number) => `${NEWS}${repeated('.,;:!?-—\'"“”', length)} ${NEWS}`,
  'a run of digits': (length: number) => `${NEWS}${repeated('1234567890', length)} ${NEWS}`,
  'digits and commas': (length: number) => `${NEWS}${repeated('1,', length)} ${NEWS}`,
  'digits and full stops': (length: number) => `${NEWS}${repeated('1.', length)} ${NEWS}`,
  'digits between spaces': (length: number) => `${NEWS}${repeated('1 ', length)} ${NEWS}`,
  'numbers in words': (length: number) => `${NEWS}${repeated('one hundred and ', length)}people. ${NEWS}`,
  'sentences of numbers in words': (length: number) => `${NEWS}${inSentences('one hundred and ', length)} ${NEWS}`,
  'sentences of digits': (length: number) => `${NEWS}${inSentences('1 2,3 4.5 ', length)} ${NEWS}`,
  'sentences of number words the model reads as none': (length: number) =>
    `${NEWS}${inSentences('minus first point second ', length)} ${NEWS}`,
  'sentences of figures': (length: number) =>
    `${NEWS}${inSentences('about 5 km of Kyiv, 70% of $3 billion and 1 in 5 of 2,000 troops, ', length)} ${NEWS}`,
  'figures with units': (length: number) => `${NEWS}${repeated('about 5 km and 70% of $3 billion, ', length)} ${NEWS}`,
  'dates in one sentence': (length: number) => `${NEWS}${repeated('May 5, 2022 to June 6 ', length)} ${NEWS}`,
  'deep brackets': (length: number) => `${NEWS}${repeated('(', length / 2)}Kyiv${repeated(')', length / 2)} ${NEWS}`,
  'deep quotes and brackets': (length: number) =>
    `${NEWS}${repeated('("[“‘', length / 2)}Kyiv${repeated('’”]")', length / 2)} ${NEWS}`,
  'thousands of capitalized words': (length: number) =>
    `${NEWS}${Array.from({ length: Math.ceil(length / 8) }, (_, n) => madeUpName(n))
      .join(' ')
      .slice(0, length)} said. ${NEWS}`,
  'a list of thousands of towns': (length: number) =>
    `${NEWS}Storms hit ${repeated('Dallas, Houston, Perry, Smith, Waco, Tyler, ', length)}and Austin. ${NEWS}`,
  'capitalized words and places': (length: number) =>
    `${NEWS}${repeated('Kyiv Paris Texas New York Mr. Anna Koresh ', length)} ${NEWS}`,
  '"said" after long words': (length: number) => `${NEWS}${repeated(`Z${'x'.repeat(4000)} said `, length)} ${NEWS}`,
  '"said" after one long word': (length: number) => `${NEWS}Ka${'x'.repeat(length)} said. ${NEWS}`,
  'sources and anonymity': (length: number) =>
    `${NEWS}${repeated('a senior official source according to the ', length)}said. ${NEWS}`,
  'thousands of named sources': (length: number) =>
    `${NEWS}${Array.from({ length: Math.ceil(length / 22) }, (_, n) => `${madeUpName(n)} ${madeUpName(n + 1)} said.`)
      .join(' ')
      .slice(0, length)} ${NEWS}`,
  'an ordinal of many digits': (length: number) => `${NEWS}the 5 ${repeated('1', length)}st ${NEWS}`,
  'months and initials': (length: number) => `${NEWS}${repeated('May J. K. June 5. ', length)} ${NEWS}`,
  abbreviations: (length: number) => `${NEWS}${repeated('U.S. Mr. Gen. ', length)} ${NEWS}`,
  'long lines of spaces': (length: number) =>
    `${NEWS}${repeated('a \t \u00a0 ', (length * 3) / 4)}\n${repeated('\n \n', length / 4)}${NEWS}`,
  'combining accents': (length: number) => `${NEWS}${repeated('e\u0301', length)} ${NEWS}`,
} satisfies Record<string, (length: number) => string>;

export type HostileShape = keyof typeof HOSTILE_SHAPES;

/** Every shape at one length, by name. */
export function hostileTexts(length: number): { shape: HostileShape; text: string }[] {
  return (Object.keys(HOSTILE_SHAPES) as HostileShape[]).map((shape) => ({
    shape,
    text: HOSTILE_SHAPES[shape](length),
  }));
}

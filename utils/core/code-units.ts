/**
 * Whether a UTF-16 code unit matches a one-character pattern, from a table filled as units are
 * met. Sidenote reads a page's text a character at a time in several places (words, sentence ends,
 * number words, tokens); a Unicode property pattern costs tens of nanoseconds a test, the table a
 * few, and filling all 65,536 entries at once would cost milliseconds at every worker start.
 * Past a string's end charCodeAt gives NaN, for which the answer is false.
 */
export function codeUnitTest(pattern: RegExp): (code: number) => boolean {
  if (pattern.global || pattern.sticky) throw new Error('codeUnitTest needs a pattern without the g or y flag');
  // 0: not yet asked; 1: matches; 2: does not.
  const answers = new Uint8Array(0x10000);
  const ask = (code: number) => (answers[code] = pattern.test(String.fromCharCode(code)) ? 1 : 2);
  for (let code = 0; code < 128; code++) ask(code);
  return (code) => {
    const known = answers[code];
    return (known === 0 ? ask(code) : known) === 1;
  };
}

/** Whether a UTF-16 code unit opens a surrogate pair: a cut after it would split a character. */
export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

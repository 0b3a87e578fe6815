import { describe, expect, it } from 'vitest';
import { codeUnitTest } from './code-units';

describe('codeUnitTest', () => {
  it('answers as its pattern does for every UTF-16 code unit, asked in any order and again', () => {
    const pattern = /[\p{L}\p{N}]/u;
    const isLetterOrDigit = codeUnitTest(pattern);
    const differing: number[] = [];
    for (const code of [0x10000 - 1, 0x410, 65, 0xd800, 0x3000]) isLetterOrDigit(code);
    for (let code = 0; code < 0x10000; code++)
      if (isLetterOrDigit(code) !== pattern.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it('says no past a string’s end, and refuses a pattern whose test would depend on lastIndex', () => {
    expect(codeUnitTest(/\S/)('ab'.charCodeAt(2))).toBe(false);
    expect(() => codeUnitTest(/\s/g)).toThrow(/g or y/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBytes, KeyBlocks, writeKeyBlocks } from './key-blocks';

const encoder = new TextEncoder();
const byBytes = (a: string, b: string) => compareBytes(encoder.encode(a), encoder.encode(b));

describe('KeyBlocks', () => {
  // Short words over a small alphabet (with accents, Cyrillic and an astral character) share long
  // prefixes and land on every side of the 16-key block boundaries.
  const word = fc.string({
    unit: fc.constantFrom('a', 'b', 'k', 'y', ' ', '’', 'é', 'к', 'ї', '𝔸'),
    minLength: 0,
    maxLength: 7,
  });

  it('answers every lookup as a plain sorted list of the keys does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          word.filter((key) => key.length > 0),
          { minLength: 0, maxLength: 120 },
        ),
        fc.array(word, { maxLength: 40 }),
        (keys, probes) => {
          const entries = keys.map((key, index) => ({ key, codes: [index * 4 + (index % 4), (index * 7) % 999] }));
          const { blocks, blockStarts, count } = writeKeyBlocks(entries);
          const lookup = new KeyBlocks(blocks, blockStarts, count);
          const sorted = [...keys].sort(byBytes);
          // Prefixes are whole characters (a lone half of a surrogate pair is no text to look for).
          for (const probe of [...keys, ...probes, ...keys.map((key) => Array.from(key).slice(0, -1).join(''))]) {
            const entry = entries.find(({ key }) => key === probe);
            expect(lookup.codes(probe)).toEqual(entry?.codes);
            expect(lookup.hasPrefix(probe)).toBe(sorted.some((key) => key.startsWith(probe)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses what the format cannot hold and finds nothing longer than a key may be', () => {
    expect(() => writeKeyBlocks([{ key: 'x'.repeat(256), codes: [1] }])).toThrow('at most 255');
    expect(() => writeKeyBlocks([{ key: 'a', codes: [2 ** 24] }])).toThrow('out of range');
    expect(() =>
      writeKeyBlocks([
        { key: 'a', codes: [1] },
        { key: 'a', codes: [2] },
      ]),
    ).toThrow('unique');
    const { blocks, blockStarts, count } = writeKeyBlocks([{ key: 'x'.repeat(255), codes: [7] }]);
    const lookup = new KeyBlocks(blocks, blockStarts, count);
    expect(lookup.codes('x'.repeat(255))).toEqual([7]);
    expect(lookup.codes('x'.repeat(256))).toBeUndefined();
    expect(lookup.hasPrefix('x'.repeat(300))).toBe(false);
    expect(new KeyBlocks(new Uint8Array(0), new Uint32Array(0), 0).hasPrefix('')).toBe(false);
  });
});

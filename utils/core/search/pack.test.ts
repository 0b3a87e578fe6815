import { describe, expect, it } from 'vitest';
import { pack, unpack } from './pack';

describe('pack / unpack', () => {
  it('round-trips a header and typed arrays of every supported type', () => {
    const arrays = {
      a: Uint32Array.from([1, 2, 0xffffffff]),
      b: Uint16Array.from([7, 65535, 3]),
      c: Uint8Array.from([9]),
      d: Float64Array.from([Math.PI]),
    };
    const bytes = pack({ name: 'x', nested: [1, 'ü'] }, arrays);
    // From a view at an odd offset of a larger buffer, as a file read may give it.
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const { header, arrays: loaded } = unpack(shifted.subarray(3));
    expect(header).toEqual({ name: 'x', nested: [1, 'ü'] });
    for (const [name, array] of Object.entries(arrays)) expect(Array.from(loaded[name]!)).toEqual(Array.from(array));
  });

  it('reads a Node Buffer as read from disk (whose slice() is a view, not a copy)', () => {
    const bytes = pack({ n: 1 }, { a: Uint32Array.from([10, 20, 30]) });
    const pooled = Buffer.concat([Buffer.from('xyz'), Buffer.from(bytes)]).subarray(3);
    expect(Array.from(unpack(pooled).arrays.a!)).toEqual([10, 20, 30]);
  });

  it('refuses bytes that are not a packed file', () => {
    expect(() => unpack(new Uint8Array([1, 2, 3]))).toThrow('not a Sidenote index file');
    expect(() => unpack(new TextEncoder().encode('{"format": "json"}'))).toThrow('not a Sidenote index file');
  });
});

/**
 * UTF-8 for the core's binary files (search/pack.ts, the gazetteer). Both runtimes have these
 * globals; the ECMAScript library the core is checked against does not name them.
 */
const { TextEncoder: Encoder, TextDecoder: Decoder } = globalThis as unknown as {
  TextEncoder: new () => {
    encode(text: string): Uint8Array;
    encodeInto(text: string, into: Uint8Array): { read: number; written: number };
  };
  TextDecoder: new () => { decode(bytes: Uint8Array): string };
};

export const utf8Encoder = new Encoder();
export const utf8Decoder = new Decoder();

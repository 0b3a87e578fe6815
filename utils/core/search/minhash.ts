/**
 * MinHash signatures over word shingles: a fixed-size fingerprint per article whose agreement
 * estimates the Jaccard similarity of two texts. Finds wire copies and the page itself among
 * results without keeping article texts in memory.
 */
export const SIGNATURE_SIZE = 32;
const SHINGLE = 5;

// Odd multipliers and offsets of 32 fixed universal hash functions.
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const OFFSETS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function signature(terms: readonly string[]): Uint32Array {
  const result = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const width = Math.min(SHINGLE, Math.max(1, terms.length));
  const termHashes = terms.map(fnv1a);
  for (let start = 0; start + width <= terms.length; start++) {
    // A shingle's hash combines its terms' hashes in order (cheaper than hashing joined strings).
    let base = 0x9747b28c;
    for (let k = start; k < start + width; k++) base = Math.imul(base ^ termHashes[k]!, 0x01000193) >>> 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const hashed = (Math.imul(base, MULTIPLIERS[i]!) + OFFSETS[i]!) >>> 0;
      if (hashed < result[i]!) result[i] = hashed;
    }
  }
  return result;
}

/** Estimated Jaccard similarity (0-1) of the texts behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / SIGNATURE_SIZE;
}

import { CLAIM_COLUMNS } from '../../utils/core/claims/claim-table';
import type { CorpusIndex } from '../../utils/core/corpus-index';

/** A full collection when Node runs with --expose-gc (npm run bench does), nothing otherwise. */
export const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The heap in use once the garbage is collected. */
export function heapBytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * The bytes of a corpus index's typed arrays. They are counted exactly rather than by the growth
 * of the process's array buffers, which V8 frees lazily, so deltas of it are unreliable.
 */
export function typedArrayBytes(index: CorpusIndex): number {
  const { bm25, signatures, places, claims } = index.toStored();
  return [
    ...CLAIM_COLUMNS.map((column) => claims[column]),
    bm25.postingStart,
    bm25.postingDocs,
    bm25.postingFreqs,
    bm25.docLengths,
    signatures,
    places.postingStart,
    places.postingDocs,
    places.postingCounts,
    places.postingFirstStart,
    places.postingFirstEnd,
  ].reduce((sum, array) => sum + array.byteLength, 0);
}

/**
 * The last resort for a capitalized word no gazetteer key matches: a fuzzy search among prominent
 * places' names, for misspellings and romanizations the key does not fold ("Kharkov" is an alias,
 * "Kharkhiv" a typo). Only long words are tried, and only against names of the same first letter
 * and near the same length, because short or loose matches turn surnames into towns.
 */
import Fuse from 'fuse.js';

/** Fuse.js score (0 exact, 1 anything) under which a near miss counts; chosen on the eval sets (see README). */
export const NEAR_MISS_THRESHOLD = 0.2;
export const NEAR_MISS_MIN_LETTERS = 6;
const MAX_LENGTH_DIFFERENCE = 2;

/** One fuse.js index per first letter, built on first use: a search scans 500 names, not 13,000. */
export class NearMissIndex {
  private readonly keysByLetter = new Map<string, string[]>();
  private readonly fuseByLetter = new Map<string, Fuse<string>>();

  constructor(
    keys: readonly string[],
    private readonly threshold = NEAR_MISS_THRESHOLD,
  ) {
    for (const key of keys) {
      const letter = key[0] ?? '';
      const bucket = this.keysByLetter.get(letter);
      if (bucket) bucket.push(key);
      else this.keysByLetter.set(letter, [key]);
    }
  }

  /** The known key closest to `key`, if one is close enough. */
  closest(key: string): string | undefined {
    if (key.length < NEAR_MISS_MIN_LETTERS || this.threshold <= 0) return undefined;
    const letter = key[0]!;
    let fuse = this.fuseByLetter.get(letter);
    if (!fuse) {
      fuse = new Fuse(this.keysByLetter.get(letter) ?? [], { includeScore: true, ignoreLocation: true, threshold: this.threshold });
      this.fuseByLetter.set(letter, fuse);
    }
    for (const { item, score } of fuse.search(key, { limit: 5 })) {
      if (score === undefined || score > this.threshold) break;
      if (Math.abs(item.length - key.length) <= MAX_LENGTH_DIFFERENCE) return item;
    }
    return undefined;
  }
}

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

/**
 * One small fuse.js index per first letter and length, built on first use: a word is compared with
 * the few hundred names that could be within reach, not 13,000. Answers are remembered, since the
 * same words recur across a corpus.
 */
export class NearMissIndex {
  private readonly keysByBucket = new Map<string, string[]>();
  private readonly fuseByBucket = new Map<string, Fuse<string>>();
  private readonly answers = new Map<string, string | undefined>();

  constructor(
    keys: readonly string[],
    private readonly threshold = NEAR_MISS_THRESHOLD,
  ) {
    for (const key of keys) {
      const bucket = bucketOf(key[0] ?? '', key.length);
      const list = this.keysByBucket.get(bucket);
      if (list) list.push(key);
      else this.keysByBucket.set(bucket, [key]);
    }
  }

  /** The known key closest to `key`, if one is close enough. */
  closest(key: string): string | undefined {
    if (key.length < NEAR_MISS_MIN_LETTERS || this.threshold <= 0) return undefined;
    if (this.answers.has(key)) return this.answers.get(key);
    let best: { item: string; score: number } | undefined;
    for (let length = key.length - MAX_LENGTH_DIFFERENCE; length <= key.length + MAX_LENGTH_DIFFERENCE; length++) {
      const [match] = this.fuse(bucketOf(key[0]!, length))?.search(key, { limit: 1 }) ?? [];
      if (match?.score !== undefined && match.score <= this.threshold && (!best || match.score < best.score))
        best = { item: match.item, score: match.score };
    }
    if (this.answers.size >= MAX_REMEMBERED) this.answers.clear();
    this.answers.set(key, best?.item);
    return best?.item;
  }

  private fuse(bucket: string): Fuse<string> | undefined {
    let fuse = this.fuseByBucket.get(bucket);
    const keys = this.keysByBucket.get(bucket);
    if (!fuse && keys) {
      fuse = new Fuse(keys, { includeScore: true, ignoreLocation: true, threshold: this.threshold });
      this.fuseByBucket.set(bucket, fuse);
    }
    return fuse;
  }
}

const MAX_REMEMBERED = 50_000;
const bucketOf = (letter: string, length: number) => `${letter}${length}`;

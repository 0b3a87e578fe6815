/**
 * The gazetteer's lookup keys, sorted and front-coded in blocks of 16, each with the place codes it
 * names. Loading is taking a view on the bytes: nothing is decoded or split until a lookup reads
 * the one block it lands in. (As text, 325,887 keys cost a worker 4 MB to receive, a decode and
 * a split of a third of a million lines before the first lookup.)
 *
 * An entry: the length of the prefix it shares with the entry before (0 at a block's start), the
 * length of the rest, the rest as UTF-8, how many codes follow, and each code in three bytes.
 * Keys sort by their UTF-8 bytes, which is the order the lookups compare in.
 */

import { utf8Encoder as encoder } from '../utf8';

const BLOCK_SIZE = 16;
const MAX_CODE = 0xffffff;

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
}

export function writeKeyBlocks(entries: Iterable<{ key: string; codes: readonly number[] }>): {
  blocks: Uint8Array;
  blockStarts: Uint32Array;
  count: number;
} {
  const encoded = [...entries]
    .map(({ key, codes }) => ({ key: encoder.encode(key), codes }))
    .sort((a, b) => compareBytes(a.key, b.key));
  const bytes: number[] = [];
  const blockStarts: number[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  encoded.forEach(({ key, codes }, index) => {
    if (key.length > 255 || codes.length > 255)
      throw new Error(`a gazetteer key of ${key.length} bytes naming ${codes.length} places: at most 255 of each`);
    if (index > 0 && compareBytes(previous, key) === 0) throw new Error('gazetteer keys must be unique');
    let shared = 0;
    if (index % BLOCK_SIZE === 0) blockStarts.push(bytes.length);
    else while (shared < Math.min(key.length, previous.length, 255) && key[shared] === previous[shared]) shared++;
    bytes.push(shared, key.length - shared, ...key.subarray(shared), codes.length);
    for (const code of codes) {
      if (!Number.isInteger(code) || code < 0 || code > MAX_CODE)
        throw new Error(`gazetteer code out of range: ${code}`);
      bytes.push(code & 0xff, (code >> 8) & 0xff, code >> 16);
    }
    previous = key;
  });
  return { blocks: Uint8Array.from(bytes), blockStarts: Uint32Array.from(blockStarts), count: encoded.length };
}

/** Longest key the format holds, in bytes: a longer text is no key and begins none. */
const MAX_KEY_BYTES = 255;

/**
 * Lookups allocate nothing (a page makes thousands): the text looked for is written once into a
 * reused buffer, and compared with the blocks' bytes where they lie.
 */
export class KeyBlocks {
  /** The text looked for, as UTF-8, and its length. */
  private readonly wanted = new Uint8Array(4 * MAX_KEY_BYTES);
  private wantedLength = 0;
  /** The key being rebuilt while a block is read. */
  private readonly current = new Uint8Array(MAX_KEY_BYTES);

  constructor(
    private readonly blocks: Uint8Array,
    private readonly blockStarts: Uint32Array,
    readonly count: number,
  ) {
    if (count > blockStarts.length * BLOCK_SIZE || (count > 0 && blockStarts[blockStarts.length - 1]! >= blocks.length))
      throw new Error('gazetteer keys are damaged');
  }

  /** The codes `key` names, or undefined when it is not a key. */
  codes(key: string): number[] | undefined {
    if (!this.setWanted(key)) return undefined;
    const found = this.find();
    return found.order === 0 ? this.readCodes(found.codesAt) : undefined;
  }

  /** Whether some key begins with `prefix` (whole characters: compared as UTF-8). */
  hasPrefix(prefix: string): boolean {
    if (!this.setWanted(prefix)) return false;
    // The first key not before the prefix starts with it, or no key does.
    const found = this.find();
    return found.order >= 0 && found.length >= this.wantedLength && this.currentStartsWithWanted();
  }

  private setWanted(text: string): boolean {
    if (text.length > MAX_KEY_BYTES) return false;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code > 0x7f) {
        const { read, written } = encoder.encodeInto(text, this.wanted);
        this.wantedLength = written;
        return read === text.length && written <= MAX_KEY_BYTES;
      }
      this.wanted[index] = code;
    }
    this.wantedLength = text.length;
    return true;
  }

  /**
   * The first key not before the text looked for (rebuilt in this.current): its length, where its
   * codes begin, and how it compares (0 equal, > 0 after; < 0 only when every key is before).
   */
  private find(): { length: number; codesAt: number; order: number } {
    if (this.count === 0) return { length: 0, codesAt: 0, order: -1 };
    let block = this.blockOf();
    for (; block < this.blockStarts.length; block++) {
      let at = this.blockStarts[block]!;
      const end = block + 1 < this.blockStarts.length ? this.blockStarts[block + 1]! : this.blocks.length;
      while (at < end) {
        const shared = this.blocks[at]!;
        const rest = this.blocks[at + 1]!;
        for (let index = 0; index < rest; index++) this.current[shared + index] = this.blocks[at + 2 + index]!;
        const length = shared + rest;
        const codesAt = at + 2 + rest;
        const order = this.compareCurrent(length);
        if (order >= 0) return { length, codesAt, order };
        at = codesAt + 1 + this.blocks[codesAt]! * 3;
      }
    }
    return { length: 0, codesAt: 0, order: -1 };
  }

  /** The last block whose first key is not after the text looked for (block 0 when every key is after it). */
  private blockOf(): number {
    let low = 0;
    let high = this.blockStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const at = this.blockStarts[middle]!;
      // A block's first key is whole: it shares nothing with the one before.
      if (this.compareBytesAt(at + 2, this.blocks[at + 1]!) <= 0) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private compareBytesAt(at: number, length: number): number {
    const common = Math.min(length, this.wantedLength);
    for (let index = 0; index < common; index++) {
      const difference = this.blocks[at + index]! - this.wanted[index]!;
      if (difference !== 0) return difference;
    }
    return length - this.wantedLength;
  }

  private compareCurrent(length: number): number {
    const common = Math.min(length, this.wantedLength);
    for (let index = 0; index < common; index++) {
      const difference = this.current[index]! - this.wanted[index]!;
      if (difference !== 0) return difference;
    }
    return length - this.wantedLength;
  }

  private currentStartsWithWanted(): boolean {
    for (let index = 0; index < this.wantedLength; index++)
      if (this.current[index] !== this.wanted[index]) return false;
    return true;
  }

  private readCodes(codesAt: number): number[] {
    const codes: number[] = [];
    for (let index = 0, at = codesAt + 1; index < this.blocks[codesAt]!; index++, at += 3) {
      codes.push(this.blocks[at]! | (this.blocks[at + 1]! << 8) | (this.blocks[at + 2]! << 16));
    }
    return codes;
  }
}

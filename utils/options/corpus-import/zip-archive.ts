/**
 * A zip archive read without trusting what it declares. Its directory is read first and every
 * entry's bytes located, so that entries sharing bytes (the overlapping entries of a zip bomb) are
 * refused before anything is unpacked. Each entry then inflates in small pieces against a running
 * total for the whole import, stopping as soon as the total, or the entry's own declared size, is
 * passed; its length and CRC-32 are checked against its header at its end. fflate inflates; the
 * archive's structure is read here because fflate's unzip trusts the sizes the headers give.
 */
import { Inflate, strFromU8 } from 'fflate';
import { FileProblem } from '../../core/import/read-records';
import { megabytes } from '../../shared/import-limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are not read. */
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  /** The unpacked size the archive declares; the entry is held to it. */
  size: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataStart: number;
}

/** What the archive's bytes take of it: from its local header to the end of its compressed bytes. */
interface Span {
  name: string;
  start: number;
  end: number;
}

/** The bytes unpacked so far in one import, and the most it may unpack. */
export interface UnpackBudget {
  readonly max: number;
  used: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const UTF8_NAMES = 0x800;
const MAX_COMMENT = 0xffff;
// Deflate expands a byte at most about 1,032 times: a piece of 16 KB unpacks to at most about 17 MB before the totals are checked.
const INFLATE_PIECE = 16 * 1024;

const unreadable = (why: string) => new FileProblem(`not a readable zip archive (${why})`);
const refused = (why: string) => new FileProblem(`${why}; nothing is read from the archive`);

class Bytes {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private inside(at: number, length: number): number {
    if (at < 0 || at + length > this.bytes.length) throw unreadable('a header points outside the file');
    return at;
  }
  u16(at: number): number {
    return this.view.getUint16(this.inside(at, 2), true);
  }
  u32(at: number): number {
    return this.view.getUint32(this.inside(at, 4), true);
  }
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }
  slice(at: number, length: number): Uint8Array {
    return this.bytes.subarray(this.inside(at, length), at + length);
  }
}

function findDirectory(zip: Bytes): { count: number; offset: number; size: number } {
  const last = zip.bytes.length - 22;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (zip.u32(at) !== END_OF_DIRECTORY) continue;
    const count = zip.u16(at + 10);
    const size = zip.u32(at + 12);
    const offset = zip.u32(at + 16);
    if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) return { count, offset, size };
    if (at < 20 || zip.u32(at - 20) !== ZIP64_LOCATOR) throw unreadable('its zip64 directory is missing');
    const end64 = zip.u64(at - 12);
    if (zip.u32(end64) !== ZIP64_END_OF_DIRECTORY) throw unreadable('its zip64 directory is missing');
    return { count: zip.u64(end64 + 32), size: zip.u64(end64 + 40), offset: zip.u64(end64 + 48) };
  }
  throw unreadable('no end of central directory');
}

/** Sizes and offset too large for 32 bits are in the entry's zip64 extra field, in this order. */
function zip64Values(zip: Bytes, extraStart: number, extraEnd: number, wanted: number): number[] {
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + zip.u16(at + 2)) {
    if (zip.u16(at) !== ZIP64_EXTRA) continue;
    return Array.from({ length: wanted }, (_, index) => zip.u64(at + 4 + index * 8));
  }
  throw unreadable('an entry lacks its zip64 sizes');
}

/** The archive's entries as its directory lists them, each located in the archive; refuses overlaps. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const zip = new Bytes(bytes);
  const directory = findDirectory(zip);
  if (directory.count > maxEntries)
    throw refused(
      `the archive holds more than ${maxEntries.toLocaleString('en')} entries, the most one archive may hold`,
    );
  const entries: (ZipEntry & { span: Span; nameBytes: Uint8Array })[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (zip.u32(at) !== CENTRAL_HEADER) throw unreadable('a damaged central directory');
    const flags = zip.u16(at + 8);
    const nameLength = zip.u16(at + 28);
    const extraStart = at + 46 + nameLength;
    const extraEnd = extraStart + zip.u16(at + 30);
    const nameBytes = zip.slice(at + 46, nameLength);
    let [size, compressedSize, headerStart] = [zip.u32(at + 24), zip.u32(at + 20), zip.u32(at + 42)];
    const wide = [size, compressedSize, headerStart].filter((value) => value === 0xffffffff).length;
    if (wide > 0) {
      const values = zip64Values(zip, extraStart, extraEnd, wide);
      if (size === 0xffffffff) size = values.shift()!;
      if (compressedSize === 0xffffffff) compressedSize = values.shift()!;
      if (headerStart === 0xffffffff) headerStart = values.shift()!;
    }
    if (zip.u32(headerStart) !== LOCAL_HEADER) throw unreadable('an entry points at no local header');
    const dataStart = headerStart + 30 + zip.u16(headerStart + 26) + zip.u16(headerStart + 28);
    const name = strFromU8(nameBytes, !(flags & UTF8_NAMES));
    const span = { name: `entry ${JSON.stringify(name)}`, start: headerStart, end: dataStart + compressedSize };
    entries.push({
      name,
      method: zip.u16(at + 10),
      encrypted: (flags & 1) === 1,
      crc: zip.u32(at + 16),
      compressedSize,
      size,
      dataStart,
      span,
      nameBytes,
    });
    at = extraEnd + zip.u16(at + 32);
  }
  refuseOverlaps([
    ...entries.map((entry) => entry.span),
    { name: "the archive's directory", start: directory.offset, end: directory.offset + directory.size },
  ]);
  for (const { name, span, nameBytes } of entries) {
    const localName = zip.slice(span.start + 30, zip.u16(span.start + 26));
    if (localName.length !== nameBytes.length || localName.some((byte, index) => byte !== nameBytes[index]))
      throw refused(`entry ${JSON.stringify(name)} is named differently in its two headers`);
  }
  return entries.map(({ span: _span, nameBytes: _nameBytes, ...entry }) => entry);
}

function refuseOverlaps(spans: Span[]): void {
  spans.sort((a, b) => a.start - b.start);
  for (let index = 1; index < spans.length; index++) {
    const [before, after] = [spans[index - 1]!, spans[index]!];
    if (after.start < before.end)
      throw refused(`${before.name} and ${after.name} overlap (they share bytes, as a zip bomb's entries do)`);
  }
}

/** Why an entry cannot be unpacked whatever its bytes, or null when it can. */
export function unreadableEntry(entry: ZipEntry): string | null {
  if (entry.encrypted) return 'encrypted; Sidenote cannot read it';
  if (entry.method !== 0 && entry.method !== 8)
    return `packed with a compression method Sidenote does not read (${entry.method})`;
  return null;
}

/**
 * One entry's bytes, unpacked in pieces: refused (with the whole archive) as soon as the import's
 * running total passes its budget or the entry passes its declared size, and at its end when its
 * length or CRC-32 differs from its header.
 */
export function unpackZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: UnpackBudget): Uint8Array {
  const quoted = JSON.stringify(entry.name);
  const pieces: Uint8Array[] = [];
  let length = 0;
  let crc = 0xffffffff;
  const take = (piece: Uint8Array) => {
    length += piece.length;
    budget.used += piece.length;
    if (budget.used > budget.max)
      throw refused(
        `the archive expands to more than ${megabytes(budget.max)}, the most one import unpacks (all its archives together)`,
      );
    if (length > entry.size)
      throw refused(
        `entry ${quoted} unpacks to more than the ${entry.size.toLocaleString('en')} bytes its header declares`,
      );
    crc = crc32Update(crc, piece);
    pieces.push(piece);
  };
  const cannotRead = unreadableEntry(entry);
  if (cannotRead) throw new FileProblem(cannotRead);
  const data = new Bytes(bytes).slice(entry.dataStart, entry.compressedSize);
  if (entry.method === 0) take(data);
  else {
    let inflated: Uint8Array[] = [];
    const inflater = new Inflate((piece) => inflated.push(piece));
    // An empty entry still gets its one final push.
    for (let at = 0; at < data.length || at === 0; at += INFLATE_PIECE) {
      try {
        inflater.push(data.subarray(at, at + INFLATE_PIECE), at + INFLATE_PIECE >= data.length);
      } catch (error) {
        throw refused(`entry ${quoted} is damaged (${(error as Error).message})`);
      }
      for (const piece of inflated) take(piece);
      inflated = [];
    }
  }
  if (length !== entry.size)
    throw refused(
      `entry ${quoted} unpacks to ${length.toLocaleString('en')} bytes, not the ${entry.size.toLocaleString('en')} its header declares`,
    );
  if ((crc ^ 0xffffffff) >>> 0 !== entry.crc)
    throw refused(`entry ${quoted} fails its CRC-32 check (damaged or altered)`);
  if (pieces.length === 1) return pieces[0]!;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    whole.set(piece, offset);
    offset += piece.length;
  }
  return whole;
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value;
});

export const crc32 = (bytes: Uint8Array) => (crc32Update(0xffffffff, bytes) ^ 0xffffffff) >>> 0;

function crc32Update(crc: number, bytes: Uint8Array): number {
  let value = crc;
  for (let index = 0; index < bytes.length; index++) value = CRC_TABLE[(value ^ bytes[index]!) & 0xff]! ^ (value >>> 8);
  return value;
}

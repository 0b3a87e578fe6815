/**
 * Hostile zip archives for the import's tests: valid ones written by fflate, then made to lie by
 * patching their central directory, as a crafted file would.
 */
import { deflateSync, strToU8, Zip, ZipDeflate, zipSync, type Zippable, type ZipInputFile } from 'fflate';
import { crc32 } from '../../utils/options/corpus-import/zip-archive';

/** A record's fields in the central directory, by their offset from the record's start. */
const CENTRAL_FIELD = { crc: 16, compressedSize: 20, size: 24, headerOffset: 42 } as const;
type CentralField = keyof typeof CENTRAL_FIELD;

/** Where each record of a zip's central directory starts (a zip with no archive comment, as fflate writes). */
export function centralRecords(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const starts: number[] = [];
  for (let at = view.getUint32(end + 16, true), left = view.getUint16(end + 10, true); left > 0; left--) {
    starts.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return starts;
}

export function readCentral(zip: Uint8Array, entry: number, field: CentralField): number {
  return new DataView(zip.buffer, zip.byteOffset, zip.byteLength).getUint32(
    centralRecords(zip)[entry]! + CENTRAL_FIELD[field],
    true,
  );
}

/** A copy of the zip whose directory says `value` for one entry's field. */
export function patchCentral(zip: Uint8Array, entry: number, field: CentralField, value: number): Uint8Array {
  const copy = zip.slice();
  new DataView(copy.buffer).setUint32(centralRecords(copy)[entry]! + CENTRAL_FIELD[field], value >>> 0, true);
  return copy;
}

const article = (topic: string) =>
  JSON.stringify([
    { id: topic, text: `Residents of ${topic} described the night's shelling to reporters on Tuesday. `.repeat(4) },
  ]);

/** Two honest entries: what each crafted archive starts from. */
export const honestZip = (options: { level?: 0 | 6 } = {}) =>
  zipSync(
    { 'kharkiv.json': strToU8(article('Kharkiv')), 'sumy.json': strToU8(article('Sumy')) },
    { level: options.level ?? 6 },
  );

/** The second entry's directory record points at the first entry's bytes. */
export const sharedBytesZip = () => {
  const zip = honestZip();
  return patchCentral(zip, 1, 'headerOffset', readCentral(zip, 0, 'headerOffset'));
};

/** The first entry claims compressed bytes that run on into the second entry. */
export const overrunZip = () => {
  const zip = honestZip();
  return patchCentral(zip, 0, 'compressedSize', readCentral(zip, 0, 'compressedSize') + 8);
};

/** The first entry declares fewer bytes than it unpacks to: a bomb's way to pass a size check. */
export const understatedZip = () => {
  const zip = honestZip();
  return patchCentral(zip, 0, 'size', readCentral(zip, 0, 'size') - 10);
};

/** The first entry declares more bytes than it unpacks to. */
export const overstatedZip = () => {
  const zip = honestZip();
  return patchCentral(zip, 0, 'size', readCentral(zip, 0, 'size') + 10);
};

export const badCrcZip = (options: { level?: 0 | 6 } = {}) => {
  const zip = honestZip(options);
  return patchCentral(zip, 1, 'crc', readCentral(zip, 1, 'crc') ^ 1);
};

/** `count` tiny honest entries. */
export const crowdedZip = (count: number) => {
  const files: Zippable = {};
  for (let index = 0; index < count; index++) files[`notes/${index}.txt`] = strToU8(`${index}`);
  return zipSync(files, { level: 0 });
};

/** `count` honest entries of `size` spaces each: small packed, large unpacked. Packed once, for speed. */
export function expandingZip(count: number, size: number): Uint8Array {
  const spaces = new Uint8Array(size).fill(0x20);
  const [packed, crc] = [deflateSync(spaces), crc32(spaces)];
  return streamedZip(
    Object.fromEntries(Array.from({ length: count }, (_, index) => [`spaces-${index}.txt`, spaces])),
    (name) => {
      const entry: ZipInputFile = { filename: name, size, crc, compression: 8 };
      return { entry, write: () => entry.ondata!(null, packed, true) };
    },
  );
}

/** The zip as a streaming writer makes it: sizes and CRC after each entry's data, in a data descriptor. */
export function streamedZip(
  files: Record<string, Uint8Array>,
  entryOf = (name: string, bytes: Uint8Array): { entry: ZipInputFile; write: () => void } => {
    const entry = new ZipDeflate(name);
    return { entry, write: () => entry.push(bytes, true) };
  },
): Uint8Array {
  const pieces: Uint8Array[] = [];
  const zip = new Zip((error, piece) => {
    if (error) throw error;
    pieces.push(piece);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const { entry, write } = entryOf(name, bytes);
    zip.add(entry);
    write();
  }
  zip.end();
  return joined(pieces);
}

/** A copy whose directory gives each entry's sizes in a zip64 extra field, as some writers do for any size. */
export function withZip64Sizes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const starts = centralRecords(zip);
  const directoryStart = starts[0]!;
  const end = zip.length - 22;
  const records = starts.map((at, index) => {
    const next = starts[index + 1] ?? end;
    const [size, compressedSize] = [view.getUint32(at + 24, true), view.getUint32(at + 20, true)];
    const extra = new DataView(new ArrayBuffer(20));
    extra.setUint16(0, 1, true);
    extra.setUint16(2, 16, true);
    extra.setBigUint64(4, BigInt(size), true);
    extra.setBigUint64(12, BigInt(compressedSize), true);
    const nameEnd = at + 46 + view.getUint16(at + 28, true);
    const record = joined([zip.subarray(at, nameEnd), new Uint8Array(extra.buffer), zip.subarray(nameEnd, next)]);
    const recordView = new DataView(record.buffer);
    recordView.setUint32(20, 0xffffffff, true);
    recordView.setUint32(24, 0xffffffff, true);
    recordView.setUint16(30, recordView.getUint16(30, true) + 20, true);
    return record;
  });
  const directory = joined(records);
  const ending = zip.slice(end);
  new DataView(ending.buffer).setUint32(12, directory.length, true);
  return joined([zip.subarray(0, directoryStart), directory, ending]);
}

function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  badCrcZip,
  centralRecords,
  crowdedZip,
  expandingZip,
  honestZip,
  overrunZip,
  overstatedZip,
  readCentral,
  sharedBytesZip,
  streamedZip,
  understatedZip,
  withZip64Sizes,
} from '../../../tests/support/crafted-zips';
import { FILE_LIMITS } from '../../shared/import-limits';
import { readFiles, type FileOutcome } from './read-file';
import { readZipDirectory, unpackZipEntry } from './zip-archive';

const summary = (outcomes: FileOutcome[]) =>
  outcomes.map((outcome) =>
    'problem' in outcome
      ? `${outcome.file}: ${outcome.problem}`
      : `${outcome.file}: ${outcome.read.records.length} record(s)`,
  );
const readZip = (bytes: Uint8Array, limits = FILE_LIMITS) =>
  summary(readFiles([{ name: 'archive.zip', bytes }], limits));

/** Words in an order no shorter repeat explains: text that packs about three to one, as articles do. */
function wordyText(bytes: number): Uint8Array {
  const words = [
    'shelling',
    'Kharkiv',
    'residents',
    'officials',
    'said',
    'overnight',
    'the',
    'of',
    'drones',
    'power',
    'homes',
    'were',
    'damaged',
    'in',
  ];
  let seed = 7;
  let text = '';
  while (text.length < bytes) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += `${words[seed % words.length]} `;
  }
  return strToU8(text.slice(0, bytes));
}

describe('reading a zip', () => {
  it('reads an honest archive however it was written: deflated or stored, with data descriptors, with zip64 sizes', () => {
    const honest = ['archive.zip/kharkiv.json: 1 record(s)', 'archive.zip/sumy.json: 1 record(s)'];
    expect(readZip(honestZip())).toEqual(honest);
    expect(readZip(honestZip({ level: 0 }))).toEqual(honest);
    expect(readZip(withZip64Sizes(honestZip()))).toEqual(honest);
    const note = strToU8(`# Izium\n\n${'Izium was shelled again overnight, officials said. '.repeat(6)}`);
    expect(
      readZip(
        streamedZip({ 'notes/izium.md': note, 'notes/': new Uint8Array(0), '__MACOSX/notes/._izium.md': strToU8('x') }),
      ),
    ).toEqual(['archive.zip/notes/izium.md: 1 record(s)']);
  });

  it('refuses an archive whose entries share bytes, before unpacking any', () => {
    expect(readZip(sharedBytesZip())).toEqual([
      'archive.zip: entry "kharkiv.json" and entry "sumy.json" overlap (they share bytes, as a zip bomb\'s entries do); nothing is read from the archive',
    ]);
    expect(readZip(overrunZip())).toEqual([
      'archive.zip: entry "kharkiv.json" and entry "sumy.json" overlap (they share bytes, as a zip bomb\'s entries do); nothing is read from the archive',
    ]);
  });

  it('stops an entry at the size its header declares, and refuses one that ends short of it', () => {
    const declared = readCentral(understatedZip(), 0, 'size');
    expect(readZip(understatedZip())).toEqual([
      `archive.zip: entry "kharkiv.json" unpacks to more than the ${declared} bytes its header declares; nothing is read from the archive`,
    ]);
    const actual = readCentral(honestZip(), 0, 'size');
    expect(readZip(overstatedZip())).toEqual([
      `archive.zip: entry "kharkiv.json" unpacks to ${actual} bytes, not the ${actual + 10} its header declares; nothing is read from the archive`,
    ]);
  });

  it('refuses the whole archive when an entry fails its CRC-32, dropping the entries read before it', () => {
    const refusal =
      'archive.zip: entry "sumy.json" fails its CRC-32 check (damaged or altered); nothing is read from the archive';
    expect(readZip(badCrcZip())).toEqual([refusal]);
    expect(readZip(badCrcZip({ level: 0 }))).toEqual([refusal]);
  });

  it('refuses an archive of more entries than the limit, from its directory alone', () => {
    const limits = { ...FILE_LIMITS, maxArchiveEntries: 3 };
    expect(readZip(crowdedZip(3), limits)).toHaveLength(3);
    expect(readZip(crowdedZip(4), limits)).toEqual([
      'archive.zip: the archive holds more than 3 entries, the most one archive may hold; nothing is read from the archive',
    ]);
  });

  it('refuses unread an entry of a type it does not read, or declaring more than a file may hold, and reads the others', () => {
    // Unpacking either would pass this cap.
    const limits = { ...FILE_LIMITS, maxFileBytes: 1024 * 1024, maxUnpackedBytes: 4096 };
    const zip = zipSync({
      'photo.png': new Uint8Array(8192),
      'big.txt': new Uint8Array(2 * 1024 * 1024).fill(0x20),
      'small.md': strToU8('A note on Kupiansk. '.repeat(14)),
    });
    expect(readZip(zip, limits)).toEqual([
      'archive.zip/photo.png: not a file Sidenote reads (JSON, JSONL, CSV, TXT, MD, HTML or ZIP)',
      'archive.zip/big.txt: file too large (2.0 MB; at most 1.0 MB)',
      'archive.zip/small.md: 1 record(s)',
    ]);
  });

  it('skips an entry packed in a way it does not read, or encrypted, and reads the others', () => {
    const zip = honestZip();
    const view = new DataView(zip.buffer);
    const [first, second] = centralRecords(zip);
    view.setUint16(first! + 10, 14, true);
    view.setUint16(second! + 8, view.getUint16(second! + 8, true) | 1, true);
    expect(readZip(zip)).toEqual([
      'archive.zip/kharkiv.json: packed with a compression method Sidenote does not read (14)',
      'archive.zip/sumy.json: encrypted; Sidenote cannot read it',
    ]);
  });

  it('stops inflating as soon as the running total passes the cap, whatever the headers say', () => {
    const zip = zipSync({ 'long.txt': wordyText(1024 * 1024) });
    const [entry] = readZipDirectory(zip, FILE_LIMITS.maxArchiveEntries);
    const budget = { max: 64 * 1024, used: 0 };
    expect(() => unpackZipEntry(zip, entry!, budget)).toThrow(
      'the archive expands to more than 0.1 MB, the most one import unpacks (all its archives together); nothing is read from the archive',
    );
    // Passed by one piece of 16 KB packed, not by the entry's whole megabyte.
    expect(budget.used).toBeGreaterThan(64 * 1024);
    expect(budget.used).toBeLessThan(256 * 1024);
  });

  it('counts what all the archives of one import unpack against one cap', () => {
    const limits = { ...FILE_LIMITS, maxUnpackedBytes: 100_000 };
    const archive = expandingZip(2, 30_000);
    const outcomes = summary(
      readFiles(
        [1, 2].map((copy) => ({ name: `copy-${copy}.zip`, bytes: archive })),
        limits,
      ),
    );
    expect(outcomes).toEqual([
      'copy-1.zip/spaces-0.txt: the file is empty',
      'copy-1.zip/spaces-1.txt: the file is empty',
      'copy-2.zip: the archive expands to more than 0.1 MB, the most one import unpacks (all its archives together); nothing is read from the archive',
    ]);
  });

  it('says a file that is no zip is not one', () => {
    expect(readZip(strToU8('PK but not really'))).toEqual([
      'archive.zip: not a readable zip archive (no end of central directory)',
    ]);
  });
});

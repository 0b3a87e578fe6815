/** Draws the toolbar icons (public/icon/*.png): a page with text lines and a margin note. Run once; output is committed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { crc32 } from '../utils/options/corpus-import/zip-archive';

type Rgba = [number, number, number, number];
const BLUE: Rgba = [11, 87, 208, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [253, 200, 60, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function pixel(x: number, y: number): Rgba {
  // Coordinates in a 0-1 square.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  if (x > 0.66 && x < 0.84 && y > 0.2 && y < 0.8) return AMBER;
  const lines = [0.28, 0.44, 0.6, 0.76];
  if (x > 0.16 && x < 0.58 && lines.some((line) => Math.abs(y - line) < 0.055)) return WHITE;
  return BLUE;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) rows.push(...pixel((x + 0.5) / size, (y + 0.5) / size));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));

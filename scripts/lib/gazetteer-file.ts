import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from '../gazetteer/build-gazetteer';
import { Gazetteer } from '../../utils/core/places/gazetteer';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SUPPLEMENT_FILE = `${ROOT}scripts/gazetteer/supplement.json`;
export const GAZETTEER_CACHE_FILE = `${ROOT}node_modules/.cache/sidenote/gazetteer.bin`;
// The cached file is rebuilt when anything it is made from is newer.
const INPUTS = [
  'scripts/gazetteer/supplement.json',
  'scripts/gazetteer/build-gazetteer.ts',
  'scripts/gazetteer/region-points.ts',
  'utils/core/places/gazetteer-format.ts',
  'utils/core/places/key-blocks.ts',
  'utils/core/search/pack.ts',
  'utils/core/utf8.ts',
  'utils/core/places/place-key.ts',
  'utils/core/text.ts',
  'package-lock.json',
];

/** The gazetteer file, built from the data packages on first use (a few seconds) and cached. */
export function gazetteerBytes(): Uint8Array {
  const cacheTime = existsSync(GAZETTEER_CACHE_FILE) ? statSync(GAZETTEER_CACHE_FILE).mtimeMs : 0;
  const fresh = INPUTS.every((input) => !existsSync(ROOT + input) || statSync(ROOT + input).mtimeMs <= cacheTime);
  if (fresh) return new Uint8Array(readFileSync(GAZETTEER_CACHE_FILE));
  const bytes = buildGazetteer(SUPPLEMENT_FILE);
  mkdirSync(dirname(GAZETTEER_CACHE_FILE), { recursive: true });
  writeFileSync(GAZETTEER_CACHE_FILE, bytes);
  return bytes;
}

export function loadGazetteer(): Gazetteer {
  return Gazetteer.fromBytes(gazetteerBytes());
}

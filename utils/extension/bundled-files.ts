/** The place data shipped inside the extension, read by the background and the options page alike. */
import type { Topology } from 'topojson-specification';
import { fetchOwnFile, GAZETTEER_PATH, OUTLINES_PATH } from './extension-files';

/** The country outlines shipped inside the extension (Natural Earth 1:50m, from world-atlas). */
export async function bundledOutlines(): Promise<Topology> {
  return (await fetchOwnFile(OUTLINES_PATH)).json() as Promise<Topology>;
}

/**
 * The gazetteer shipped inside the extension. Read as a blob first: the worker receives its
 * 9 MB a fifth faster that way than through the response's arrayBuffer() (measured in Chromium's
 * service worker, where receiving is most of a restarted worker's gazetteer load).
 */
export async function bundledGazetteer(): Promise<Uint8Array> {
  return new Uint8Array(await (await (await fetchOwnFile(GAZETTEER_PATH)).blob()).arrayBuffer());
}

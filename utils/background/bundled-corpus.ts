import type { Topology } from 'topojson-specification';
import { browser } from 'wxt/browser';
import { MemoryTextStore, type TextStore } from '../core/text-store';
import { BUNDLED_INDEX_PATH, BUNDLED_TEXTS_PATH, GAZETTEER_PATH, type CorpusSource } from './corpus-service';
import { OUTLINES_PATH } from './map-service';

// The files are generated at build time, so WXT's list of public paths does not know them.
const urlOf = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

async function fetchOwnFile(path: string): Promise<Response> {
  const response = await fetch(urlOf(path));
  if (!response.ok) throw new Error(`the extension is damaged: ${path} is missing (${response.status})`);
  return response;
}

/** The country outlines shipped inside the extension (Natural Earth 1:50m, from world-atlas). */
export async function bundledOutlines(): Promise<Topology> {
  return (await fetchOwnFile(OUTLINES_PATH)).json() as Promise<Topology>;
}

/** The gazetteer shipped inside the extension. */
export async function bundledGazetteer(): Promise<string> {
  return (await fetchOwnFile(GAZETTEER_PATH)).text();
}

/** The corpus shipped inside the extension: read from its own files, no request leaves the browser. */
export function bundledCorpus(): CorpusSource {
  // The texts file is read on the first request for a snippet, then kept.
  let texts: Promise<MemoryTextStore> | null = null;
  const store: TextStore = {
    async get(ids) {
      texts ??= fetchOwnFile(BUNDLED_TEXTS_PATH)
        .then((response) => response.json() as Promise<Record<string, string>>)
        .then((record) => new MemoryTextStore(Object.entries(record).map(([id, text]) => ({ id, text }))));
      return (await texts).get(ids);
    },
  };
  return {
    loadIndex: async () => new Uint8Array(await (await fetchOwnFile(BUNDLED_INDEX_PATH)).arrayBuffer()),
    texts: store,
  };
}

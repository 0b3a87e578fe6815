import { MemoryTextStore, type TextStore } from '../core/text-store';
import type { CorpusSource } from './corpus-service';
import { BUNDLED_INDEX_PATH, BUNDLED_TEXTS_PATH, fetchOwnFile } from '../extension/extension-files';

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

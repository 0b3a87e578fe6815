import { INDEX_VERSION } from '../core/corpus-index';
import {
  activeCorpus,
  articleTexts,
  BUNDLED_CORPUS_ID,
  CorpusMissing,
  loadIndexBytes,
  openLibrary,
  readCorpus,
  storeRebuiltIndex,
  type LibraryDatabase,
} from '../extension/library-db';
import type { ActiveSource, CorpusSource } from './corpus-service';

/**
 * The corpus in use, as the library says: the bundled corpus, or one the reader imported on the
 * options page. Read on every request (one IndexedDB transaction), so every open tab follows a switch.
 */
export function librarySource(bundled: CorpusSource): ActiveSource {
  let library: Promise<LibraryDatabase> | null = null;
  const sources = new Map<string, CorpusSource>();
  return async () => {
    library ??= openLibrary().catch((error: unknown) => {
      library = null;
      throw error;
    });
    const db = await library;
    const { id, name } = await activeCorpus(db);
    if (id === BUNDLED_CORPUS_ID) return { key: BUNDLED_CORPUS_ID, source: bundled };
    let source = sources.get(id);
    if (!source) {
      source = {
        loadIndex: () => loadIndexBytes(db, id),
        texts: { get: (ids) => articleTexts(db, id, ids) },
        reindex: {
          // Its name and articles as of one moment (renamed or deleted since the first request, perhaps).
          read: async () => {
            const { record, articles } = await readCorpus(db, id);
            return { name: record.name, articles };
          },
          store: (bytes) =>
            storeRebuiltIndex(db, id, bytes, INDEX_VERSION).catch((error: unknown) => {
              // Deleted while it was rebuilt: the click it was rebuilt for is still answered, and nothing is stored.
              if (!(error instanceof CorpusMissing)) throw error;
            }),
        },
      };
      sources.set(id, source);
    }
    return { key: id, source, name: name ?? undefined };
  };
}

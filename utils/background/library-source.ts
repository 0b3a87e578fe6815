import { activeCorpusId, articleTexts, BUNDLED_CORPUS_ID, corpusArticles, loadIndexBytes, openLibrary, type LibraryDatabase } from '../library/library-db';
import type { ActiveSource, CorpusSource } from './corpus-service';

/**
 * The corpus in use, as the library says: the bundled corpus, or one the reader imported on the
 * options page. Read on every request (one IndexedDB get), so every open tab follows a switch.
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
    const id = await activeCorpusId(db);
    if (id === BUNDLED_CORPUS_ID) return { key: BUNDLED_CORPUS_ID, source: bundled };
    let source = sources.get(id);
    if (!source) {
      const record = await db.get('corpora', id);
      source = {
        loadIndex: () => loadIndexBytes(db, id),
        texts: { get: (ids) => articleTexts(db, id, ids) },
        reindex: {
          name: record?.name ?? 'imported corpus',
          articles: () => corpusArticles(db, id),
          store: async (bytes) => {
            await db.put('indexes', { corpusId: id, bytes });
          },
        },
      };
      sources.set(id, source);
    }
    return { key: id, source };
  };
}

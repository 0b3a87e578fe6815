/**
 * The library of corpora, in IndexedDB (through idb): each imported corpus's description, its
 * articles and its stored index, and which corpus is in use. Shared by the options page, its import
 * worker and the background (all one extension origin).
 *
 * Nothing half-written is ever in use: a corpus's articles and index are written first, its
 * description last, in one transaction; the corpus in use changes by one write of one key, after
 * that. A corpus without a description (an import that crashed or was cancelled) is swept away.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CorpusStatistics } from '../core/import/corpus-stats';
import type { CorpusArticle } from '../core/types';

export const BUNDLED_CORPUS_ID = 'bundled';
export const LIBRARY_DB = 'sidenote-library';
/** Version 1: corpora, articles, indexes, settings. A later version adds its upgrade step below. */
export const LIBRARY_VERSION = 1;

export interface CorpusRecord {
  id: string;
  name: string;
  createdAt: string;
  /** Where it came from: file names, or the corpora merged into it. */
  origin: string;
  stats: CorpusStatistics;
  /** The core's index format the stored index was written in. */
  indexVersion: number;
}

interface LibrarySchema extends DBSchema {
  corpora: { key: string; value: CorpusRecord };
  articles: { key: [string, string]; value: CorpusArticle & { corpusId: string }; indexes: { byCorpus: string } };
  indexes: { key: string; value: { corpusId: string; bytes: Uint8Array } };
  settings: { key: string; value: string };
}

export type LibraryDatabase = IDBPDatabase<LibrarySchema>;

export function openLibrary(): Promise<LibraryDatabase> {
  return openDB<LibrarySchema>(LIBRARY_DB, LIBRARY_VERSION, {
    upgrade(db, oldVersion) {
      // Each version's step runs once, in order, from whatever version a reader's browser holds.
      if (oldVersion < 1) {
        db.createObjectStore('corpora', { keyPath: 'id' });
        db.createObjectStore('articles', { keyPath: ['corpusId', 'id'] }).createIndex('byCorpus', 'corpusId');
        db.createObjectStore('indexes', { keyPath: 'corpusId' });
        db.createObjectStore('settings');
      }
    },
  });
}

export async function activeCorpusId(db: LibraryDatabase): Promise<string> {
  const id = await db.get('settings', 'active');
  if (!id || id === BUNDLED_CORPUS_ID) return BUNDLED_CORPUS_ID;
  // A corpus deleted in another tab falls back to the bundled one.
  return (await db.getKey('corpora', id)) ? id : BUNDLED_CORPUS_ID;
}

export async function useCorpus(db: LibraryDatabase, id: string): Promise<void> {
  if (id !== BUNDLED_CORPUS_ID && !(await db.getKey('corpora', id))) throw new Error('no such corpus in the library');
  await db.put('settings', id, 'active');
}

export async function listCorpora(db: LibraryDatabase): Promise<CorpusRecord[]> {
  return (await db.getAll('corpora')).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Stores a whole corpus in one transaction; it becomes visible (and usable) only when all of it is written. */
export async function storeCorpus(db: LibraryDatabase, record: CorpusRecord, articles: readonly CorpusArticle[], indexBytes: Uint8Array): Promise<void> {
  const transaction = db.transaction(['corpora', 'articles', 'indexes'], 'readwrite');
  const articleStore = transaction.objectStore('articles');
  for (const article of articles) void articleStore.put({ ...article, corpusId: record.id });
  void transaction.objectStore('indexes').put({ corpusId: record.id, bytes: indexBytes });
  void transaction.objectStore('corpora').put(record);
  await transaction.done;
}

export async function loadIndexBytes(db: LibraryDatabase, id: string): Promise<Uint8Array> {
  const stored = await db.get('indexes', id);
  if (!stored) throw new Error(`the library has no index for corpus ${id}`);
  return stored.bytes;
}

export async function articleTexts(db: LibraryDatabase, corpusId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const store = db.transaction('articles').store;
  const found = await Promise.all(ids.map((id) => store.get([corpusId, id])));
  return new Map(found.flatMap((article) => (article ? [[article.id, article.text] as const] : [])));
}

export async function corpusArticles(db: LibraryDatabase, corpusId: string): Promise<CorpusArticle[]> {
  const rows = await db.getAllFromIndex('articles', 'byCorpus', corpusId);
  return rows.map(({ corpusId: _corpusId, ...article }) => article);
}

export async function renameCorpus(db: LibraryDatabase, id: string, name: string): Promise<void> {
  const record = await db.get('corpora', id);
  if (!record) throw new Error('no such corpus in the library');
  await db.put('corpora', { ...record, name });
}

/** Deletes a corpus; the one in use gives way to the bundled corpus first. */
export async function deleteCorpus(db: LibraryDatabase, id: string): Promise<void> {
  if ((await db.get('settings', 'active')) === id) await db.put('settings', BUNDLED_CORPUS_ID, 'active');
  await removeCorpusData(db, id);
}

async function removeCorpusData(db: LibraryDatabase, id: string): Promise<void> {
  const transaction = db.transaction(['corpora', 'articles', 'indexes'], 'readwrite');
  void transaction.objectStore('corpora').delete(id);
  void transaction.objectStore('indexes').delete(id);
  // Every key [id, anything]: arrays sort after strings, so [id, []] bounds them all.
  void transaction.objectStore('articles').delete(IDBKeyRange.bound([id], [id, []]));
  await transaction.done;
}

/** Removes what an interrupted import left: articles or indexes of a corpus with no description. */
export async function sweepUnfinished(db: LibraryDatabase): Promise<number> {
  const described = new Set(await db.getAllKeys('corpora'));
  const orphans = new Set((await db.getAllKeys('indexes')).filter((id) => !described.has(id)));
  let cursor = await db.transaction('articles').store.openKeyCursor();
  while (cursor) {
    const [corpusId] = cursor.key;
    if (!described.has(corpusId)) orphans.add(corpusId);
    cursor = await cursor.continue();
  }
  for (const id of orphans) await removeCorpusData(db, id);
  return orphans.size;
}

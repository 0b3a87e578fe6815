/**
 * The library of corpora, in IndexedDB (through idb): each imported corpus's description, its
 * articles and its stored index, and which corpus is in use. Shared by the options pages (any
 * number of tabs), their import workers and the background (all one extension origin).
 *
 * Nothing half-written is ever seen: a corpus's articles, index and description are written in one
 * transaction. Every change that depends on what it read (use, rename, delete, the sweep, counted
 * figures, a rebuilt index) reads and writes in one transaction, awaiting nothing but IndexedDB
 * inside it: another tab's change lands wholly before or wholly after, so a deleted corpus never
 * comes back and no tab undoes another's rename.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
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

/** A corpus that is not in the library, or no longer: deleted, perhaps in another tab. */
export class CorpusMissing extends Error {
  override name = 'CorpusMissing';
  constructor() {
    super('no such corpus in the library (it was deleted, perhaps in another tab)');
  }
}

type Scope = StoreNames<LibrarySchema>[];
const CORPUS_STORES: Scope = ['corpora', 'articles', 'indexes'];

export async function activeCorpusId(db: LibraryDatabase): Promise<string> {
  return (await activeCorpus(db)).id;
}

/** The corpus in use and its name as of now (a rename applies at the next answer); the bundled one has no description. */
export async function activeCorpus(db: LibraryDatabase): Promise<{ id: string; name: string | null }> {
  const transaction = db.transaction(['settings', 'corpora']);
  const id = await transaction.objectStore('settings').get('active');
  // A corpus deleted in another tab falls back to the bundled one.
  const record = id ? await transaction.objectStore('corpora').get(id) : undefined;
  return record ? { id: record.id, name: record.name } : { id: BUNDLED_CORPUS_ID, name: null };
}

/** The imported corpora, oldest first, and the one in use, as of one moment. */
export async function readLibrary(db: LibraryDatabase): Promise<{ corpora: CorpusRecord[]; activeId: string }> {
  const transaction = db.transaction(['settings', 'corpora']);
  const [id, corpora] = await Promise.all([
    transaction.objectStore('settings').get('active'),
    transaction.objectStore('corpora').getAll(),
  ]);
  return {
    corpora: corpora.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    activeId: id && corpora.some((corpus) => corpus.id === id) ? id : BUNDLED_CORPUS_ID,
  };
}

export async function useCorpus(db: LibraryDatabase, id: string): Promise<void> {
  const transaction = db.transaction(['settings', 'corpora'], 'readwrite');
  if (id !== BUNDLED_CORPUS_ID && (await transaction.objectStore('corpora').getKey(id)) === undefined)
    throw new CorpusMissing();
  void transaction.objectStore('settings').put(id, 'active');
  await transaction.done;
}

/**
 * Stores a whole corpus and puts it in use, in one transaction: it becomes visible, and in use,
 * only when all of it is written, and no tab sees it stored but not yet in use.
 */
export async function storeCorpusInUse(
  db: LibraryDatabase,
  record: CorpusRecord,
  articles: readonly CorpusArticle[],
  indexBytes: Uint8Array,
): Promise<void> {
  const transaction = db.transaction(['settings', 'corpora', 'articles', 'indexes'], 'readwrite');
  if (parseWithdrawn(await transaction.objectStore('settings').get(WITHDRAWN_KEY)).includes(record.id)) {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    throw new ImportWithdrawn();
  }
  const articleStore = transaction.objectStore('articles');
  for (const article of articles) void articleStore.put({ ...article, corpusId: record.id });
  void transaction.objectStore('indexes').put({ corpusId: record.id, bytes: indexBytes });
  void transaction.objectStore('corpora').put(record);
  void transaction.objectStore('settings').put(record.id, 'active');
  await transaction.done;
}

/** Returns once its transaction has finished, so that decoding the index holds no other tab's change. */
export async function loadIndexBytes(db: LibraryDatabase, id: string): Promise<Uint8Array> {
  const transaction = db.transaction('indexes');
  const stored = await transaction.store.get(id);
  await transaction.done;
  if (!stored) throw new Error(`the library has no index for corpus ${id}`);
  return stored.bytes;
}

export async function articleTexts(
  db: LibraryDatabase,
  corpusId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const store = db.transaction('articles').store;
  const found = await Promise.all(ids.map((id) => store.get([corpusId, id])));
  return new Map(found.flatMap((article) => (article ? [[article.id, article.text] as const] : [])));
}

/**
 * Corpora with all their articles, read at one moment; any of them gone fails the whole read
 * (CorpusMissing). Returns once the transaction has finished: callers index or count for seconds
 * without yielding, and a transaction still open meanwhile would hold every other tab's changes.
 */
export async function readCorpora(
  db: LibraryDatabase,
  ids: readonly string[],
): Promise<{ record: CorpusRecord; articles: CorpusArticle[] }[]> {
  const transaction = db.transaction(['corpora', 'articles']);
  const byCorpus = transaction.objectStore('articles').index('byCorpus');
  const corpora = await Promise.all(
    ids.map(async (id) => {
      const [record, rows] = await Promise.all([transaction.objectStore('corpora').get(id), byCorpus.getAll(id)]);
      if (!record) throw new CorpusMissing();
      return { record, articles: rows.map(({ corpusId: _corpusId, ...article }) => article) };
    }),
  );
  await transaction.done;
  return corpora;
}

export async function readCorpus(
  db: LibraryDatabase,
  id: string,
): Promise<{ record: CorpusRecord; articles: CorpusArticle[] }> {
  const [corpus] = await readCorpora(db, [id]);
  return corpus!;
}

/**
 * Changes a corpus's description: `change` runs inside the transaction, on the description as it
 * is then, so another tab's rename or count made meanwhile is kept, and a deleted corpus is not
 * written back (CorpusMissing).
 */
export async function updateCorpus(
  db: LibraryDatabase,
  id: string,
  change: (record: CorpusRecord) => CorpusRecord,
): Promise<void> {
  const transaction = db.transaction('corpora', 'readwrite');
  const record = await transaction.store.get(id);
  if (!record) throw new CorpusMissing();
  void transaction.store.put(change(record));
  await transaction.done;
}

export function renameCorpus(db: LibraryDatabase, id: string, name: string): Promise<void> {
  return updateCorpus(db, id, (record) => ({ ...record, name }));
}

/** Replaces a corpus's index with one rebuilt in a newer format; a corpus deleted while it was rebuilt stays deleted. */
export async function storeRebuiltIndex(
  db: LibraryDatabase,
  id: string,
  bytes: Uint8Array,
  indexVersion: number,
): Promise<void> {
  const transaction = db.transaction(['corpora', 'indexes'], 'readwrite');
  const record = await transaction.objectStore('corpora').get(id);
  if (!record) throw new CorpusMissing();
  void transaction.objectStore('indexes').put({ corpusId: id, bytes });
  void transaction.objectStore('corpora').put({ ...record, indexVersion });
  await transaction.done;
}

/** Deletes a corpus; the one in use gives way to the bundled corpus in the same transaction. */
export async function deleteCorpus(db: LibraryDatabase, id: string): Promise<void> {
  const transaction = db.transaction(['settings', ...CORPUS_STORES], 'readwrite');
  if ((await transaction.objectStore('corpora').getKey(id)) === undefined) throw new CorpusMissing();
  if ((await transaction.objectStore('settings').get('active')) === id)
    void transaction.objectStore('settings').put(BUNDLED_CORPUS_ID, 'active');
  removeCorpusData(transaction, id);
  await transaction.done;
}

/**
 * Takes back an import the reader cancelled: its corpus goes, if its worker stored it before it
 * stopped (its outcome still on the way to the page), and the corpus in use goes back to
 * `previousId` if this import had put itself in use and that corpus is still there. The id is also
 * noted as withdrawn, so that a worker storing it later stores nothing (`storeCorpusInUse`): the
 * two transactions share their stores, so whichever runs first, the import is not in the library.
 */
export async function withdrawImport(db: LibraryDatabase, id: string, previousId: string): Promise<boolean> {
  const transaction = db.transaction(['settings', ...CORPUS_STORES], 'readwrite');
  const settings = transaction.objectStore('settings');
  const corpora = transaction.objectStore('corpora');
  const withdrawn = parseWithdrawn(await settings.get(WITHDRAWN_KEY));
  void settings.put(
    JSON.stringify([...withdrawn.filter((one) => one !== id), id].slice(-WITHDRAWN_KEPT)),
    WITHDRAWN_KEY,
  );
  if ((await corpora.getKey(id)) === undefined) {
    await transaction.done;
    return false;
  }
  if ((await settings.get('active')) === id) {
    const back =
      previousId !== id && previousId !== BUNDLED_CORPUS_ID && (await corpora.getKey(previousId)) !== undefined;
    void settings.put(back ? previousId : BUNDLED_CORPUS_ID, 'active');
  }
  removeCorpusData(transaction, id);
  await transaction.done;
  return true;
}

/** The ids of the last imports taken back; an import's id is new, so a short list is enough. */
const WITHDRAWN_KEY = 'withdrawn-imports';
const WITHDRAWN_KEPT = 20;
function parseWithdrawn(stored: string | undefined): string[] {
  try {
    const ids: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(ids) ? ids.filter((one): one is string => typeof one === 'string') : [];
  } catch {
    return [];
  }
}

/** An import the reader cancelled, whose worker reached its storing transaction afterwards. */
export class ImportWithdrawn extends Error {
  override name = 'ImportWithdrawn';
  constructor() {
    super('the import was cancelled');
  }
}

function removeCorpusData(transaction: IDBPTransaction<LibrarySchema, Scope, 'readwrite'>, id: string): void {
  void transaction.objectStore('corpora').delete(id);
  void transaction.objectStore('indexes').delete(id);
  // Every key [id, anything]: arrays sort after strings, so [id, []] bounds them all.
  void transaction.objectStore('articles').delete(IDBKeyRange.bound([id], [id, []]));
}

/**
 * Removes articles and indexes whose corpus has no description. Since a corpus is stored in one
 * transaction, an import still running in another tab has written nothing yet, and one that
 * finished has its description: what is left without one comes from earlier versions or damaged
 * storage. The sweep reads and deletes in one transaction, so an import committing meanwhile is
 * seen whole (and kept) or not at all.
 */
export async function sweepUnfinished(db: LibraryDatabase): Promise<number> {
  const transaction = db.transaction(CORPUS_STORES, 'readwrite');
  const described = new Set(await transaction.objectStore('corpora').getAllKeys());
  const orphans = new Set((await transaction.objectStore('indexes').getAllKeys()).filter((id) => !described.has(id)));
  // One step per corpus, however many articles it has.
  let cursor = await transaction.objectStore('articles').index('byCorpus').openKeyCursor(null, 'nextunique');
  while (cursor) {
    if (!described.has(cursor.key)) orphans.add(cursor.key);
    cursor = await cursor.continue();
  }
  for (const id of orphans) removeCorpusData(transaction, id);
  await transaction.done;
  return orphans.size;
}

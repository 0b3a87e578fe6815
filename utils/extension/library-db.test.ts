import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BUNDLED_CORPUS_ID,
  CorpusMissing,
  deleteCorpus,
  LIBRARY_DB,
  openLibrary,
  readCorpora,
  readLibrary,
  renameCorpus,
  storeCorpusInUse,
  storeRebuiltIndex,
  sweepUnfinished,
  updateCorpus,
  useCorpus,
  withdrawImport,
  ImportWithdrawn,
  type CorpusRecord,
  type LibraryDatabase,
} from './library-db';

/** A corpus of `size` short articles, as an import stores it. */
function corpus(id: string, size = 3) {
  const record: CorpusRecord = {
    id,
    name: `Corpus ${id}`,
    createdAt: `2026-01-0${id.length}T00:00:00Z`,
    origin: `${id}.jsonl`,
    stats: { articles: size, firstDate: null, lastDate: null, sources: [], places: 0, topPlaces: [], untitled: size },
    indexVersion: 1,
  };
  const articles = Array.from({ length: size }, (_, n) => ({ id: `${id}-${n}`, text: `Article ${n} of ${id}.` }));
  return { record, articles, bytes: new Uint8Array([size]) };
}

async function store(db: LibraryDatabase, id: string, size?: number): Promise<void> {
  const { record, articles, bytes } = corpus(id, size);
  await storeCorpusInUse(db, record, articles, bytes);
}

/** The whole library read raw: each corpus by name, what is in use, and anything not whole. */
async function rawLibrary(db: LibraryDatabase) {
  const transaction = db.transaction(['settings', 'corpora', 'articles', 'indexes']);
  const [active, corpora, indexes, articles] = await Promise.all([
    transaction.objectStore('settings').get('active'),
    transaction.objectStore('corpora').getAll(),
    transaction.objectStore('indexes').getAllKeys(),
    transaction.objectStore('articles').getAll(),
  ]);
  const described = new Set(corpora.map((record) => record.id));
  const articleCount = (id: string) => articles.filter((article) => article.corpusId === id).length;
  return {
    names: Object.fromEntries(corpora.map((record) => [record.id, record.name])),
    active,
    /** Corpora missing their index or some of their articles. */
    incomplete: corpora
      .filter((record) => !indexes.includes(record.id) || articleCount(record.id) !== record.stats.articles)
      .map((record) => record.id),
    /** Articles or indexes of no corpus. */
    orphans: [...new Set([...indexes, ...articles.map((article) => article.corpusId)])].filter(
      (id) => !described.has(id),
    ),
  };
}

function deleted(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

let connections: LibraryDatabase[] = [];
afterEach(() => {
  for (const db of connections) db.close();
  connections = [];
});

/** Two options tabs on a library that starts empty, each with its own connection. */
async function twoTabs(): Promise<[LibraryDatabase, LibraryDatabase]> {
  for (const db of connections) db.close();
  await deleted(LIBRARY_DB);
  connections = [await openLibrary(), await openLibrary()];
  return connections as [LibraryDatabase, LibraryDatabase];
}

interface Race {
  setup(db: LibraryDatabase): Promise<void>;
  /** What the first tab does, step by step (each step a transaction it opens). */
  tab(db: LibraryDatabase): Promise<unknown>;
  /** What the second tab does at one point of it. */
  other(db: LibraryDatabase): Promise<unknown>;
  check(
    outcome: { tab: PromiseSettledResult<unknown>; other: PromiseSettledResult<unknown> },
    db: LibraryDatabase,
  ): Promise<void>;
}

/**
 * Runs the race once for every point at which the other tab can act: just before and just after
 * each transaction the first tab opens, and after it is done. Returns how many transactions the
 * first tab opened.
 */
async function raceAtEveryPoint(race: Race): Promise<number> {
  for (let point = 0; ; point++) {
    const [first, second] = await twoTabs();
    await race.setup(first);
    const raw = unwrap(first);
    const prototype = Object.getPrototypeOf(raw) as IDBDatabase;
    const transaction = prototype.transaction;
    let opened = 0;
    let meanwhile: Promise<unknown> | null = null;
    const act = () => (meanwhile ??= race.other(second));
    const spy = vi.spyOn(prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (this !== raw) return transaction.apply(this, args);
      opened++;
      const at = (opened - 1) * 2;
      if (point === at) act();
      const opening = transaction.apply(this, args);
      if (point === at + 1) act();
      return opening;
    });
    try {
      const [tab] = await Promise.allSettled([race.tab(first)]);
      const actedAfter = meanwhile === null;
      const [other] = await Promise.allSettled([act()]);
      await race.check({ tab: tab!, other: other! }, second);
      if (actedAfter) return opened;
    } finally {
      spy.mockRestore();
    }
  }
}

const rejectedWith = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected' ? (result.reason as Error).constructor : null;

describe('the library across tabs', () => {
  it('the sweep keeps an import another tab completes at any point of it, and removes only data of no corpus', async () => {
    const transactions = await raceAtEveryPoint({
      setup: async (db) => {
        await db.put('articles', { corpusId: 'ghost', id: 'x', text: 'left by an older version' });
        await db.put('indexes', { corpusId: 'ghost', bytes: new Uint8Array(1) });
      },
      tab: sweepUnfinished,
      other: (db) => store(db, 'imported', 40),
      check: async (outcome, db) => {
        expect(outcome.tab).toEqual({ status: 'fulfilled', value: 1 });
        expect(await rawLibrary(db)).toEqual({
          names: { imported: 'Corpus imported' },
          active: 'imported',
          incomplete: [],
          orphans: [],
        });
      },
    });
    expect(transactions).toBe(1);
  });

  it('a rename racing a delete never brings the corpus back, nor its articles', async () => {
    const rename = (db: LibraryDatabase) => renameCorpus(db, 'a', 'Renamed');
    const remove = (db: LibraryDatabase) => deleteCorpus(db, 'a');
    const renames = new Set<string>();
    for (const renameFirst of [true, false]) {
      await raceAtEveryPoint({
        setup: async (db) => {
          await store(db, 'a');
          await store(db, 'kept');
        },
        tab: renameFirst ? rename : remove,
        other: renameFirst ? remove : rename,
        check: async (outcome, db) => {
          const [renamed, removed] = renameFirst ? [outcome.tab, outcome.other] : [outcome.other, outcome.tab];
          expect(removed.status).toBe('fulfilled');
          // Renamed before the delete, or refused after it: never a description without its articles.
          expect([null, CorpusMissing]).toContain(rejectedWith(renamed));
          renames.add(renamed.status);
          expect(await rawLibrary(db)).toEqual({
            names: { kept: 'Corpus kept' },
            active: 'kept',
            incomplete: [],
            orphans: [],
          });
        },
      });
    }
    expect([...renames].sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('a count of figures and a rename in another tab both stand, in either order', async () => {
    const figures = { total: 2, byKind: { count: 2 } };
    await raceAtEveryPoint({
      setup: (db) => store(db, 'a'),
      tab: (db) => updateCorpus(db, 'a', (record) => ({ ...record, stats: { ...record.stats, figures } })),
      other: (db) => renameCorpus(db, 'a', 'Renamed'),
      check: async (outcome, db) => {
        expect([outcome.tab.status, outcome.other.status]).toEqual(['fulfilled', 'fulfilled']);
        const [record] = (await readLibrary(db)).corpora;
        expect(record).toMatchObject({ name: 'Renamed', stats: { articles: 3, figures } });
      },
    });
  });

  it('choosing a corpus another tab deletes never leaves a deleted corpus in use', async () => {
    const choices = new Set<string>();
    await raceAtEveryPoint({
      setup: async (db) => {
        await store(db, 'a');
        await store(db, 'kept');
      },
      tab: (db) => useCorpus(db, 'a'),
      other: (db) => deleteCorpus(db, 'a'),
      check: async (outcome, db) => {
        expect(outcome.other.status).toBe('fulfilled');
        // Chosen first, then deleted: the bundled corpus; deleted first: the choice fails and the corpus in use stays.
        const library = await rawLibrary(db);
        expect(library.active).toBe(outcome.tab.status === 'fulfilled' ? BUNDLED_CORPUS_ID : 'kept');
        expect(rejectedWith(outcome.tab)).toBe(outcome.tab.status === 'fulfilled' ? null : CorpusMissing);
        choices.add(outcome.tab.status);
        expect(library).toMatchObject({ names: { kept: 'Corpus kept' }, incomplete: [], orphans: [] });
      },
    });
    expect([...choices].sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('an import finishing while another tab deletes the corpus in use ends with the import in use', async () => {
    await raceAtEveryPoint({
      setup: (db) => store(db, 'old'),
      tab: (db) => deleteCorpus(db, 'old'),
      other: (db) => store(db, 'new'),
      check: async (outcome, db) => {
        expect(outcome.tab.status).toBe('fulfilled');
        expect(await rawLibrary(db)).toEqual({
          names: { new: 'Corpus new' },
          active: 'new',
          incomplete: [],
          orphans: [],
        });
      },
    });
  });

  it('a merge reads its corpora at one moment: a corpus deleted meanwhile fails it, never merges as empty', async () => {
    await raceAtEveryPoint({
      setup: async (db) => {
        await store(db, 'a', 2);
        await store(db, 'b', 5);
      },
      tab: (db) => readCorpora(db, ['a', 'b']),
      other: (db) => deleteCorpus(db, 'b'),
      check: async (outcome) => {
        if (outcome.tab.status === 'rejected') expect(outcome.tab.reason).toBeInstanceOf(CorpusMissing);
        else
          expect(
            (outcome.tab.value as Awaited<ReturnType<typeof readCorpora>>).map((read) => read.articles.length),
          ).toEqual([2, 5]);
      },
    });
  });

  it('the library is listed with its corpus in use as of one moment', async () => {
    await raceAtEveryPoint({
      setup: async (db) => {
        await store(db, 'kept');
        await store(db, 'a');
      },
      tab: readLibrary,
      other: (db) => deleteCorpus(db, 'a'),
      check: async (outcome) => {
        const { corpora, activeId } = (outcome.tab as PromiseFulfilledResult<Awaited<ReturnType<typeof readLibrary>>>)
          .value;
        expect(activeId).toBe(corpora.length === 2 ? 'a' : BUNDLED_CORPUS_ID);
      },
    });
  });
});

describe('acting on a corpus another tab deleted', () => {
  it('renaming, choosing, deleting or storing a rebuilt index fails with CorpusMissing and changes nothing', async () => {
    const [first, second] = await twoTabs();
    await store(first, 'kept');
    await store(first, 'gone');
    await useCorpus(first, 'kept');
    await deleteCorpus(second, 'gone');
    const before = await rawLibrary(second);
    await expect(renameCorpus(first, 'gone', 'Back')).rejects.toThrow(CorpusMissing);
    await expect(useCorpus(first, 'gone')).rejects.toThrow(
      /no such corpus in the library \(it was deleted, perhaps in another tab\)/,
    );
    await expect(deleteCorpus(first, 'gone')).rejects.toThrow(CorpusMissing);
    await expect(storeRebuiltIndex(first, 'gone', new Uint8Array([9]), 2)).rejects.toThrow(CorpusMissing);
    await expect(readCorpora(first, ['kept', 'gone'])).rejects.toThrow(CorpusMissing);
    expect(await rawLibrary(second)).toEqual(before);
    expect(before).toEqual({ names: { kept: 'Corpus kept' }, active: 'kept', incomplete: [], orphans: [] });
  });

  it('a rebuilt index replaces the old one with its format noted', async () => {
    const [db] = await twoTabs();
    await store(db, 'a');
    await storeRebuiltIndex(db, 'a', new Uint8Array([7, 7]), 2);
    expect((await db.get('indexes', 'a'))?.bytes).toEqual(new Uint8Array([7, 7]));
    expect((await db.get('corpora', 'a'))?.indexVersion).toBe(2);
  });
});

describe('an import cancelled after its worker stored it', () => {
  it('is taken back whole, and the corpus in use before it is in use again', async () => {
    const [db] = await twoTabs();
    await store(db, 'old');
    await store(db, 'new');
    expect(await withdrawImport(db, 'new', 'old')).toBe(true);
    expect(await rawLibrary(db)).toEqual({ names: { old: 'Corpus old' }, active: 'old', incomplete: [], orphans: [] });
  });

  it('gives way to the bundled corpus when the one in use before was deleted meanwhile', async () => {
    const [first, second] = await twoTabs();
    await store(first, 'old');
    await store(first, 'new');
    await deleteCorpus(second, 'old');
    await useCorpus(second, 'new');
    expect(await withdrawImport(first, 'new', 'old')).toBe(true);
    expect(await rawLibrary(first)).toEqual({ names: {}, active: BUNDLED_CORPUS_ID, incomplete: [], orphans: [] });
  });

  it("leaves another tab's later choice of corpus in use", async () => {
    const [first, second] = await twoTabs();
    await store(first, 'old');
    await store(first, 'other');
    await store(first, 'new');
    await useCorpus(second, 'other');
    await withdrawImport(first, 'new', 'old');
    expect((await rawLibrary(first)).active).toBe('other');
  });

  it('changes nothing when the worker was stopped before it stored anything, and it stores nothing after', async () => {
    const [page, worker] = await twoTabs();
    await store(page, 'old');
    const before = await rawLibrary(page);
    expect(await withdrawImport(page, 'late', 'old')).toBe(false);
    expect(await rawLibrary(page)).toEqual(before);
    // A worker that reaches its storing transaction only after the withdrawal stores nothing.
    const { record, articles, bytes } = corpus('late');
    await expect(storeCorpusInUse(worker, record, articles, bytes)).rejects.toThrow(ImportWithdrawn);
    expect(await rawLibrary(page)).toEqual(before);
  });

  it('whichever of the storing and the withdrawal comes first, the import ends out of the library', async () => {
    await raceAtEveryPoint({
      setup: (db) => store(db, 'old'),
      tab: (db) => withdrawImport(db, 'new', 'old'),
      other: (db) => store(db, 'new'),
      check: async (outcome, db) => {
        expect(outcome.tab.status).toBe('fulfilled');
        expect(await rawLibrary(db)).toEqual({
          names: { old: 'Corpus old' },
          active: 'old',
          incomplete: [],
          orphans: [],
        });
      },
    });
  });

  it('never leaves in use the corpus it takes back, even named as the one before', async () => {
    const [db] = await twoTabs();
    await store(db, 'new');
    await withdrawImport(db, 'new', 'new');
    expect(await rawLibrary(db)).toEqual({ names: {}, active: BUNDLED_CORPUS_ID, incomplete: [], orphans: [] });
  });
});

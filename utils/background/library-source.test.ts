import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MemoryTextStore } from '../core/text-store';
import { deleteCorpus, openLibrary, renameCorpus, storeCorpusInUse, type CorpusRecord } from '../extension/library-db';
import { librarySource } from './library-source';
import type { CorpusSource } from './corpus-service';

const bundled: CorpusSource = { loadIndex: async () => new Uint8Array(), texts: new MemoryTextStore([]) };
const record: CorpusRecord = {
  id: 'imported',
  name: 'Imported',
  createdAt: '2026-01-01T00:00:00Z',
  origin: 'imported.jsonl',
  stats: { articles: 1, firstDate: null, lastDate: null, sources: [], places: 0, topPlaces: [], untitled: 1 },
  indexVersion: 1,
};

describe('librarySource', () => {
  it('rebuilds from the corpus as it is then, and stores nothing for a corpus deleted while it was rebuilt', async () => {
    const db = await openLibrary();
    await storeCorpusInUse(db, record, [{ id: 'a', text: 'An article.' }], new Uint8Array([1]));
    const active = librarySource(bundled);
    const { key, source } = await active();
    expect(key).toBe('imported');
    // Renamed after the background first asked: the rebuilt index takes the name it has now.
    await renameCorpus(db, 'imported', 'Renamed');
    expect(await source.reindex!.read()).toEqual({ name: 'Renamed', articles: [{ id: 'a', text: 'An article.' }] });
    // ...and the next answer names it so.
    expect((await active()).name).toBe('Renamed');

    await deleteCorpus(db, 'imported');
    await expect(source.reindex!.store(new Uint8Array([2]))).resolves.toBeUndefined();
    expect(await db.count('indexes')).toBe(0);
    expect(await db.count('corpora')).toBe(0);
    await expect(source.reindex!.read()).rejects.toThrow('no such corpus in the library');
    expect((await active()).key).toBe('bundled');
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';
import { gazetteerBytes } from '../../scripts/lib/gazetteer-file';
import { CorpusIndex } from '../core/corpus-index';
import { pack, unpack } from '../core/search/pack';
import { MemoryTextStore } from '../core/text-store';
import { CorpusService, type CorpusSource } from './corpus-service';

const seeds = readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds');
const gazetteer = () => Promise.resolve(gazetteerBytes());

describe('CorpusService', () => {
  it('follows the corpus in use from one request to the next, loading each index once', async () => {
    const loads: string[] = [];
    const source = (name: string, articles = seeds.articles): CorpusSource => ({
      loadIndex: async () => {
        loads.push(name);
        return CorpusIndex.build({ name, articles }).toBytes();
      },
      texts: new MemoryTextStore(articles),
    });
    const sources = { a: source('first'), b: source('second', seeds.articles.slice(0, 2)) };
    let active: keyof typeof sources = 'a';
    const service = new CorpusService(async () => ({ key: active, source: sources[active] }), gazetteer);
    const page = { text: seeds.articles[2]!.text };
    expect((await service.annotate(page)).corpus).toEqual({ name: 'first', articles: 5 });
    expect((await service.annotate(page)).corpus.name).toBe('first');
    active = 'b';
    expect((await service.annotate(page)).corpus).toEqual({ name: 'second', articles: 2 });
    expect(loads).toEqual(['first', 'second']);
  });

  it('names the corpus as the reader last named it, not as its index was built, without loading it again', async () => {
    let loads = 0;
    const library: { name?: string } = {};
    const source: CorpusSource = {
      loadIndex: async () => {
        loads++;
        return CorpusIndex.build({ name: 'As imported', articles: seeds.articles }).toBytes();
      },
      texts: new MemoryTextStore(seeds.articles),
    };
    const service = new CorpusService(async () => ({ key: 'imported', source, name: library.name }), gazetteer);
    const page = { text: seeds.articles[2]!.text };
    expect((await service.annotate(page)).corpus.name).toBe('As imported');
    library.name = 'Renamed on the options page';
    expect((await service.annotate(page)).corpus).toEqual({ name: 'Renamed on the options page', articles: 5 });
    expect(loads).toBe(1);
  });

  it('reads which corpus is in use once for a click and the annotation it asks for, and again at the next click', async () => {
    const sources = {
      a: {
        loadIndex: async () => CorpusIndex.build({ name: 'first', articles: seeds.articles }).toBytes(),
        texts: new MemoryTextStore(seeds.articles),
      },
      b: {
        loadIndex: async () => CorpusIndex.build({ name: 'second', articles: seeds.articles.slice(0, 2) }).toBytes(),
        texts: new MemoryTextStore(seeds.articles),
      },
    };
    let active: keyof typeof sources = 'a';
    let reads = 0;
    const service = new CorpusService(async () => (reads++, { key: active, source: sources[active] }), gazetteer);
    const page = { text: seeds.articles[2]!.text };
    service.prepare();
    expect((await service.annotate(page)).corpus.name).toBe('first');
    expect(reads).toBe(1);
    active = 'b'; // chosen on the options page while the sidebar was open
    service.prepare();
    expect((await service.annotate(page)).corpus.name).toBe('second');
    expect(reads).toBe(2);
    // An annotation no click prepared (the sidebar's "read it again") reads for itself.
    expect((await service.annotate(page)).corpus.name).toBe('second');
    expect(reads).toBe(3);
  });

  it('rebuilds a stored index an extension update can no longer read, from the stored articles, and keeps the new one', async () => {
    const { header, arrays } = unpack<{ version: number }>(
      CorpusIndex.build({ name: 'old', articles: seeds.articles }).toBytes(),
    );
    const oldBytes = pack({ ...header, version: header.version - 1 }, arrays);
    expect(() => CorpusIndex.fromBytes(oldBytes)).toThrow(/version/);
    let stored: Uint8Array | null = null;
    const service = new CorpusService(
      async () => ({
        key: 'imported',
        source: {
          loadIndex: async () => stored ?? oldBytes,
          texts: new MemoryTextStore(seeds.articles),
          reindex: {
            read: async () => ({ name: 'Kept corpus', articles: seeds.articles }),
            store: async (bytes) => void (stored = bytes),
          },
        },
      }),
      gazetteer,
    );
    const annotation = await service.annotate({ text: seeds.articles[0]!.text });
    expect(annotation.corpus).toEqual({ name: 'Kept corpus', articles: 5 });
    expect(annotation.related.length).toBeGreaterThan(0);
    expect(CorpusIndex.fromBytes(stored!).size).toBe(5);
  });
});

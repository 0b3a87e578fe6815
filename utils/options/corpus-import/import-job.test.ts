import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/lib/gazetteer-file';
import { CorpusIndex } from '../../core/corpus-index';
import { PlaceFinder } from '../../core/places/find-places';
import {
  activeCorpusId,
  articleTexts,
  BUNDLED_CORPUS_ID,
  deleteCorpus,
  loadIndexBytes,
  openLibrary,
  readCorpus,
  readLibrary,
  sweepUnfinished,
  useCorpus,
  type LibraryDatabase,
} from '../../extension/library-db';
import { badCrcZip, sharedBytesZip, understatedZip } from '../../../tests/support/crafted-zips';
import { ImportCancelled, runImport, type ImportHooks, type ImportProgress } from './import-job';
import { FILE_LIMITS } from '../../shared/import-limits';
import { decodeText, ImportRefused, unsafeEntryName } from './read-file';
import { hasSharedData } from '../../../tests/support/shared-data';

const finder = new PlaceFinder(loadGazetteer());
const UKRAINE_DEV = new URL('../../../../shared/data/corpora/ukraine-news-dev.jsonl', import.meta.url).pathname;
const PAGE = new URL('../../../tests/fixtures/pages/bbc-1/source.html', import.meta.url).pathname;

let db: LibraryDatabase;
let ids = 0;
const hooks = (progress: ImportProgress[] = [], cancelled = () => false): ImportHooks => ({
  progress: (step) => progress.push(step),
  cancelled,
  finder,
  db,
  newId: () => `corpus-${++ids}`,
  now: () => new Date('2026-11-22T00:00:00Z'),
});

beforeEach(async () => {
  db?.close();
  indexedDB.deleteDatabase('sidenote-library');
  db = await openLibrary();
});

describe('runImport', () => {
  it.runIf(hasSharedData('importing the Ukraine news dev set'))(
    'imports the Ukraine news file, a page and a zip into the library, and puts it in use once stored',
    async () => {
      const progress: ImportProgress[] = [];
      const archive = zipSync({
        'more/note.md': strToU8(
          `# Note\n\n${'Kupiansk residents were told to leave as shelling grew heavier. '.repeat(5)}`,
        ),
      });
      const outcome = await runImport(
        {
          name: 'Mixed',
          files: [
            { name: 'ukraine-news-dev.jsonl', bytes: readFileSync(UKRAINE_DEV) },
            { name: 'bbc.html', bytes: readFileSync(PAGE) },
            { name: 'more.zip', bytes: archive },
          ],
        },
        hooks(progress),
      );
      expect(outcome.kind).toBe('imported');
      if (outcome.kind !== 'imported') return;
      const lines = readFileSync(UKRAINE_DEV, 'utf8').split('\n').filter(Boolean).length;
      expect(outcome.corpus.stats.articles + outcome.rejections.length).toBe(lines + 2);
      expect(outcome.corpus.stats.topPlaces[0]!.name).toBe('Ukraine');
      // The BBC page (2015) is the earliest; the Ukraine news runs 2022-2024.
      expect(outcome.corpus.stats.firstDate).toBe('2015-07-24');
      expect(outcome.corpus.stats.lastDate).toMatch(/^202[34]-/);
      expect(progress.map((step) => step.phase)).toEqual(expect.arrayContaining(['reading', 'indexing', 'storing']));

      // Stored whole, then put in use.
      expect(await activeCorpusId(db)).toBe(outcome.corpus.id);
      const index = CorpusIndex.fromBytes(await loadIndexBytes(db, outcome.corpus.id));
      expect(index.size).toBe(outcome.corpus.stats.articles);
      const bbc = index.articles.find((article) => article.id === 'bbc')!;
      expect(bbc.title).toMatch(/Obama/);
      expect((await articleTexts(db, outcome.corpus.id, ['bbc', 'note'])).size).toBe(2);
    },
  );

  it('asks for a mapping when no field is the text, and imports with the one given', async () => {
    const csv = `headline,story_text\nOne,"${'Troops held the line near Toretsk for a third week. '.repeat(5)}"\n`;
    const file = { name: 'export.csv', bytes: strToU8(csv) };
    const first = await runImport({ name: 'CSV', files: [file] }, hooks());
    expect(first).toMatchObject({
      kind: 'needs-mapping',
      files: [{ file: 'export.csv', fields: ['headline', 'story_text'], suggested: { title: 'headline' } }],
    });
    const second = await runImport(
      { name: 'CSV', files: [file], mappings: { 'export.csv': { title: 'headline', text: 'story_text' } } },
      hooks(),
    );
    expect(second.kind).toBe('imported');
  });

  it.runIf(hasSharedData('cancelling an import of the Ukraine news dev set'))(
    'stores nothing and changes nothing when cancelled',
    async () => {
      await useCorpus(db, BUNDLED_CORPUS_ID);
      let checks = 0;
      await expect(
        runImport(
          { name: 'Cancelled', files: [{ name: 'u.jsonl', bytes: readFileSync(UKRAINE_DEV) }] },
          hooks([], () => ++checks > 2),
        ),
      ).rejects.toBeInstanceOf(ImportCancelled);
      expect((await readLibrary(db)).corpora).toEqual([]);
      expect(await activeCorpusId(db)).toBe(BUNDLED_CORPUS_ID);
    },
  );

  it('imports nothing from files that are all broken, and names each', async () => {
    const outcome = await runImport(
      {
        name: 'Broken',
        files: [
          { name: 'a.json', bytes: strToU8('[{') },
          { name: 'b.png', bytes: new Uint8Array([0x89, 0x50, 0, 0]) },
          { name: 'c.json', bytes: new Uint8Array([0xff, 0xfe, 0x41]) },
        ],
      },
      hooks(),
    );
    expect(outcome).toMatchObject({ kind: 'nothing-to-import' });
    expect(outcome.rejections.map((rejection) => `${rejection.file}: ${rejection.reason}`)).toEqual([
      expect.stringMatching(/^a\.json: not valid JSON/),
      'b.png: not a file Sidenote reads (JSON, JSONL, CSV, TXT, MD, HTML or ZIP)',
      'c.json: not UTF-8 text (save it as UTF-8 and import it again)',
    ]);
  });
});

describe('hostile files', () => {
  it('leave the library and the corpus in use as they were when refused: crafted zips, too many files, too much together', async () => {
    const kept = await runImport(
      {
        name: 'Kept',
        files: [{ name: 'one.txt', bytes: strToU8('Shelling hit Kharkiv overnight, officials said. '.repeat(6)) }],
      },
      hooks(),
    );
    if (kept.kind !== 'imported') throw new Error(kept.kind);
    const library = async () => ({
      corpora: (await readLibrary(db)).corpora.map((corpus) => corpus.id),
      inUse: await activeCorpusId(db),
      articles: await db.count('articles'),
      indexes: await db.count('indexes'),
    });
    const before = await library();

    const crafted = [sharedBytesZip(), understatedZip(), badCrcZip()].map((bytes, index) => ({
      name: `crafted-${index}.zip`,
      bytes,
    }));
    const outcome = await runImport({ name: 'Crafted', files: crafted }, hooks());
    expect(outcome.kind).toBe('nothing-to-import');
    expect(outcome.rejections.map((rejection) => `${rejection.file}: ${rejection.reason}`)).toEqual([
      expect.stringMatching(/^crafted-0\.zip: entry "kharkiv\.json" and entry "sumy\.json" overlap/),
      expect.stringMatching(
        /^crafted-1\.zip: entry "kharkiv\.json" unpacks to more than the \d+ bytes its header declares/,
      ),
      expect.stringMatching(/^crafted-2\.zip: entry "sumy\.json" fails its CRC-32 check/),
    ]);

    const three = [1, 2, 3].map((copy) => ({
      name: `${copy}.txt`,
      bytes: strToU8(`Copy ${copy}: ${'Shelling hit Sumy overnight. '.repeat(9)}`),
    }));
    await expect(
      runImport({ name: 'Many', files: three }, { ...hooks(), limits: { ...FILE_LIMITS, maxFiles: 2 } }),
    ).rejects.toThrow(new ImportRefused('3 files were chosen; one import reads at most 2 (import them in parts)'));
    await expect(
      runImport({ name: 'Heavy', files: three }, { ...hooks(), limits: { ...FILE_LIMITS, maxSelectedBytes: 500 } }),
    ).rejects.toThrow(/^the files chosen come to 0\.0 MB; one import reads at most 0\.0 MB/);
    // A file over the size limit counts by its size even when its bytes were never read.
    const unread = { name: 'huge.jsonl', bytes: new Uint8Array(0), size: FILE_LIMITS.maxSelectedBytes + 1 };
    await expect(runImport({ name: 'Huge', files: [unread] }, hooks())).rejects.toThrow(
      /^the files chosen come to 400\.0 MB; one import reads at most 400\.0 MB/,
    );
    expect(await library()).toEqual(before);
  });

  it('drops keys that name a prototype as the import parses, in the worker, not later in the page', async () => {
    const text = 'Officials in Kharkiv said the overnight shelling damaged homes and a school. '.repeat(4);
    // JSON.stringify drops a literal __proto__ key: written out as a reader's file would have it.
    const json = `[{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "prototype": 3, "id": "j1", "story_body": ${JSON.stringify(text)}, "source": {"__proto__": {"polluted": 4}}}]`;
    const csv = `__proto__,constructor,prototype,id,text\n"{""polluted"":5}",x,y,c1,"${text.replace('Kharkiv', 'Sumy')}"\n`;
    const files = [
      { name: 'records.json', bytes: strToU8(json) },
      { name: 'records.csv', bytes: strToU8(csv) },
    ];
    // runImport is what the import worker (import.worker.ts) runs, here in Node.
    const first = await runImport({ name: 'Hostile keys', files }, hooks());
    expect(first).toMatchObject({
      kind: 'needs-mapping',
      files: [
        {
          file: 'records.json',
          fields: ['id', 'story_body', 'source'],
          sample: { id: 'j1', source: '[object Object]' },
        },
      ],
    });
    if (first.kind !== 'needs-mapping') return;
    expect(Object.keys(first.files[0]!.sample)).toEqual(['id', 'story_body', 'source']);

    const mappings = {
      'records.json': { id: 'id', text: 'story_body' },
      'records.csv': { id: 'id', text: 'constructor' },
    };
    const outcome = await runImport({ name: 'Hostile keys', files, mappings }, hooks());
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (outcome.kind !== 'imported') throw new Error(outcome.kind);
    // The CSV's "constructor" column was taken out as it was read: chosen as the text, it gives none.
    expect(outcome.rejections).toEqual([
      { file: 'records.csv', where: 'row 1 (line 2)', reason: 'no text (the "constructor" field is empty or missing)' },
    ]);
    expect((await readCorpus(db, outcome.corpus.id)).articles).toEqual([{ id: 'j1', text: text.trim() }]);
  });
});

describe('the library', () => {
  it('sweeps what an interrupted import left, and deleting the corpus in use falls back to the bundled one', async () => {
    await db.put('articles', { corpusId: 'ghost', id: 'x', text: 'x' });
    await db.put('indexes', { corpusId: 'ghost', bytes: new Uint8Array(1) });
    expect(await sweepUnfinished(db)).toBe(1);
    expect(await db.count('articles')).toBe(0);

    const outcome = await runImport(
      {
        name: 'One',
        files: [{ name: 'one.txt', bytes: strToU8('Shelling hit Kharkiv overnight, officials said. '.repeat(6)) }],
      },
      hooks(),
    );
    if (outcome.kind !== 'imported') throw new Error(outcome.kind);
    expect(await activeCorpusId(db)).toBe(outcome.corpus.id);
    await deleteCorpus(db, outcome.corpus.id);
    expect(await activeCorpusId(db)).toBe(BUNDLED_CORPUS_ID);
    expect(await db.count('articles')).toBe(0);
    await expect(useCorpus(db, 'nonexistent')).rejects.toThrow('no such corpus');
  });
});

describe('file checks', () => {
  it('refuses zip entry names that leave the archive', () => {
    for (const name of ['../x.json', 'a/../../x.json', '/etc/passwd', 'C:\\x.json', '..\\x.json', ''])
      expect(unsafeEntryName(name)).toBe(true);
    for (const name of ['a/b.json', 'a..b.json', 'notes/..hidden.md']) expect(unsafeEntryName(name)).toBe(false);
  });

  it('decodes UTF-8 only', () => {
    expect(decodeText(strToU8('Kyiv – Київ'))).toBe('Kyiv – Київ');
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toThrow('a binary file, not text');
    expect(() => decodeText(new Uint8Array([0xc3, 0x28]))).toThrow(/not UTF-8/);
  });
});

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { CorpusIndex } from '../core/corpus-index';
import { PlaceFinder } from '../core/places/find-places';
import {
  activeCorpusId,
  articleTexts,
  BUNDLED_CORPUS_ID,
  deleteCorpus,
  loadIndexBytes,
  openLibrary,
  readLibrary,
  sweepUnfinished,
  useCorpus,
  type LibraryDatabase,
} from '../library/library-db';
import { ImportCancelled, runImport, type ImportHooks, type ImportProgress } from './import-job';
import { decodeText, unsafeEntryName } from './read-file';

const finder = new PlaceFinder(loadGazetteer());
const UKRAINE_DEV = new URL('../../../shared/data/corpora/ukraine-news-dev.jsonl', import.meta.url).pathname;
const PAGE = new URL('../../tests/fixtures/pages/bbc-1/source.html', import.meta.url).pathname;

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
  it('imports the Ukraine news file, a page and a zip into the library, and puts it in use once stored', async () => {
    const progress: ImportProgress[] = [];
    const archive = zipSync({ 'more/note.md': strToU8(`# Note\n\n${'Kupiansk residents were told to leave as shelling grew heavier. '.repeat(5)}`) });
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
  });

  it('asks for a mapping when no field is the text, and imports with the one given', async () => {
    const csv = `headline,story_text\nOne,"${'Troops held the line near Toretsk for a third week. '.repeat(5)}"\n`;
    const file = { name: 'export.csv', bytes: strToU8(csv) };
    const first = await runImport({ name: 'CSV', files: [file] }, hooks());
    expect(first).toMatchObject({ kind: 'needs-mapping', files: [{ file: 'export.csv', fields: ['headline', 'story_text'], suggested: { title: 'headline' } }] });
    const second = await runImport({ name: 'CSV', files: [file], mappings: { 'export.csv': { title: 'headline', text: 'story_text' } } }, hooks());
    expect(second.kind).toBe('imported');
  });

  it('stores nothing and changes nothing when cancelled', async () => {
    await useCorpus(db, BUNDLED_CORPUS_ID);
    let checks = 0;
    await expect(runImport({ name: 'Cancelled', files: [{ name: 'u.jsonl', bytes: readFileSync(UKRAINE_DEV) }] }, hooks([], () => ++checks > 2))).rejects.toBeInstanceOf(ImportCancelled);
    expect((await readLibrary(db)).corpora).toEqual([]);
    expect(await activeCorpusId(db)).toBe(BUNDLED_CORPUS_ID);
  });

  it('imports nothing from files that are all broken, and names each', async () => {
    const outcome = await runImport(
      { name: 'Broken', files: [{ name: 'a.json', bytes: strToU8('[{') }, { name: 'b.png', bytes: new Uint8Array([0x89, 0x50, 0, 0]) }, { name: 'c.json', bytes: new Uint8Array([0xff, 0xfe, 0x41]) }] },
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

describe('the library', () => {
  it('sweeps what an interrupted import left, and deleting the corpus in use falls back to the bundled one', async () => {
    await db.put('articles', { corpusId: 'ghost', id: 'x', text: 'x' });
    await db.put('indexes', { corpusId: 'ghost', bytes: new Uint8Array(1) });
    expect(await sweepUnfinished(db)).toBe(1);
    expect(await db.count('articles')).toBe(0);

    const outcome = await runImport({ name: 'One', files: [{ name: 'one.txt', bytes: strToU8('Shelling hit Kharkiv overnight, officials said. '.repeat(6)) }] }, hooks());
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
    for (const name of ['../x.json', 'a/../../x.json', '/etc/passwd', 'C:\\x.json', '..\\x.json', '']) expect(unsafeEntryName(name)).toBe(true);
    for (const name of ['a/b.json', 'a..b.json', 'notes/..hidden.md']) expect(unsafeEntryName(name)).toBe(false);
  });

  it('decodes UTF-8 only', () => {
    expect(decodeText(strToU8('Kyiv – Київ'))).toBe('Kyiv – Київ');
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toThrow('a binary file, not text');
    expect(() => decodeText(new Uint8Array([0xc3, 0x28]))).toThrow(/not UTF-8/);
  });
});

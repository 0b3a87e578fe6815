/**
 * An import, start to finish, without the page: files read and checked, fields mapped, articles
 * indexed with their places, statistics taken, the whole corpus stored in the library and put in
 * use in one transaction (the previous corpus stays in the library). Runs in the options page's
 * worker, and in Node for the tests, the same way. It reports progress as it goes and stops
 * between steps when told to.
 */
import { CorpusIndex, INDEX_VERSION } from '../../core/corpus-index';
import { detectMapping, type FieldMapping } from '../../core/import/fields';
import { corpusStats } from '../../core/import/corpus-stats';
import { ArticleCollector, type Rejection } from '../../core/import/validate-records';
import type { PlaceFinder } from '../../core/places/find-places';
import type { CorpusArticle } from '../../core/types';
import { checkSelection, readFiles, type NamedBytes } from './read-file';
import type { FileLimits } from '../../shared/import-limits';
import { storeCorpusInUse, type CorpusRecord, type LibraryDatabase } from '../../extension/library-db';

export type ImportPhase = 'reading' | 'indexing' | 'storing';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface FileNeedingMapping {
  file: string;
  fields: string[];
  /** The first record, cut short, to help the reader choose. */
  sample: Record<string, string>;
  suggested: FieldMapping;
}

export type ImportOutcome =
  | { kind: 'needs-mapping'; files: FileNeedingMapping[]; rejections: Rejection[] }
  | { kind: 'nothing-to-import'; rejections: Rejection[] }
  | { kind: 'imported'; corpus: CorpusRecord; rejections: Rejection[] };

export interface ImportRequest {
  name: string;
  files: NamedBytes[];
  /** Mappings the reader chose, by file name; others are detected. */
  mappings?: Record<string, FieldMapping>;
  /** Articles already in the library to include (a merge). */
  extraArticles?: CorpusArticle[];
  origin?: string;
}

export interface ImportHooks {
  progress(progress: ImportProgress): void;
  /** Checked between articles; true stops the import with nothing stored. */
  cancelled(): boolean;
  finder: PlaceFinder;
  db: LibraryDatabase;
  newId(): string;
  now(): Date;
  /** What may be read; the options page's limits unless a test gives smaller ones. */
  limits?: FileLimits;
}

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

const PROGRESS_EVERY = 100;

function sampleOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => [key, String(field ?? '').slice(0, 120)]),
  );
}

export async function runImport(request: ImportRequest, hooks: ImportHooks): Promise<ImportOutcome> {
  const check = () => {
    if (hooks.cancelled()) throw new ImportCancelled('cancelled');
  };
  checkSelection(
    request.files.map((file) => file.size ?? file.bytes.length),
    hooks.limits,
  );
  hooks.progress({ phase: 'reading', done: 0, total: request.files.length });
  const outcomes = readFiles(request.files, hooks.limits);
  check();
  const collector = new ArticleCollector();
  for (const article of request.extraArticles ?? [])
    collector.add('library', [{ where: article.id, value: article }], {
      id: 'id',
      text: 'text',
      title: 'title',
      date: 'date',
      source: 'source',
      url: 'url',
      byline: 'byline',
    });
  const needing: FileNeedingMapping[] = [];
  const mapped: {
    file: string;
    outcome: Extract<(typeof outcomes)[number], { read: unknown }>;
    mapping: FieldMapping;
  }[] = [];
  for (const outcome of outcomes) {
    if ('problem' in outcome) {
      collector.rejectFile(outcome.file, outcome.problem);
      continue;
    }
    const chosen = request.mappings?.[outcome.file];
    const mapping = chosen ?? detectMapping(outcome.read.fields);
    if (!mapping.text)
      needing.push({
        file: outcome.file,
        fields: outcome.read.fields,
        sample: sampleOf(outcome.read.records[0]?.value),
        suggested: mapping,
      });
    else mapped.push({ file: outcome.file, outcome, mapping });
  }
  if (needing.length > 0) return { kind: 'needs-mapping', files: needing, rejections: collector.rejections };
  let read = 0;
  for (const { file, outcome, mapping } of mapped) {
    for (const problem of outcome.read.problems) collector.rejections.push({ file, ...problem });
    collector.add(file, outcome.read.records, mapping);
    read++;
    hooks.progress({ phase: 'reading', done: read, total: mapped.length });
  }
  check();
  const articles = collector.articles;
  if (articles.length === 0) return { kind: 'nothing-to-import', rejections: collector.rejections };

  // Indexing: the articles are handed over one by one so progress and cancelling reach inside the build.
  function* counted(): Generator<CorpusArticle> {
    for (let done = 0; done < articles.length; done++) {
      if (done % PROGRESS_EVERY === 0) {
        check();
        hooks.progress({ phase: 'indexing', done, total: articles.length });
      }
      yield articles[done]!;
    }
  }
  const index = CorpusIndex.build({ name: request.name, articles: counted() }, hooks.finder);
  hooks.progress({ phase: 'indexing', done: articles.length, total: articles.length });
  check();
  hooks.progress({ phase: 'storing', done: 0, total: articles.length });
  const record: CorpusRecord = {
    id: hooks.newId(),
    name: request.name,
    createdAt: hooks.now().toISOString(),
    origin: request.origin ?? request.files.map((file) => file.name).join(', '),
    stats: corpusStats(index, hooks.finder.gazetteer),
    indexVersion: INDEX_VERSION,
  };
  // Stored and put in use in one transaction: another tab's delete or choice lands before both or after, never between.
  await storeCorpusInUse(hooks.db, record, articles, index.toBytes());
  hooks.progress({ phase: 'storing', done: articles.length, total: articles.length });
  return { kind: 'imported', corpus: record, rejections: collector.rejections };
}

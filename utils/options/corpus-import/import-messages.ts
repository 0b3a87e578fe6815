import type { FieldMapping } from '../../core/import/fields';
import type { ImportOutcome, ImportProgress } from './import-job';

/**
 * Options page → import worker. Files travel as File objects (structured clone), read in the worker.
 * Cancelling terminates the worker. The page names the corpus id, so that the import can be taken
 * back whether or not the worker stored it before it stopped (library-db.ts, `withdrawImport`).
 */
export type ToImportWorker =
  | {
      type: 'import';
      corpusId: string;
      name: string;
      files: File[];
      mappings?: Record<string, FieldMapping>;
      mergeIds?: string[];
    }
  /** Count a stored corpus's figures for its statistics: after the import, so as not to slow it. */
  | { type: 'count-figures'; corpusId: string };

/** Import worker → options page. */
export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'outcome'; outcome: ImportOutcome }
  | { type: 'failed'; message: string }
  | { type: 'figures-progress'; corpusId: string; done: number; total: number }
  | { type: 'figures-counted'; corpusId: string };

import type { FieldMapping } from '../../core/import/fields';
import type { ImportOutcome, ImportProgress } from './import-job';

/**
 * Options page → import worker. Files travel as File objects (structured clone), read in the worker.
 * Cancelling terminates the worker: its one storing transaction then never commits. The page names
 * the corpus id, so that an import stored just before the worker stopped can be taken back.
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

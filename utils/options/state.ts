import type { FieldMapping } from '../core/import/fields';
import type { LocatorMap } from '../core/places/locator-map';
import type { Rejection } from '../core/import/validate-records';
import type { FileNeedingMapping, ImportPhase } from './corpus-import/import-job';
import type { CorpusRecord } from '../extension/library-db';

export interface ProgressView {
  phase: ImportPhase;
  done: number;
  total: number;
  /** Items a second in this phase, and seconds left at that rate; null until measurable. */
  rate: number | null;
  secondsLeft: number | null;
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; name: string; files: string[]; progress: ProgressView | null }
  | {
      status: 'needs-mapping';
      name: string;
      files: FileNeedingMapping[];
      mappings: Record<string, FieldMapping>;
      rejections: Rejection[];
    }
  | { status: 'done'; corpus: CorpusRecord; rejections: Rejection[]; previousId: string | null }
  | { status: 'nothing'; rejections: Rejection[] }
  | { status: 'failed'; message: string; rejections: Rejection[] }
  | { status: 'cancelled' };

export interface BundledEntry {
  id: 'bundled';
  name: string;
  stats: CorpusRecord['stats'] | null;
}

/** Everything the options page renders, owned by its controller. */
export interface OptionsState {
  library: CorpusRecord[];
  bundled: BundledEntry;
  activeId: string;
  importing: ImportState;
  /** A library action's result or error, for the status line. */
  notice: { kind: 'info' | 'error'; text: string } | null;
  selected: string[];
  /** Each corpus's most mentioned places on a small map, drawn once its statistics are known. */
  maps: Record<string, LocatorMap>;
  /** A corpus whose figures are being counted, and how far. */
  counting: { corpusId: string; done: number; total: number } | null;
}

/** What the options page's components may ask of its controller: every action on the library. */
export interface LibraryActions {
  startImport(files: File[], name: string, mappings?: Record<string, FieldMapping>, mergeIds?: string[]): void;
  submitMappings(mappings: Record<string, FieldMapping>): void;
  cancel(): void;
  use(id: string): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  reset(): Promise<void>;
  select(id: string, selected: boolean): void;
  merge(name: string): void;
  exportJsonl(id: string): Promise<void>;
}

export interface OptionsPageProps {
  state: OptionsState;
  controller: LibraryActions;
}

import { h, render } from 'preact';
import { OptionsPage } from '@/components/options-page/OptionsPage';
import { CorpusIndex } from '../core/corpus-index';
import type { FieldMapping } from '../core/import/fields';
import type { CorpusArticle } from '../core/types';
import type { FromImportWorker, ToImportWorker } from './corpus-import/import-messages';
import ImportWorker from './corpus-import/import.worker?worker';
import {
  BUNDLED_CORPUS_ID,
  CorpusMissing,
  deleteCorpus,
  openLibrary,
  readCorpus,
  readLibrary,
  renameCorpus,
  sweepUnfinished,
  useCorpus,
  withdrawImport,
  type LibraryDatabase,
} from '../extension/library-db';
import { bundledOutlines } from '../extension/bundled-files';
import { BUNDLED_INDEX_PATH, BUNDLED_STATS_PATH, BUNDLED_TEXTS_PATH, fetchOwnFile } from '../extension/extension-files';
import { MapService } from '../extension/map-service';
import type { ImportState, LibraryActions, OptionsState, ProgressView } from './state';

/**
 * Owns the options page: the library's state, the import worker, and every action on the library.
 * Components render what it passes them. An import runs in a worker and writes its corpus in one
 * transaction at its end; cancelling terminates the worker and takes back whatever it stored, so a
 * cancelled import leaves nothing, and the corpus in use changes only when the reader says so.
 */
export class OptionsController implements LibraryActions {
  private state: OptionsState = {
    library: [],
    bundled: { id: BUNDLED_CORPUS_ID, name: 'Bundled corpus', stats: null },
    activeId: BUNDLED_CORPUS_ID,
    importing: { status: 'idle' },
    notice: null,
    selected: [],
    maps: {},
    counting: null,
  };
  private readonly mapService = new MapService(bundledOutlines);
  private readonly db: Promise<LibraryDatabase> = openLibrary();
  private worker: Worker | null = null;
  private counter: Worker | null = null;
  private readonly countQueue: string[] = [];
  private readonly countsAsked = new Set<string>();
  private request: Extract<ToImportWorker, { type: 'import' }> | null = null;
  /** The corpus in use when the import started, to offer going back to it. */
  private previousId: string | null = null;
  private phaseStarted: { phase: string; at: number } | null = null;
  /** A cancelled import is being taken back. */
  private cancelling = false;

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    this.render();
    const db = await this.db;
    await sweepUnfinished(db);
    fetchOwnFile(BUNDLED_STATS_PATH)
      .then((response) => response.json())
      .then((stats: OptionsState['bundled']['stats']) => {
        this.set({ bundled: { ...this.state.bundled, stats } });
        void this.drawMaps();
      })
      .catch(() => undefined);
    await this.refresh();
  }

  private set(patch: Partial<OptionsState>): void {
    this.state = { ...this.state, ...patch };
    this.render();
  }

  private async refresh(): Promise<void> {
    const db = await this.db;
    const { corpora, activeId } = await readLibrary(db);
    this.set({ library: corpora, activeId });
    void this.drawMaps();
    // Corpora whose figures are not counted yet (just imported, or the page closed while counting).
    for (const corpus of this.state.library)
      if (!corpus.stats.figures && !this.countsAsked.has(corpus.id) && !this.countQueue.includes(corpus.id))
        this.countQueue.push(corpus.id);
    this.nextCount();
  }

  /** Counts one corpus's figures at a time, in a worker of its own, after imports are done. */
  private nextCount(): void {
    if (this.counter || this.worker || this.cancelling) return;
    const corpusId = this.countQueue.shift();
    if (!corpusId) return;
    this.countsAsked.add(corpusId);
    const counter = new ImportWorker();
    this.counter = counter;
    const done = () => {
      counter.terminate();
      this.counter = null;
      this.set({ counting: null });
      void this.refresh();
    };
    counter.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      if (message.type === 'figures-progress')
        this.set({ counting: { corpusId, done: message.done, total: message.total } });
      else if (message.type === 'figures-counted' || message.type === 'failed') done();
    });
    counter.addEventListener('error', done);
    counter.postMessage({ type: 'count-figures', corpusId } satisfies ToImportWorker);
  }

  private async drawMaps(): Promise<void> {
    const entries = [{ id: BUNDLED_CORPUS_ID, stats: this.state.bundled.stats }, ...this.state.library];
    for (const { id, stats } of entries) {
      if (this.state.maps[id] || !stats?.topPlaces.length) continue;
      try {
        const map = await this.mapService.overview(
          stats.topPlaces.map(({ id: placeId, lat, lon }) => ({ id: placeId, lat, lon })),
        );
        this.set({ maps: { ...this.state.maps, [id]: map } });
      } catch {
        return; // the statistics stand without their map
      }
    }
  }

  private async act(action: () => Promise<string>): Promise<void> {
    try {
      this.set({ notice: { kind: 'info', text: await action() } });
    } catch (error) {
      this.set({ notice: { kind: 'error', text: error instanceof Error ? error.message : String(error) } });
    }
    await this.refresh();
  }

  startImport(files: File[], name: string, mappings?: Record<string, FieldMapping>, mergeIds?: string[]): void {
    if (this.worker || this.cancelling) return;
    if (this.counter) {
      // The import comes first; the count starts again after it.
      this.counter.terminate();
      this.counter = null;
      const counting = this.state.counting?.corpusId;
      if (counting) {
        this.countsAsked.delete(counting);
        this.countQueue.unshift(counting);
      }
      this.set({ counting: null });
    }
    const request: ToImportWorker = {
      type: 'import',
      corpusId: `corpus-${crypto.randomUUID()}`,
      name: name.trim() || files[0]?.name.replace(/\.[^.]+$/, '') || 'Imported corpus',
      files,
      mappings,
      mergeIds,
    };
    this.request = request;
    this.previousId = this.state.activeId;
    this.phaseStarted = null;
    this.set({
      importing: { status: 'running', name: request.name, files: files.map((file) => file.name), progress: null },
      notice: null,
    });
    const worker = new ImportWorker();
    this.worker = worker;
    // A stopped worker's last messages may still arrive: only the running import's count.
    worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
      if (this.worker === worker) this.onWorkerMessage(event.data);
    });
    worker.addEventListener('error', (event) => {
      if (this.worker !== worker) return;
      this.finish({
        status: 'failed',
        message: `the import stopped (${event.message || 'the worker crashed'}); the corpus in use is unchanged`,
        rejections: [],
      });
    });
    worker.postMessage(request);
  }

  /** The reader mapped the fields of the files that needed it: import again with them. */
  submitMappings(mappings: Record<string, FieldMapping>): void {
    if (!this.request) return;
    const { files, name, mergeIds } = this.request;
    this.startImport(files, name, { ...this.request.mappings, ...mappings }, mergeIds);
  }

  async cancel(): Promise<void> {
    const request = this.request;
    const previousId = this.previousId ?? BUNDLED_CORPUS_ID;
    if (!this.worker || !request || this.cancelling) return;
    this.worker.terminate();
    this.worker = null;
    // Until the import is taken back nothing starts: no other import, no count of the corpus being withdrawn.
    this.cancelling = true;
    let importing: ImportState = { status: 'cancelled' };
    try {
      const db = await this.db;
      await sweepUnfinished(db);
      // The worker may have stored its corpus, and put it in use, just before it stopped, its outcome
      // still on the way; or it may store it yet. Either way a cancelled import stores nothing.
      await withdrawImport(db, request.corpusId, previousId);
    } catch (error) {
      importing = {
        status: 'failed',
        message: `the import was stopped, but taking it back failed (${error instanceof Error ? error.message : String(error)}); reload the page to see the library as it is`,
        rejections: [],
      };
    } finally {
      this.cancelling = false;
    }
    // Said only now that it is true.
    this.set({ importing });
    await this.refresh();
  }

  private onWorkerMessage(message: FromImportWorker): void {
    if (message.type === 'progress') {
      this.set({
        importing:
          this.state.importing.status === 'running'
            ? { ...this.state.importing, progress: this.progressView(message.progress) }
            : this.state.importing,
      });
      return;
    }
    if (message.type === 'failed')
      return this.finish({
        status: 'failed',
        message: `${message.message}; the corpus in use is unchanged`,
        rejections: [],
      });
    if (message.type !== 'outcome') return;
    const { outcome } = message;
    if (outcome.kind === 'needs-mapping') {
      const mappings = Object.fromEntries(outcome.files.map((file) => [file.file, file.suggested]));
      return this.finish({
        status: 'needs-mapping',
        name: this.request?.name ?? '',
        files: outcome.files,
        mappings,
        rejections: outcome.rejections,
      });
    }
    if (outcome.kind === 'nothing-to-import') return this.finish({ status: 'nothing', rejections: outcome.rejections });
    this.finish({
      status: 'done',
      corpus: outcome.corpus,
      rejections: outcome.rejections,
      previousId: this.previousId,
    });
  }

  private finish(importing: ImportState): void {
    this.worker?.terminate();
    this.worker = null;
    this.set({ importing });
    void this.refresh();
  }

  private progressView(progress: { phase: ProgressView['phase']; done: number; total: number }): ProgressView {
    const now = performance.now();
    if (this.phaseStarted?.phase !== progress.phase) this.phaseStarted = { phase: progress.phase, at: now };
    const seconds = (now - this.phaseStarted.at) / 1000;
    const rate = seconds > 0.5 && progress.done > 0 ? progress.done / seconds : null;
    return { ...progress, rate, secondsLeft: rate ? (progress.total - progress.done) / rate : null };
  }

  use(id: string): Promise<void> {
    return this.act(async () => {
      await useCorpus(await this.db, id);
      return `Now in use: ${this.nameOf(id)}. Open pages use it at their next click.`;
    });
  }

  rename(id: string, name: string): Promise<void> {
    return this.act(async () => {
      if (!name.trim()) throw new Error('a corpus needs a name');
      await renameCorpus(await this.db, id, name.trim());
      return `Renamed to ${name.trim()}.`;
    });
  }

  remove(id: string): Promise<void> {
    return this.act(async () => {
      const name = this.nameOf(id);
      try {
        await deleteCorpus(await this.db, id);
      } catch (error) {
        if (error instanceof CorpusMissing) return `${name} was already deleted, perhaps in another tab.`;
        throw error;
      }
      return `Deleted ${name}.`;
    });
  }

  reset(): Promise<void> {
    return this.use(BUNDLED_CORPUS_ID);
  }

  select(id: string, selected: boolean): void {
    this.set({
      selected: selected
        ? [...new Set([...this.state.selected, id])]
        : this.state.selected.filter((other) => other !== id),
    });
  }

  merge(name: string): void {
    const ids = this.state.selected.filter((id) => id !== BUNDLED_CORPUS_ID);
    if (ids.length < 2)
      return this.set({ notice: { kind: 'error', text: 'choose two or more imported corpora to merge' } });
    this.set({ selected: [] });
    this.startImport([], name || `Merged: ${ids.map((id) => this.nameOf(id)).join(' + ')}`, undefined, ids);
  }

  exportJsonl(id: string): Promise<void> {
    return this.act(async () => {
      const articles =
        id === BUNDLED_CORPUS_ID ? await bundledArticles() : (await readCorpus(await this.db, id)).articles;
      const lines = articles.map((article) => JSON.stringify(article)).join('\n');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([`${lines}\n`], { type: 'application/x-ndjson' }));
      link.download = `${this.nameOf(id).replace(/[^\w.-]+/g, '-')}.jsonl`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return `Exported ${articles.length} articles.`;
    });
  }

  private nameOf(id: string): string {
    return id === BUNDLED_CORPUS_ID
      ? this.state.bundled.name
      : (this.state.library.find((corpus) => corpus.id === id)?.name ?? id);
  }

  private render(): void {
    render(h(OptionsPage, { state: this.state, controller: this }), this.root);
  }
}

/** The bundled corpus as articles: its metadata from the shipped index, its texts from the shipped file. */
async function bundledArticles(): Promise<CorpusArticle[]> {
  const [bytes, texts] = await Promise.all([
    fetchOwnFile(BUNDLED_INDEX_PATH).then((response) => response.arrayBuffer()),
    fetchOwnFile(BUNDLED_TEXTS_PATH).then((response) => response.json() as Promise<Record<string, string>>),
  ]);
  return CorpusIndex.fromBytes(new Uint8Array(bytes)).articles.map(({ lead: _lead, ...meta }) => ({
    ...meta,
    text: texts[meta.id] ?? '',
  }));
}

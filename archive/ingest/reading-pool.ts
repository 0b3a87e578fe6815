/**
 * Reading articles with the core is the slow part of an ingest, and one article's reading needs
 * nothing of another's, so the archive reads them on worker threads, one per core by default, while
 * the main thread parses the next lines and stores what was read. Each thread loads the gazetteer
 * itself (a few seconds and about 200 MB each, on first use). The reading is the same function on
 * any thread (archiveReading), so the stored result does not depend on where it was read.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import type { CorpusArticle } from '../../utils/core/types';
import { countPerCore } from '../config';
import type { CheckedArticle } from './check-records';
import { readForArchive, type ArchivedArticle, type ArchiveReading } from './read-for-archive';

export interface ArticleReader {
  /** The articles read, in the order given. */
  read(articles: readonly CheckedArticle[]): Promise<ArchivedArticle[]>;
  close(): Promise<void>;
}

/** Reading a whole batch without a break would hold up every request meanwhile: it yields between articles. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads on the calling thread, one article at a time: for tests, and where threads are turned off. */
export class InThreadReader implements ArticleReader {
  constructor(private readonly finder: PlaceFinder) {}

  async read(articles: readonly CheckedArticle[]): Promise<ArchivedArticle[]> {
    const read: ArchivedArticle[] = [];
    for (const article of articles) {
      read.push(readForArchive(article, this.finder));
      await yieldToOthers();
    }
    return read;
  }

  async close(): Promise<void> {}
}

/** What a worker is sent: only the fields its reading uses. */
export type ReadingInput = Pick<CorpusArticle, 'text' | 'title' | 'date'>;
export type ReadingReply = { id: number; readings: ArchiveReading[] } | { id: number; error: string };

/** Articles a task: small enough that threads finish a batch together, large enough that messages cost little. */
const ARTICLES_A_TASK = 8;
const WORKER_FILE = new URL('./reading-worker.ts', import.meta.url).href;
/**
 * The archive runs as TypeScript through tsx: a worker registers tsx itself and then loads its
 * module, whatever flags started the process (the server, the import command, a test runner).
 */
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const BOOTSTRAP = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(WORKER_FILE)});`,
  )}`,
);

interface Task {
  id: number;
  articles: ReadingInput[];
  resolve: (readings: ArchiveReading[]) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  task: Task | null;
}

export class ReadingPool implements ArticleReader {
  private readonly threads: Thread[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  /** `threads`: how many worker threads read; they start on the first read. */
  constructor(private readonly size = availableParallelism()) {}

  async read(articles: readonly CheckedArticle[]): Promise<ArchivedArticle[]> {
    if (this.closed) throw new Error('the reading threads are closed');
    const chunks: Promise<ArchiveReading[]>[] = [];
    for (let from = 0; from < articles.length; from += ARTICLES_A_TASK) {
      const inputs = articles.slice(from, from + ARTICLES_A_TASK).map(({ article }) => ({
        text: article.text,
        title: article.title,
        date: article.date,
      }));
      chunks.push(
        new Promise((resolve, reject) => this.queue.push({ id: this.nextId++, articles: inputs, resolve, reject })),
      );
    }
    this.dispatch();
    const readings = (await Promise.all(chunks)).flat();
    return articles.map((checked, index) => ({ ...checked, ...readings[index]! }));
  }

  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the reading threads were closed');
    for (const task of this.queue.splice(0)) task.reject(error);
    await Promise.all(this.threads.splice(0).map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.threads.length < this.size && this.threads.length < this.queue.length) this.threads.push(this.start());
    for (const thread of this.threads) {
      if (thread.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      thread.task = task;
      // Held while it reads, so a process waiting only on its readings stays up.
      thread.worker.ref();
      thread.worker.postMessage({ id: task.id, articles: task.articles });
    }
  }

  private start(): Thread {
    const worker = new Worker(BOOTSTRAP, { execArgv: [] });
    const thread: Thread = { worker, task: null };
    worker.on('message', (reply: ReadingReply) => {
      const task = thread.task;
      if (!task || task.id !== reply.id) return;
      thread.task = null;
      // An idle reading thread never keeps the process alive: the server or the command decides when to stop.
      worker.unref();
      if ('error' in reply) task.reject(new Error(`reading an article failed: ${reply.error}`));
      else task.resolve(reply.readings);
      this.dispatch();
    });
    // A thread that fails or exits is replaced; the task it held fails, and with it that batch only.
    const lost = (error: Error) => {
      const index = this.threads.indexOf(thread);
      if (index < 0) return;
      this.threads.splice(index, 1);
      thread.task?.reject(error);
      thread.task = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`a reading thread exited (${code})`)));
    return thread;
  }
}

/** One thread a core, or SIDENOTE_ARCHIVE_READING_THREADS of them; 0 reads on the main thread. */
export function readerFor(finder: PlaceFinder, threads = readingThreads()): ArticleReader {
  return threads > 0 ? new ReadingPool(threads) : new InThreadReader(finder);
}

export const readingThreads = (environment: NodeJS.ProcessEnv = process.env): number =>
  countPerCore(environment, 'SIDENOTE_ARCHIVE_READING_THREADS', 0, 'a whole number (0 reads on the main thread)');

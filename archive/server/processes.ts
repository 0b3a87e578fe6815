/**
 * The server in several processes on one machine (node:cluster), so that answers, whose work is the
 * core's on one thread, use every core instead of waiting behind one another on one. Each worker is
 * a whole server (its own pool, gazetteer and rate counters: servers keep nothing between requests)
 * listening on the same port; the primary only hands out connections, starts a worker again when
 * one dies, and stops them all on SIGINT or SIGTERM.
 */
import cluster, { type Worker } from 'node:cluster';
import { countPerCore, type ServerLimits } from '../config';

/** One process a core, or SIDENOTE_ARCHIVE_PROCESSES of them; 1 serves in this process alone. */
export const serverProcesses = (environment: NodeJS.ProcessEnv = process.env): number =>
  countPerCore(environment, 'SIDENOTE_ARCHIVE_PROCESSES', 1, 'a whole number, at least 1');

/**
 * Each process counts rates alone, and the primary hands connections out in turn, so each gets its
 * share of the limits: together they let through about what one process would.
 */
export function limitsPerProcess(limits: ServerLimits, processes: number): ServerLimits {
  const share = (value: number) => Math.max(1, value / processes);
  return {
    ...limits,
    readerBurst: share(limits.readerBurst),
    readerPerSecond: limits.readerPerSecond / processes,
    addressBurst: share(limits.addressBurst),
    addressPerSecond: limits.addressPerSecond / processes,
  };
}

/** What a worker tells the primary once it listens. */
interface Listening {
  listening: string;
}

/** A worker that dies is started again after this long, so a fault that kills every request cannot spin. */
const RESTART_DELAY_MS = 1_000;

/**
 * Runs in the primary: starts `count` workers (this same script, run again by node:cluster), says
 * `onListening(address)` once the first listens, and starts again any that dies while the server
 * runs. A worker that dies before it ever listened means the server cannot start (no database, a
 * port taken): every worker is stopped and the primary exits with 1. Resolves once all are stopped.
 */
export function runPrimary(
  count: number,
  onListening: (address: string) => void,
  log: (line: string) => void = (line) => console.error(line),
): Promise<void> {
  let stopping = false;
  let announced = false;
  const listened = new WeakSet<Worker>();
  const start = () => {
    const worker = cluster.fork();
    worker.on('message', (message: Partial<Listening>) => {
      if (typeof message?.listening !== 'string') return;
      listened.add(worker);
      log(`archive: worker ${worker.process.pid} listening`);
      if (!announced) {
        announced = true;
        onListening(message.listening);
      }
    });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      log(`archive: worker ${worker.process.pid} exited (${signal ?? code})`);
      if (!listened.has(worker)) {
        log('archive: a worker could not start; stopping');
        process.exitCode = 1;
        stop();
        return;
      }
      setTimeout(() => stopping || start(), RESTART_DELAY_MS);
    });
  };
  const stopped = new Promise<void>((resolve) => {
    cluster.on('exit', () => {
      if (stopping && Object.keys(cluster.workers ?? {}).length === 0) resolve();
    });
  });
  function stop() {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
    if (workers.length === 0) process.exit();
    for (const worker of workers) worker.process.kill('SIGTERM');
  }
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (let i = 0; i < count; i++) start();
  return stopped;
}

/** In a worker: tells the primary where it listens (it prints the address once, for all). */
export function reportListening(address: string): void {
  process.send?.({ listening: address } satisfies Listening);
}

/**
 * Processor time, not the wall clock: on a machine shared with other work the wall clock counts the
 * waits for a core, while processor time counts what the answers themselves cost. Node's is this
 * process's (all its threads); PostgreSQL's is its cluster's, every process the postmaster started
 * (the backends answering and its own helpers), read from /proc, so Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Linux counts processor time in clock ticks of 10 ms (USER_HZ is 100 on every architecture it runs on). */
const MS_A_TICK = 10;

/** utime + stime of a process, in ms, and its parent's id; null when it is gone. */
function processTimes(pid: string): { ms: number; parent: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ms: (Number(fields[11]) + Number(fields[12])) * MS_A_TICK, parent: fields[1]! };
  } catch {
    return null;
  }
}

/** The processor time of a PostgreSQL cluster so far: its postmaster (from its pid file) and its children. */
export function clusterProcessorMs(dataFolder: string): number {
  const postmaster = readFileSync(join(dataFolder, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
  let ms = processTimes(postmaster)?.ms ?? 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const times = processTimes(pid);
    if (times?.parent === postmaster) ms += times.ms;
  }
  return ms;
}

/** This process's processor time so far, every thread, in ms. */
export function nodeProcessorMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

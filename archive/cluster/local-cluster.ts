/**
 * A private PostgreSQL cluster in a folder of its own: `initdb` there, `pg_ctl` with its unix socket
 * in that folder and no TCP port opened. What the tests and `npm run archive:up` run; no system
 * service is needed. PostgreSQL refuses to run as root, so as root its commands run as the
 * `postgres` user (Debian's package creates it) and the folder is handed to that user.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The superuser the cluster is made with: the archive's own role, nothing to do with the machine's users. */
export const CLUSTER_USER = 'sidenote';
/** Unix socket paths are limited to about 107 bytes; the socket is `FOLDER/.s.PGSQL.PORT`. */
const MAX_SOCKET_FOLDER = 90;

/** The newest PostgreSQL's binaries Debian installed (or SIDENOTE_POSTGRES_BIN), or null. */
export function postgresBinaries(): string | null {
  const chosen = process.env.SIDENOTE_POSTGRES_BIN;
  if (chosen) return existsSync(join(chosen, 'initdb')) ? chosen : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => /^\d{1,3}$/.test(version) && existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** A port no one listens on now: it only names the socket file, but a free one keeps it clear of a local server's. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface ClusterSettings {
  /** Faster and unsafe on power loss: for throwaway test clusters only. */
  throwaway?: boolean;
}

export class LocalCluster {
  constructor(
    readonly folder: string,
    readonly port: number,
    private readonly binaries: string,
  ) {
    if (folder.length > MAX_SOCKET_FOLDER)
      throw new Error(`the cluster folder's path is too long for a unix socket (over ${MAX_SOCKET_FOLDER} characters)`);
  }

  get dataFolder(): string {
    return join(this.folder, 'data');
  }

  get logFile(): string {
    return join(this.folder, 'postgres.log');
  }

  /** How node-postgres reaches it: the socket folder as the host. */
  connection(database: string) {
    return { host: this.folder, port: this.port, user: CLUSTER_USER, database };
  }

  private async command(name: string, args: string[]): Promise<string> {
    const binary = join(this.binaries, name);
    const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
    try {
      const { stdout } = await run(file, fullArgs, { cwd: this.folder, timeout: 60_000 });
      return stdout;
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`${name} failed: ${(stderr ?? String(error)).trim().split('\n').slice(-3).join(' ')}`);
    }
  }

  /** Makes the cluster when the folder holds none yet; its settings live in its own postgresql.conf. */
  async init({ throwaway = false }: ClusterSettings = {}): Promise<void> {
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    if (asRoot) chownSync(this.folder, ...postgresIds());
    if (existsSync(join(this.dataFolder, 'PG_VERSION'))) return;
    await this.command('initdb', [
      '-D',
      this.dataFolder,
      '-U',
      CLUSTER_USER,
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      ...(throwaway ? ['--no-sync'] : []),
    ]);
    // Reached only through the socket in the cluster's folder, which only its owner may enter.
    const settings = [
      `listen_addresses = ''`,
      `unix_socket_directories = '${this.folder.replaceAll("'", "''")}'`,
      `port = ${this.port}`,
      ...(throwaway ? ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'] : []),
    ];
    appendFileSync(join(this.dataFolder, 'postgresql.conf'), `\n# sidenote archive\n${settings.join('\n')}\n`);
  }

  /** The port the cluster was made with: a cluster kept in a folder keeps its port. */
  static configuredPort(folder: string): number | null {
    const file = join(folder, 'data', 'postgresql.conf');
    if (!existsSync(file)) return null;
    const match = /^port = (\d{1,5})$/m.exec(readFileSync(file, 'utf8'));
    return match ? Number(match[1]) : null;
  }

  async isRunning(): Promise<boolean> {
    try {
      await this.command('pg_ctl', ['-D', this.dataFolder, 'status']);
      return true;
    } catch {
      return false;
    }
  }

  async start(): Promise<void> {
    await this.command('pg_ctl', ['-D', this.dataFolder, '-l', this.logFile, '-w', '-t', '30', 'start']);
  }

  /** Fast: open connections are cut, as when the machine's PostgreSQL restarts. */
  async stop(): Promise<void> {
    await this.command('pg_ctl', ['-D', this.dataFolder, '-m', 'fast', '-w', '-t', '30', 'stop']);
  }

  /** Makes the database when the cluster has none of that name. */
  async createDatabase(name: string): Promise<void> {
    const client = new pg.Client(this.connection('postgres'));
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      // A name cannot be a parameter: it is quoted as an identifier instead.
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  }
}

function postgresIds(): [number, number] {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error('running as root, and there is no postgres user to run PostgreSQL as');
  return [Number(uid), Number(gid)];
}

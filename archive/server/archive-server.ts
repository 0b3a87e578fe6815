/**
 * The archive's HTTP server (node:http). Each request passes, in order: its address's rate limit,
 * a known route and method, a reader's bearer token, that reader's rate limit, then the route's own
 * checks (media type, size, schema). Every refusal is a JSON error with its status; PostgreSQL out of
 * reach is a 503 to retry, and the server answers again as soon as it is back, without a restart.
 * One line is logged a request: method, path, status, time and reader, never a body.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type pg from 'pg';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import { DEFAULT_LIMITS, type ServerLimits } from '../config';
import { isUnavailable } from '../db/database';
import { IngestRefused } from '../ingest/check-records';
import type { ArticleReader } from '../ingest/reading-pool';
import { ArchiveAnswers } from '../query/answer';
import { HttpError, sendError, sendJson } from './http-errors';
import { RateLimiter } from './rate-limit';
import { ReaderDirectory, type Reader } from './readers';
import { annotateRoute, figuresRoute, ingestRoute, type RouteContext } from './routes';

export interface ArchiveServerSettings {
  pool: pg.Pool;
  finder: PlaceFinder;
  /** What the sidebar calls the corpus. */
  name: string;
  limits?: ServerLimits;
  /** Records a batch of an ingest. */
  batchSize?: number;
  /** Who reads ingested articles with the core (readerFor); the finder on the server's thread unless given. */
  reader?: ArticleReader;
  log?: (line: string) => void;
}

type Handler = (request: IncomingMessage, context: RouteContext) => Promise<unknown>;
const ROUTES: Record<string, { method: string; handler: Handler; ingest?: true }> = {
  '/v1/annotate': { method: 'POST', handler: annotateRoute },
  '/v1/figures': { method: 'POST', handler: figuresRoute },
  '/v1/articles': { method: 'POST', handler: ingestRoute, ingest: true },
};

/** How long a client is told to wait before asking again while PostgreSQL is out of reach. */
const RETRY_UNAVAILABLE_SECONDS = 5;
/** A connection idle this long (no bytes either way) is closed: a client that stops sending mid-body frees it. */
const IDLE_TIMEOUT_MS = 120_000;

export function createArchiveServer(settings: ArchiveServerSettings): Server {
  const limits = settings.limits ?? DEFAULT_LIMITS;
  const log = settings.log ?? ((line: string) => console.log(line));
  const context: RouteContext = {
    pool: settings.pool,
    finder: settings.finder,
    answers: new ArchiveAnswers(settings.pool, settings.finder, settings.name),
    limits,
    batchSize: settings.batchSize,
    reader: settings.reader,
  };
  const readers = new ReaderDirectory(settings.pool);
  const byAddress = new RateLimiter(limits.addressBurst, limits.addressPerSecond);
  const byReader = new RateLimiter(limits.readerBurst, limits.readerPerSecond);

  async function handle(request: IncomingMessage): Promise<{ body: unknown; reader: Reader | null }> {
    const wait = byAddress.take(request.socket.remoteAddress ?? 'unknown');
    if (wait) throw new HttpError(429, 'too many requests from this address', { 'retry-after': String(wait) });
    const path = new URL(request.url ?? '/', 'http://archive').pathname;
    if (path === '/v1/health' && request.method === 'GET') return { body: await health(settings.pool), reader: null };
    const route = ROUTES[path];
    if (!route) throw new HttpError(404, `no such route: the archive answers ${Object.keys(ROUTES).join(', ')}`);
    if (request.method !== route.method)
      throw new HttpError(405, `${path} takes ${route.method}`, { allow: route.method });
    const reader = await authenticate(request, readers);
    if (route.ingest && !reader.mayIngest) throw new HttpError(403, 'this token may ask, not add articles');
    const readerWait = byReader.take(String(reader.id));
    if (readerWait) throw new HttpError(429, 'too many requests for this token', { 'retry-after': String(readerWait) });
    return { body: await route.handler(request, context), reader };
  }

  const server = createServer((request, response) => {
    const started = performance.now();
    let reader: Reader | null = null;
    handle(request)
      .then((handled) => {
        reader = handled.reader;
        sendJson(response, 200, handled.body);
      })
      .catch((error: unknown) => refuse(response, error, log))
      .finally(() => {
        const path = new URL(request.url ?? '/', 'http://archive').pathname.slice(0, 100);
        const time = Math.round(performance.now() - started);
        log(`${request.method ?? '-'} ${path} ${response.statusCode} ${time}ms ${reader?.name ?? '-'}`);
      });
  });
  // Ingests stream for as long as they take; a stalled client is cut by the idle timeout instead.
  server.requestTimeout = 0;
  server.timeout = IDLE_TIMEOUT_MS;
  return server;
}

async function authenticate(request: IncomingMessage, readers: ReaderDirectory): Promise<Reader> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer ([!-~]{1,200})$/.exec(header)?.[1];
  const challenge = { 'www-authenticate': 'Bearer realm="sidenote-archive"' };
  if (!token) throw new HttpError(401, 'send a reader token: Authorization: Bearer TOKEN', challenge);
  const reader = await readers.find(token);
  if (!reader) throw new HttpError(401, 'this token is not a reader’s, or it was revoked', challenge);
  return reader;
}

async function health(pool: pg.Pool) {
  const { rows } = await pool.query<{ articles: string }>('SELECT articles FROM archive_totals');
  return { ok: true, articles: Number(rows[0]?.articles ?? 0) };
}

function refuse(response: ServerResponse, error: unknown, log: (line: string) => void) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  // An unread body is not read to its end: the connection closes after the refusal.
  response.setHeader('connection', 'close');
  if (error instanceof HttpError) return sendError(response, error);
  if (error instanceof IngestRefused) return sendError(response, new HttpError(400, error.message));
  if (isUnavailable(error))
    return sendError(
      response,
      new HttpError(503, 'the archive’s database is out of reach; try again shortly', {
        'retry-after': String(RETRY_UNAVAILABLE_SECONDS),
      }),
    );
  // Logged without its message, which may quote what was sent (a page's words in a PostgreSQL error).
  const { name, code, stack } = error as { name?: string; code?: string; stack?: string };
  log(`error: ${name ?? 'unknown'}${code ? ` ${code}` : ''} ${(stack ?? '').split('\n').slice(1, 3).join(' ').trim()}`);
  sendError(response, new HttpError(500, 'the archive failed to answer; the error is logged'));
}

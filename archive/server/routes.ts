/**
 * What each route does once the request is let in (archive-server.ts checks the address, the route
 * and the token first). The answers take what the extension's background takes, the article the
 * content script extracted, checked against the background's own schema, and give the background's
 * reply shapes.
 */
import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import { annotateRequestSchema } from '../../utils/shared/messages';
import { z } from '../../utils/shared/zod';
import type { ServerLimits } from '../config';
import { ingest, type IngestSummary } from '../ingest/ingest';
import { readLines } from '../ingest/read-lines';
import type { ArticleReader } from '../ingest/reading-pool';
import type { ArchiveAnswers } from '../query/answer';
import { HttpError } from './http-errors';
import { limitedBody, mediaType, readJson } from './read-body';

export interface RouteContext {
  pool: pg.Pool;
  finder: PlaceFinder;
  answers: ArchiveAnswers;
  limits: ServerLimits;
  batchSize?: number;
  reader?: ArticleReader;
}

/** `{"article": {...}}`: the article of the background's `sidenote/annotate` and `sidenote/check-figures` messages. */
const answerRequestSchema = z.object({ article: annotateRequestSchema.shape.article });

async function articleOf(request: IncomingMessage, limits: ServerLimits) {
  if (mediaType(request) !== 'application/json') throw new HttpError(415, 'send the article as application/json');
  const parsed = answerRequestSchema.safeParse(await readJson(request, limits.maxRequestBytes));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'body';
    throw new HttpError(400, `${field}: ${issue?.message ?? 'invalid'} (expected {"article": {"text": ...}})`);
  }
  return parsed.data.article;
}

export async function annotateRoute(request: IncomingMessage, context: RouteContext) {
  const annotation = await context.answers.annotate(await articleOf(request, context.limits));
  return { ok: true as const, annotation };
}

export async function figuresRoute(request: IncomingMessage, context: RouteContext) {
  const consistency = await context.answers.checkFigures(await articleOf(request, context.limits));
  return { ok: true as const, consistency };
}

const INGEST_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/jsonlines']);
/** Names an ingest as a file name would: records without an id are named after it, so a rerun must give the same. */
const INGEST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export async function ingestRoute(request: IncomingMessage, context: RouteContext) {
  if (!INGEST_TYPES.has(mediaType(request)))
    throw new HttpError(415, 'send articles as application/x-ndjson, one a line');
  const name = new URL(request.url ?? '/', 'http://archive').searchParams.get('name') ?? 'ingest';
  if (!INGEST_NAME.test(name))
    throw new HttpError(400, 'name: 1-80 letters, digits and ._- (starting with a letter or digit)');
  const done: { progress: Omit<IngestSummary, 'rejections'> | null } = { progress: null };
  try {
    const lines = readLines(limitedBody(request, context.limits.maxIngestBytes), context.limits.maxLineCharacters);
    const summary = await ingest(context.pool, lines, {
      name,
      finder: context.finder,
      batchSize: context.batchSize,
      reader: context.reader,
      onBatch: (progress) => (done.progress = progress),
    });
    return { ok: true as const, ...summary };
  } catch (error) {
    // What was stored before the failure stays stored; sending the same lines again adds the rest.
    if (error instanceof HttpError && done.progress)
      throw new HttpError(error.status, error.message, error.headers, { ...error.details, stored: done.progress });
    throw error;
  }
}

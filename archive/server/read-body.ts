/**
 * A request's body, read only as far as its limit: a body declared larger is refused before a byte
 * is read, and one that runs over as it streams is refused as soon as it does.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-errors';

const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

export const tooLarge = (limit: number) => new HttpError(413, `the request body is over ${mebibytes(limit)}`);

/** Refuses a body whose declared length is over the limit, and returns the stream counted. */
export async function* limitedBody(request: IncomingMessage, limit: number): AsyncGenerator<Buffer> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  let read = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    read += chunk.length;
    if (read > limit) throw tooLarge(limit);
    yield chunk;
  }
}

/** The whole body as JSON, within the limit. */
export async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of limitedBody(request, limit)) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
}

/** The media type without its parameters ("application/json; charset=utf-8" → "application/json"). */
export const mediaType = (request: IncomingMessage) =>
  (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

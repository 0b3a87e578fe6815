/**
 * Every refusal is JSON, `{"ok": false, "error": "..."}` (the failure shape of the background's own
 * replies), with the status code that says whose fault it is and, where it helps, when to retry.
 */
import type { ServerResponse } from 'node:http';

export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** More fields for the body, such as what an interrupted ingest stored. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(payload);
}

export function sendError(response: ServerResponse, error: HttpError) {
  sendJson(response, error.status, { ok: false, error: error.message, ...error.details }, error.headers);
}

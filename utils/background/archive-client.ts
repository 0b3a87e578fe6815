import type { Annotation, Consistency } from '../core/results';
import type { ArchiveInUse } from '../extension/shared-archive';
import { archiveAnnotateReply, archiveFiguresReply, archiveRefusal } from '../shared/archive-replies';
import type { AnnotateRequest } from '../shared/messages';
import type { z } from '../shared/zod';

/** How long an archive may take before the sidebar says it did not answer and offers the local corpus. */
export const ARCHIVE_TIMEOUT_MS = 15_000;
/** A reply larger than this is no annotation of one page. */
const MAX_REPLY_CHARACTERS = 8_000_000;

type Article = AnnotateRequest['article'];

/**
 * Sidenote's side of a shared archive's API: the page's article goes to `POST /v1/annotate` and
 * `POST /v1/figures` with the reader's token, and only there; the reply is checked before any of it
 * reaches the sidebar. Every failure is an Error whose message the sidebar shows as it is.
 */
export class ArchiveClient {
  constructor(
    private readonly archive: ArchiveInUse,
    private readonly timeoutMs = ARCHIVE_TIMEOUT_MS,
  ) {}

  async annotate(article: Article): Promise<Annotation> {
    return (await this.post('/v1/annotate', article, archiveAnnotateReply)).annotation;
  }

  async checkFigures(article: Article): Promise<Consistency> {
    return (await this.post('/v1/figures', article, archiveFiguresReply)).consistency;
  }

  private async post<S extends typeof archiveAnnotateReply | typeof archiveFiguresReply>(
    path: string,
    article: Article,
    schema: S,
  ): Promise<Extract<z.infer<S>, { ok: true }>> {
    const { origin, host, token } = this.archive;
    let response: Response;
    try {
      response = await fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ article }),
        signal: AbortSignal.timeout(this.timeoutMs),
        // The archive is reached with the reader's token only: no cookies, nothing cached, and no
        // redirect that would carry the page's text to another address.
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new Error(
        timedOut
          ? `The shared archive at ${host} did not answer within ${(this.timeoutMs / 1000).toLocaleString('en')} seconds.`
          : `The shared archive at ${host} could not be reached.`,
      );
    }
    const body = await response.text().catch(() => '');
    if (body.length > MAX_REPLY_CHARACTERS) throw new Error(`The shared archive at ${host} sent too long an answer.`);
    const json = parseJson(body);
    if (!response.ok) {
      const refusal = archiveRefusal.safeParse(json);
      const why = refusal.success ? `: ${refusal.data.error}` : '';
      throw new Error(`The shared archive at ${host} refused the request (HTTP ${response.status})${why}`);
    }
    const reply = schema.safeParse(json);
    if (!reply.success) throw new Error(`The shared archive at ${host} sent an answer Sidenote cannot read.`);
    if (!reply.data.ok)
      throw new Error(`The shared archive at ${host} could not annotate this page: ${reply.data.error}`);
    return reply.data as Extract<z.infer<S>, { ok: true }>;
  }
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

import { z } from 'zod';
import type { Annotation } from '../core/types';

/**
 * Every message Sidenote sends, typed per direction. Receivers validate with these schemas as
 * well as checking the sender: a content script lives in a page Sidenote does not control.
 */

import { MAX_ARTICLE_CHARACTERS } from './limits';

// Extension pages forbid eval; zod would try compiling validators with new Function and fall back.
z.config({ jitless: true });

const nullableText = z.string().max(2_000).nullable().optional();

// Content script → background.
export const annotateRequestSchema = z.object({
  type: z.literal('sidenote/annotate'),
  article: z.object({
    text: z.string().min(1).max(MAX_ARTICLE_CHARACTERS),
    title: nullableText,
    byline: nullableText,
    siteName: nullableText,
    url: nullableText,
    lang: nullableText,
    publishedTime: nullableText,
  }),
});
export type AnnotateRequest = z.infer<typeof annotateRequestSchema>;
export type AnnotateResponse = { ok: true; annotation: Annotation } | { ok: false; error: string };

export type ContentToBackground = AnnotateRequest;

// Background → content script: no messages. A click that finds the sidebar open closes it
// through the isolated world (./sidebar-handle.ts).

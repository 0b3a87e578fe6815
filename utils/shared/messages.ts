import { z } from './zod';
import type { LocatorMap } from '../core/places/locator-map';
import type { Annotation, Consistency } from '../core/results';

/**
 * Every message Sidenote sends, typed per direction. Receivers validate with these schemas as
 * well as checking the sender: a content script lives in a page Sidenote does not control.
 */

import { MAX_ARTICLE_CHARACTERS } from './limits';

const nullableText = z.optional(z.nullable(z.string().check(z.maxLength(2_000))));

const articleSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(MAX_ARTICLE_CHARACTERS)),
  title: nullableText,
  byline: nullableText,
  siteName: nullableText,
  url: nullableText,
  lang: nullableText,
  publishedTime: nullableText,
});

// With a shared archive in use, the reader may ask for the local corpus instead (`local`), as when
// the archive does not answer. Replies from an archive name it (`archive`, its host), failures too.
const useLocal = z.optional(z.boolean());
/** Which shared archive answered, or failed to: absent when the local corpus did. */
type FromArchive = { archive?: string };

// Content script → background.
export const annotateRequestSchema = z.object({
  type: z.literal('sidenote/annotate'),
  article: articleSchema,
  local: useLocal,
});
export type AnnotateRequest = z.infer<typeof annotateRequestSchema>;
export type AnnotateResponse = ({ ok: true; annotation: Annotation } | { ok: false; error: string }) & FromArchive;

// Content script → background, after the sidebar shows (all the article's places on one map) and
// when the reader first opens a place's card (that place on its surroundings). Maps come apart
// from the annotation so that drawing them never delays it.
export const placeMapRequestSchema = z.object({
  type: z.literal('sidenote/place-map'),
  placeIds: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.minLength(1), z.maxLength(500)),
});
export type PlaceMapRequest = z.infer<typeof placeMapRequestSchema>;
export type PlaceMapResponse = { ok: true; map: LocatorMap } | { ok: false; error: string };

// Content script → background, once the sidebar shows the annotation: the article's figures,
// checked. Apart from the annotation because reading the related articles' figures takes longer.
export const checkFiguresRequestSchema = z.object({
  type: z.literal('sidenote/check-figures'),
  article: articleSchema,
  local: useLocal,
});
export type CheckFiguresRequest = z.infer<typeof checkFiguresRequestSchema>;
export type CheckFiguresResponse = ({ ok: true; consistency: Consistency } | { ok: false; error: string }) &
  FromArchive;

export type ContentToBackground = AnnotateRequest | PlaceMapRequest | CheckFiguresRequest;

/** Each request's reply, by its type: the one place that says what a request gets back. */
export interface BackgroundReplies {
  'sidenote/annotate': AnnotateResponse;
  'sidenote/place-map': PlaceMapResponse;
  'sidenote/check-figures': CheckFiguresResponse;
}
export type ReplyTo<Request extends ContentToBackground> = BackgroundReplies[Request['type']];
/** What the background does for each request. */
export type BackgroundHandlers = {
  [Type in keyof BackgroundReplies]: (
    request: Extract<ContentToBackground, { type: Type }>,
  ) => Promise<BackgroundReplies[Type]>;
};
export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  annotateRequestSchema,
  placeMapRequestSchema,
  checkFiguresRequestSchema,
]);

// Background → content script: no messages. A click that finds the sidebar open closes it
// through the isolated world (utils/page/sidebar-handle.ts).

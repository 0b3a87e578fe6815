import { z } from './zod';
import type { LocatorMap } from '../core/places/locator-map';
import type { PlaceInArticle } from '../core/results';
import type { PageChange } from './sidebar-state';
import type { SidebarState } from './sidebar-state';

/**
 * What the content script and Sidenote's own frames (the sidebar, the place card) say to each
 * other, typed per direction. They talk over a port of the extension's messaging (in Firefox, a
 * channel handed to the frame: frame-handover.ts), which a page's script cannot open, read or
 * write: the frames are extension pages, and what they show stays in their own origin.
 */

/** The two frames, by the page that renders each (an unlisted extension page of the same name). */
export type FrameKind = 'sidebar' | 'place-card';

// Content script → sidebar frame.
export type ToSidebar =
  | { type: 'state'; state: SidebarState; pageChange: PageChange | null }
  /** Open the place's entry in the Places section and give it the keyboard focus. */
  | { type: 'focus-place'; placeId: string }
  /** Take the keyboard focus (the frame already has the document focus). */
  | { type: 'focus' };

// Sidebar frame → content script.
export type FromSidebar =
  | { type: 'close' }
  | { type: 'select-place'; placeId: string }
  | { type: 'show-sentence'; sentence: string }
  | { type: 'rerun' }
  /** The shared archive failed: annotate this page against the local corpus instead. */
  | { type: 'use-local' }
  /** The Places section scrolled into view for the first time: its map may be drawn now. */
  | { type: 'places-visible' }
  /** The first answer (ready, no article, error) has been painted. */
  | { type: 'painted' };

// Content script → place card frame.
export type ToPlaceCard = { type: 'show'; place: PlaceInArticle; map: LocatorMap | string | null } | { type: 'hide' };

// Place card frame → content script.
export type FromPlaceCard =
  /** The rendered card's height, for the content script to size and place its frame. */
  { type: 'size'; placeId: string; height: number } | { type: 'show-in-sidebar'; placeId: string } | { type: 'escape' };

export interface FrameTraffic {
  sidebar: { toFrame: ToSidebar; fromFrame: FromSidebar };
  'place-card': { toFrame: ToPlaceCard; fromFrame: FromPlaceCard };
}

const placeId = z.string().check(z.minLength(1), z.maxLength(80));
const message = <T extends string, S extends Record<string, z.core.SomeType>>(type: T, fields: S) =>
  z.object({ type: z.literal(type), ...fields });

/** Each direction's messages, checked on arrival as the background checks its requests (messages.ts). */
const SCHEMAS = {
  sidebar: {
    toFrame: z.discriminatedUnion('type', [
      message('state', {
        state: z.looseObject({ status: z.string() }),
        pageChange: z.nullable(z.enum(['navigated', 'content'])),
      }),
      message('focus-place', { placeId }),
      message('focus', {}),
    ]),
    fromFrame: z.discriminatedUnion('type', [
      message('close', {}),
      message('select-place', { placeId }),
      message('show-sentence', { sentence: z.string() }),
      message('rerun', {}),
      message('use-local', {}),
      message('places-visible', {}),
      message('painted', {}),
    ]),
  },
  'place-card': {
    toFrame: z.discriminatedUnion('type', [
      message('show', { place: z.looseObject({ id: placeId }), map: z.unknown() }),
      message('hide', {}),
    ]),
    fromFrame: z.discriminatedUnion('type', [
      message('size', { placeId, height: z.number().check(z.gte(0)) }),
      message('show-in-sidebar', { placeId }),
      message('escape', {}),
    ]),
  },
};

/** Whether `message` is one of the messages `kind`'s frame takes (`toFrame`) or sends (`fromFrame`), with its fields. */
export function isFrameMessage<K extends FrameKind, D extends 'toFrame' | 'fromFrame'>(
  kind: K,
  direction: D,
  message: unknown,
): message is FrameTraffic[K][D] {
  return SCHEMAS[kind][direction].safeParse(message).success;
}

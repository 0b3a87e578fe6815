import type { LocatorMap } from '../core/places/locator-map';
import type { PlaceInArticle } from '../core/types';
import type { PageChange } from '../sidebar/page-watch';
import type { SidebarState } from '../sidebar/state';

/**
 * What the content script and Sidenote's own frames (the sidebar, the place card) say to each
 * other, typed per direction. They talk over a port of the extension's messaging, which a page's
 * script cannot open, read or write: the frames are extension pages, and what they show stays in
 * their own origin.
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
  /** The Places section scrolled into view for the first time: its map may be drawn now. */
  | { type: 'places-visible' }
  /** The first answer (ready, no article, error) has been painted. */
  | { type: 'painted' };

// Content script → place card frame.
export type ToPlaceCard =
  | { type: 'show'; place: PlaceInArticle; map: LocatorMap | string | null }
  | { type: 'hide' };

// Place card frame → content script.
export type FromPlaceCard =
  /** The rendered card's height, for the content script to size and place its frame. */
  | { type: 'size'; placeId: string; height: number }
  | { type: 'show-in-sidebar'; placeId: string }
  | { type: 'escape' };

export interface FrameTraffic {
  sidebar: { toFrame: ToSidebar; fromFrame: FromSidebar };
  'place-card': { toFrame: ToPlaceCard; fromFrame: FromPlaceCard };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown) => typeof value === 'string';

/** Each message's fields, by direction and type: what a side checks before acting on a message. */
const SHAPES: { [K in FrameKind]: Record<'toFrame' | 'fromFrame', Record<string, (message: Record<string, unknown>) => boolean>> } = {
  sidebar: {
    toFrame: {
      state: (message) => isObject(message.state) && isString(message.state.status) && (message.pageChange === null || message.pageChange === 'navigated' || message.pageChange === 'content'),
      'focus-place': (message) => isString(message.placeId),
      focus: () => true,
    },
    fromFrame: {
      close: () => true,
      'select-place': (message) => isString(message.placeId),
      'show-sentence': (message) => isString(message.sentence),
      rerun: () => true,
      'places-visible': () => true,
      painted: () => true,
    },
  },
  'place-card': {
    toFrame: {
      show: (message) => isObject(message.place) && isString(message.place.id),
      hide: () => true,
    },
    fromFrame: {
      size: (message) => isString(message.placeId) && typeof message.height === 'number' && Number.isFinite(message.height) && message.height >= 0,
      'show-in-sidebar': (message) => isString(message.placeId),
      escape: () => true,
    },
  },
};

/** Whether `message` is one of the messages `kind`'s frame takes (`toFrame`) or sends (`fromFrame`), with its fields. */
export function isFrameMessage<K extends FrameKind, D extends 'toFrame' | 'fromFrame'>(kind: K, direction: D, message: unknown): message is FrameTraffic[K][D] {
  if (!isObject(message) || !isString(message.type)) return false;
  const shapes = SHAPES[kind][direction];
  // Own keys only: a type such as "toString" names no message.
  return Object.hasOwn(shapes, message.type as string) && shapes[message.type as string]!(message);
}

import type { LocatorMap } from '../core/places/locator-map';
import type { Annotation, Consistency } from '../core/results';

/** How the page changed under an open sidebar: a client-side navigation, or its content. */
export type PageChange = 'navigated' | 'content';

/** The article's figures: being checked, checked, or not checkable (the message says why). */
export type FiguresState =
  { status: 'checking' } | { status: 'done'; consistency: Consistency } | { status: 'error'; message: string };

export interface ReadyState {
  status: 'ready';
  annotation: Annotation;
  truncated: boolean;
  /** All the article's places on one map; null until the background has drawn it. */
  placesMap: LocatorMap | null;
  /** The place the reader asked about (from a highlight, a card or the list). */
  focusedPlaceId: string | null;
  /** Mentions highlighted in the page; null until highlighting is done. */
  highlighted: number | null;
  figures: FiguresState;
  /** The shared archive that answered (its host), or null for the local corpus. */
  archive: string | null;
}

/** Everything the sidebar renders, owned by its controller. */
export type SidebarState =
  | { status: 'loading' }
  | { status: 'no-article'; reason: string }
  /** `archive`: the shared archive that failed (its host), for the sidebar to offer the local corpus. */
  | { status: 'error'; message: string; archive?: string }
  | ReadyState;

import type { Annotation } from '../core/types';

/** Everything the sidebar renders, owned by its controller. */
export type SidebarState =
  | { status: 'loading' }
  | { status: 'no-article'; reason: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; annotation: Annotation; truncated: boolean };

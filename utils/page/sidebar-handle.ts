/**
 * How a toolbar click finds an open sidebar: the content script leaves a close function on the
 * extension's isolated world (shared by its content scripts in that frame, invisible to the page).
 * Each click injects the content script; a new run that finds the handle closes the sidebar and
 * stops there. One injection per click, and no message round trip a busy tab could leave hanging.
 */
import type { Destroyable } from './destroyable';

const SIDEBAR_HANDLE = '__sidenoteCloseSidebar';
const handles = globalThis as unknown as Record<string, (() => void) | undefined>;

/** Closes the sidebar an earlier run left open; false when there is none. */
export function closeOpenSidebar(): boolean {
  const close = handles[SIDEBAR_HANDLE];
  if (typeof close !== 'function') return false;
  close();
  return true;
}

/** Leaves `close` for the next click to find, until destroyed. */
export function leaveSidebarHandle(close: () => void): Destroyable {
  handles[SIDEBAR_HANDLE] = close;
  return {
    destroy: () => {
      if (handles[SIDEBAR_HANDLE] === close) delete handles[SIDEBAR_HANDLE];
    },
  };
}

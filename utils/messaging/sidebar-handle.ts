/**
 * How a toolbar click finds an open sidebar: the content script leaves a close function on the
 * extension's isolated world (shared by its content scripts in that frame, invisible to the page),
 * and the background's probe calls it. No message round trip that a busy tab could leave hanging.
 */
export const SIDEBAR_HANDLE = '__sidenoteCloseSidebar';

/** Runs in the page's isolated world via scripting.executeScript: must stay self-contained. */
export function closeOpenSidebar(handleName: string): boolean {
  const close = (globalThis as Record<string, unknown>)[handleName];
  if (typeof close !== 'function') return false;
  (close as () => void)();
  return true;
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { PageChange } from '../shared/sidebar-state';
import type { Destroyable } from './destroyable';

// A change this large (characters of the page's text, or this share of it) is new content, not a ticking clock or a new comment.
const MIN_CHANGE_CHARACTERS = 500;
const MIN_CHANGE_SHARE = 0.15;
const SETTLE_MS = 1_000;

/**
 * Tells once when the page the sidebar describes is no longer the page the reader sees: a
 * client-side navigation (WXT's location change event), or content that arrived or went after
 * Sidenote read it (its text grew or shrank by much). Sidenote's own additions change no text:
 * highlights wrap existing text, its sidebar and cards are frames of its own. Destroying the watch
 * stops it; the content script's invalidation stops it too.
 */
export function watchPage(ctx: ContentScriptContext, onChange: (change: PageChange) => void): Destroyable {
  const body = document.body;
  const baseline = body?.textContent?.length ?? 0;
  let stopped = false;
  let timer: number | null = null;
  const observer = new MutationObserver(() => {
    if (timer !== null || stopped) return;
    timer = ctx.setTimeout(() => {
      timer = null;
      const length = document.body?.textContent?.length ?? 0;
      if (Math.abs(length - baseline) > Math.max(MIN_CHANGE_CHARACTERS, baseline * MIN_CHANGE_SHARE)) report('content');
    }, SETTLE_MS);
  });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  };
  const report = (change: PageChange) => {
    if (stopped) return;
    stop();
    onChange(change);
  };
  if (body) observer.observe(body, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => report('navigated'));
  ctx.onInvalidated(stop);
  return { destroy: stop };
}

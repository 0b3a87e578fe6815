import { browser, type Browser } from 'wxt/browser';
import { BUNDLED_INDEX_PATH, CorpusService } from '@/utils/background/corpus-service';
import { annotateRequestSchema, type AnnotateResponse, type ToggleRequest, type ToggleResponse } from '@/utils/messaging/messages';
import { isOwnContentScript } from '@/utils/messaging/sender';

export default defineBackground(() => {
  const corpus = new CorpusService(async () => {
    // The index is generated at build time, so WXT's list of public paths does not know it.
    const url = (browser.runtime.getURL as (path: string) => string)(BUNDLED_INDEX_PATH);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the bundled corpus is missing (${response.status})`);
    return response.json();
  });

  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleSidebar(tab.id);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return undefined;
    const request = annotateRequestSchema.safeParse(message);
    if (!request.success) return Promise.resolve<AnnotateResponse>({ ok: false, error: 'malformed request' });
    return corpus.annotate(request.data.article).then(
      (annotation): AnnotateResponse => ({ ok: true, annotation }),
      (error: unknown): AnnotateResponse => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
});

/**
 * A click toggles: an open sidebar in the tab answers the toggle message and closes; otherwise
 * nothing answers and the content script is injected (activeTab grants that tab for this click).
 */
async function toggleSidebar(tabId: number): Promise<void> {
  try {
    const toggle: ToggleRequest = { type: 'sidenote/toggle' };
    const answer = (await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 })) as ToggleResponse | undefined;
    if (answer) return;
  } catch {
    // No Sidenote in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch (error) {
    // Pages extensions may not touch (the Web Store, chrome:// pages): nothing to show them on.
    console.info('Sidenote cannot run on this page:', error instanceof Error ? error.message : error);
  }
}

import { browser } from 'wxt/browser';
import { extractArticle } from '@/utils/extract/extract-article';
import { MAX_ARTICLE_CHARACTERS } from '@/utils/messaging/limits';
import type { AnnotateRequest, AnnotateResponse } from '@/utils/messaging/messages';
import { closeOpenSidebar, leaveSidebarHandle } from '@/utils/messaging/sidebar-handle';
import { SidebarController } from '@/utils/sidebar/controller';

// Runs as the script is injected, before WXT starts this run's context (which invalidates older
// runs): a click while the sidebar is open closes it, and that is all this run does.
const closedAnOpenSidebar = closeOpenSidebar();

/**
 * Injected by the background on a toolbar click (never declared for any site). Extracts the
 * article, opens the sidebar, asks the background to annotate, and renders the answer.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (closedAnOpenSidebar) return;
    const extraction = extractArticle(document);
    const sidebar = new SidebarController(ctx);
    sidebar.onClose(leaveSidebarHandle(() => sidebar.close()));

    await sidebar.open();
    if (extraction.kind === 'no-article') {
      sidebar.show({ status: 'no-article', reason: extraction.reason });
      return;
    }
    const { excerpt: _excerpt, ...article } = extraction.article;
    const truncated = article.text.length > MAX_ARTICLE_CHARACTERS;
    const request: AnnotateRequest = {
      type: 'sidenote/annotate',
      article: { ...article, text: article.text.slice(0, MAX_ARTICLE_CHARACTERS) },
    };
    try {
      const response = (await browser.runtime.sendMessage(request)) as AnnotateResponse | undefined;
      if (!sidebar.isOpen) return;
      if (!response) sidebar.show({ status: 'error', message: 'Sidenote’s background did not answer.' });
      else if (response.ok) sidebar.show({ status: 'ready', annotation: response.annotation, truncated });
      else sidebar.show({ status: 'error', message: response.error });
    } catch (error) {
      if (sidebar.isOpen) sidebar.show({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  },
});

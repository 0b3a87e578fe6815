import { browser, type Browser } from 'wxt/browser';
import { extractArticle } from '@/utils/extract/extract-article';
import {
  MAX_ARTICLE_CHARACTERS,
  toggleRequestSchema,
  type AnnotateRequest,
  type AnnotateResponse,
  type ToggleResponse,
} from '@/utils/messaging/messages';
import { isOwnExtension } from '@/utils/messaging/sender';
import { SidebarController } from '@/utils/sidebar/controller';

/**
 * Injected by the background on a toolbar click (never declared for any site). Extracts the
 * article, opens the sidebar, asks the background to annotate, and renders the answer.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const extraction = extractArticle(document);
    const sidebar = new SidebarController(ctx);

    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): Promise<ToggleResponse> | undefined => {
      if (!isOwnExtension(sender, browser.runtime.id) || !toggleRequestSchema.safeParse(message).success) return undefined;
      sidebar.close();
      return Promise.resolve({ open: false });
    };
    browser.runtime.onMessage.addListener(onMessage);
    sidebar.onClose(() => browser.runtime.onMessage.removeListener(onMessage));

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

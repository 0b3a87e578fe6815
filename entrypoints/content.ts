import { now, since } from '@/utils/core/clock';
import { extractArticle } from '@/utils/extract/extract-article';
import { MAX_ARTICLE_CHARACTERS } from '@/utils/shared/limits';
import type { Annotation } from '@/utils/core/results';
import { PlaceHighlighter } from '@/utils/page/highlighter';
import type { AnnotateRequest } from '@/utils/shared/messages';
import { askBackground } from '@/utils/page/ask-background';
import { SentenceFlasher } from '@/utils/page/sentence-flash';
import { watchPage } from '@/utils/page/page-watch';
import { CARD_TAG, PlaceCardController } from '@/utils/page/card-controller';
import { closeOpenSidebar, leaveSidebarHandle } from '@/utils/page/sidebar-handle';
import { SIDEBAR_TAG, SidebarController } from '@/utils/page/sidebar-controller';
import { takeAutomaticRun } from '@/utils/page/automatic-run';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Runs as the script is injected, before WXT starts this run's context (which invalidates older
// runs): a click while the sidebar is open closes it, and that is all this run does.
const closedAnOpenSidebar = closeOpenSidebar();
/** When this run began (ms since the epoch), so a benchmark can tell injection from the rest of the wait. */
const scriptStarted = performance.timeOrigin + performance.now();

/** How long highlighting waits for the sidebar's frame to paint before going ahead without it. */
const SIDEBAR_PAINT_WAIT_MS = 1000;

/**
 * Injected by the background on a toolbar click (never declared for any site), or registered on
 * the sites the reader listed for automatic annotation. Extracts the article, opens the sidebar,
 * asks the background to annotate, and renders the answer.
 */
async function requestMap(placeIds: string[]) {
  const response = await askBackground({ type: 'sidenote/place-map', placeIds });
  if (!response?.ok) throw new Error(response?.error ?? 'no answer');
  return response.map;
}

/** Highlights the article's places in the page, with their hover cards, for as long as the sidebar is open. */
async function showPlaces(
  ctx: ContentScriptContext,
  sidebar: SidebarController,
  annotation: Annotation,
): Promise<void> {
  if (annotation.places.length === 0) return;
  const isOwnElement = (element: Element) => element.localName === SIDEBAR_TAG || element.localName === CARD_TAG;
  const highlighter = new PlaceHighlighter(ctx, isOwnElement);
  const places = new Map(annotation.placeDetails.map((place) => [place.id, place]));
  const cards = new PlaceCardController(
    ctx,
    places,
    (id) => requestMap([id]),
    (id) => sidebar.focusPlace(id),
    () => sidebar.width,
  );
  sidebar.adopt(highlighter);
  sidebar.adopt(cards);
  cards.mount();
  const labelOf = (mention: Annotation['places'][number]) =>
    `${mention.surface}: ${places.get(mention.id)?.name ?? 'place'}, show details`;
  sidebar.whenPlacesVisible(() => {
    requestMap(annotation.placeDetails.map((place) => place.id)).then(
      (placesMap) => sidebar.update({ placesMap }),
      () => undefined, // the list stands without its map
    );
  });
  sidebar.update({ highlighted: await highlighter.highlight(annotation.places, labelOf) });
}

/** Asks the background to check the article's figures, and gives the sidebar the answer; a note's click takes the reader to its sentence. */
async function showFigures(
  ctx: ContentScriptContext,
  sidebar: SidebarController,
  article: AnnotateRequest['article'],
  local: boolean,
): Promise<void> {
  const isOwnElement = (element: Element) => element.localName === SIDEBAR_TAG || element.localName === CARD_TAG;
  const flasher = new SentenceFlasher(ctx, isOwnElement);
  sidebar.adopt(flasher);
  sidebar.onShowSentence((sentence) => flasher.flash(sentence));
  try {
    const response = await askBackground({ type: 'sidenote/check-figures', article, local });
    if (!response) sidebar.update({ figures: { status: 'error', message: 'Sidenote’s background did not answer.' } });
    else if (!response.ok) sidebar.update({ figures: { status: 'error', message: response.error } });
    else sidebar.update({ figures: { status: 'done', consistency: response.consistency } });
  } catch (error) {
    sidebar.update({ figures: { status: 'error', message: error instanceof Error ? error.message : String(error) } });
  }
}

function withoutExcerpt<T extends { excerpt?: unknown }>({ excerpt: _excerpt, ...rest }: T): Omit<T, 'excerpt'> {
  return rest;
}

/** Why there is nothing to read, said honestly when the page shows its content in frames. */
function noArticleReason(reason: string): string {
  const framed =
    document.querySelector('frameset, frame') !== null ||
    (document.querySelector('iframe') !== null && (document.body?.innerText.trim().length ?? 0) < 500);
  return framed
    ? `${reason} This page shows its content in frames, which Sidenote does not read: open the article on its own and click again.`
    : reason;
}

/**
 * Reads the page and shows the sidebar. When the page changes under it (a client-side
 * navigation, content arriving late), the sidebar says so and offers to read it again: the
 * reader's click runs this again in a fresh sidebar.
 */
async function annotatePage(ctx: ContentScriptContext, automatic = false, local = false): Promise<void> {
  // Asked by a click, the sidebar's frame starts loading first, alongside Readability and the
  // background's work; unasked, on a site the reader listed, only once there is an article to show.
  const sidebar = new SidebarController(ctx);
  sidebar.adopt(leaveSidebarHandle(() => sidebar.destroy()));
  if (!automatic) sidebar.open();
  const extractStarted = now();
  const extraction = extractArticle(document);
  const extractTime = since(extractStarted);
  // Unasked, on a site the reader listed: a page without an article (a front page) is left alone.
  if (automatic && extraction.kind === 'no-article') {
    sidebar.destroy();
    return;
  }
  // The background starts annotating while the sidebar is being built.
  const article = extraction.kind === 'article' ? withoutExcerpt(extraction.article) : null;
  const truncated = article !== null && article.text.length > MAX_ARTICLE_CHARACTERS;
  const sent = article ? { ...article, text: article.text.slice(0, MAX_ARTICLE_CHARACTERS) } : null;
  const answer = sent ? askBackground({ type: 'sidenote/annotate', article: sent, local }) : null;
  answer?.catch(() => undefined); // handled below, once the sidebar is there to show it

  sidebar.open(); // (already open after a click)
  const sidebarOpened = since(extractStarted);
  // Watching starts once the sidebar shows: its baseline read of the page's text stays off the click's path.
  const pageWatch = watchPage(ctx, (change) =>
    sidebar.pageChanged(change, () => {
      sidebar.destroy();
      void annotatePage(ctx);
    }),
  );
  sidebar.adopt(pageWatch);
  if (extraction.kind === 'no-article' || !answer || !sent) {
    sidebar.show({
      status: 'no-article',
      reason: extraction.kind === 'no-article' ? noArticleReason(extraction.reason) : '',
    });
    return;
  }
  try {
    const response = await answer;
    const answered = since(extractStarted);
    if (!sidebar.isOpen) return;
    if (!response) sidebar.show({ status: 'error', message: 'Sidenote’s background did not answer.' });
    else if (!response.ok) {
      sidebar.show({ status: 'error', message: response.error, archive: response.archive });
      // A shared archive that failed: the reader may read this page against the local corpus.
      sidebar.onUseLocal(() => {
        sidebar.destroy();
        void annotatePage(ctx, false, true);
      });
    } else {
      // Readability's share of the wait, beside the background's, in the sidebar's timing line.
      const annotation = {
        ...response.annotation,
        timings: { scriptStarted, extract: extractTime, sidebarOpened, answered, ...response.annotation.timings },
      };
      sidebar.show({
        status: 'ready',
        annotation,
        truncated,
        placesMap: null,
        focusedPlaceId: null,
        highlighted: null,
        figures: { status: 'checking' },
        archive: response.archive ?? null,
      });
      const figures = showFigures(ctx, sidebar, sent, local);
      // Highlighting walks and wraps the page's text on this thread, which also hands the sidebar's
      // frame its load event and its messages: it waits until the frame has painted the answer.
      await sidebar.painted(SIDEBAR_PAINT_WAIT_MS);
      if (!sidebar.isOpen) return;
      await Promise.all([showPlaces(ctx, sidebar, annotation), figures]);
    }
  } catch (error) {
    if (sidebar.isOpen)
      sidebar.show({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT's start-up message by window.postMessage would tell every page that Sidenote ran, and its id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const automatic = takeAutomaticRun();
    if (closedAnOpenSidebar) return;
    await annotatePage(ctx, automatic);
  },
});

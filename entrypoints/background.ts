import { browser, type Browser } from 'wxt/browser';
import { bundledCorpus } from '@/utils/background/bundled-corpus';
import { bundledGazetteer, bundledOutlines } from '@/utils/extension/bundled-files';
import { CorpusService } from '@/utils/background/corpus-service';
import { automaticSites, forgetRevokedHosts, syncAutomaticAnnotation } from '@/utils/extension/automatic-annotation';
import { librarySource } from '@/utils/background/library-source';
import { MapService } from '@/utils/extension/map-service';
import { contentToBackgroundSchema, type BackgroundHandlers, type PlaceMapResponse } from '@/utils/shared/messages';
import { isOwnContentScript } from '@/utils/background/sender';
import { ArchiveClient } from '@/utils/background/archive-client';
import { archiveInUse } from '@/utils/extension/shared-archive';

export default defineBackground(() => {
  const corpus = new CorpusService(librarySource(bundledCorpus()), bundledGazetteer);
  const maps = new MapService(bundledOutlines);
  const failure = (error: unknown) => ({
    ok: false as const,
    error: error instanceof Error ? error.message : String(error),
  });

  async function placeMap(placeIds: string[]): Promise<PlaceMapResponse> {
    const places = (await Promise.all(placeIds.map((id) => corpus.place(id)))).filter((place) => place !== undefined);
    if (places.length === 0) return { ok: false, error: 'no such place' };
    const points = places.map(({ id, lat, lon }) => ({ id, lat, lon }));
    return { ok: true, map: points.length === 1 ? await maps.locator(points[0]!) : await maps.overview(points) };
  }

  // Automatic annotation follows the reader's list of sites and the hosts the browser grants.
  browser.runtime.onInstalled.addListener(() => void syncAutomaticAnnotation());
  browser.runtime.onStartup.addListener(() => void syncAutomaticAnnotation());
  automaticSites.watch(() => void syncAutomaticAnnotation());
  browser.permissions.onRemoved.addListener((removed) => void forgetRevokedHosts(removed.origins));

  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    corpus.prepare(); // (also with an archive in use: the reader may fall back on the local corpus)
    void toggleSidebar(tab.id, tab.url);
  });

  /**
   * Who answers a page: the shared archive the reader chose (unless they asked for the local corpus
   * this time), else the corpus in this browser. Both answer alike; a reply, failed or not, names
   * the archive that gave it.
   */
  const answererFor = async (request: { local?: boolean }) => {
    const archive = request.local ? null : await archiveInUse();
    return archive
      ? { answerer: new ArchiveClient(archive), from: { archive: archive.host } }
      : { answerer: corpus, from: {} };
  };

  const handlers: BackgroundHandlers = {
    'sidenote/annotate': async (request) => {
      const { answerer, from } = await answererFor(request);
      return answerer.annotate(request.article).then(
        (annotation) => ({ ok: true, annotation, ...from }),
        (error: unknown) => ({ ...failure(error), ...from }),
      );
    },
    'sidenote/place-map': (request) => placeMap(request.placeIds).catch(failure),
    'sidenote/check-figures': async (request) => {
      const { answerer, from } = await answererFor(request);
      return answerer.checkFigures(request.article).then(
        (consistency) => ({ ok: true, consistency, ...from }),
        (error: unknown) => ({ ...failure(error), ...from }),
      );
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return undefined;
    const request = contentToBackgroundSchema.safeParse(message);
    if (!request.success) return Promise.resolve({ ok: false, error: 'malformed request' });
    // Each handler takes the request of its own type: the schema's union narrows no further here.
    return handlers[request.data.type](request.data as never);
  });
});

/**
 * A click toggles: the content script is injected (activeTab grants the tab for this click; Sidenote
 * has no host permissions) and opens the sidebar, or closes the one an earlier click opened.
 */
async function toggleSidebar(tabId: number, clickedUrl: string | undefined): Promise<void> {
  try {
    await withGrantRetry(async () => {
      // A click that waited (a busy worker, a retry) must not land on the next page of the tab: it
      // would open or close a sidebar the reader never asked for there.
      // (Without the click's grant in effect yet the URL is hidden; executeScript then decides.)
      const current = await browser.tabs.get(tabId);
      if (current.url !== undefined && clickedUrl !== undefined && current.url !== clickedUrl)
        throw new Error('the page changed since the click');
      return browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    });
  } catch (error) {
    // Pages extensions may not touch (the Web Store, chrome:// pages): nothing to show them on.
    console.info('Sidenote cannot run on this page:', error instanceof Error ? error.message : error);
  }
}

/**
 * Chromium sometimes applies a click's activeTab grant a moment after action.onClicked fires
 * (seen in about 1 click in 20 right after a page loads): the first injection is refused as if
 * Sidenote had no access. Trying again shortly after succeeds; a page Sidenote really may not
 * touch fails every attempt and is reported as such.
 */
async function withGrantRetry<T>(inject: () => Promise<T>, delaysMs = [100, 250, 500]): Promise<T> {
  for (const delay of delaysMs) {
    try {
      return await inject();
    } catch (error) {
      if (!/Cannot access contents of the page/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return inject();
}

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { hostOfPattern, siteOf } from '../shared/site-pattern';

/**
 * The sites the reader asked Sidenote to annotate without a click (by host), kept in extension
 * storage. Sidenote reads a listed site's pages only while the browser grants it that host: the
 * options page asks for it when the reader adds the site, and the reader may take it back at any
 * time, here or in the browser's own extension settings.
 */
export const automaticSites = storage.defineItem<string[]>('local:automaticSites', { fallback: [] });

const SCRIPT_ID = 'sidenote-automatic';
/** Run before the content script, in the same isolated world: tells it no click asked for this run. */
const AUTOMATIC_FLAG_SCRIPT = '/automatic-run.js';
const CONTENT_SCRIPT = '/content-scripts/content.js';

let syncing: Promise<void> = Promise.resolve();

/**
 * Registers the content script on exactly the listed sites whose host the browser still grants
 * (none when the list is empty). Calls are serialized: the list may change while one runs.
 */
export function syncAutomaticAnnotation(): Promise<void> {
  syncing = syncing.then(register, register);
  return syncing;
}

async function register(): Promise<void> {
  const matches: string[] = [];
  for (const entry of await automaticSites.getValue()) {
    const { patterns } = siteOf(entry);
    if (await browser.permissions.contains({ origins: patterns })) matches.push(...patterns);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: [AUTOMATIC_FLAG_SCRIPT, CONTENT_SCRIPT], runAt: 'document_idle', allFrames: false },
  ]);
}

/** A host the reader took back in the browser's settings leaves the list too. */
export async function forgetRevokedHosts(origins: readonly string[] = []): Promise<void> {
  const revoked = new Set(origins.map(hostOfPattern).filter((host) => host !== null));
  if (revoked.size === 0) return;
  const entries = await automaticSites.getValue();
  const kept = entries.filter((entry) => !revoked.has(siteOf(entry).host));
  if (kept.length !== entries.length) await automaticSites.setValue(kept);
}

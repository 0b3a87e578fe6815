import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseArchiveAddress, tokenProblem } from '../shared/archive-address';

/** The shared archive the reader chose on the options page: where it is, and their reader token. */
export interface SharedArchiveSetting {
  origin: string;
  token: string;
}

/**
 * Kept in the extension's own storage, which pages cannot reach. Null (the default) keeps every
 * annotation in the browser, against the bundled or imported corpus.
 */
export const sharedArchive = storage.defineItem<SharedArchiveSetting | null>('local:sharedArchive', {
  fallback: null,
});

export interface ArchiveInUse {
  origin: string;
  host: string;
  token: string;
}

/**
 * The archive pages go to: the one the reader chose, while the browser still grants its origin
 * (the reader may take that back in the browser's settings). Null otherwise: the local corpus.
 */
export async function archiveInUse(): Promise<ArchiveInUse | null> {
  const setting = await sharedArchive.getValue();
  if (!setting) return null;
  const address = parseArchiveAddress(setting.origin);
  if ('error' in address || tokenProblem(setting.token) !== null) return null;
  if (!(await browser.permissions.contains({ origins: [address.pattern] }))) return null;
  return { origin: address.origin, host: address.host, token: setting.token.trim() };
}

import { browser } from 'wxt/browser';

export * from './extension-paths';

// The files are generated at build time, so WXT's list of public paths does not know them.
const urlOf = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/** One of the extension's own files (never a network request); a missing one means a damaged install. */
export async function fetchOwnFile(path: string): Promise<Response> {
  const response = await fetch(urlOf(path));
  if (!response.ok) throw new Error(`the extension is damaged: ${path} is missing (${response.status})`);
  return response;
}

import { browser } from 'wxt/browser';
import { automaticSites } from '../extension/automatic-annotation';
import { sharedArchive } from '../extension/shared-archive';
import { hostsNoLongerNeeded } from '../shared/hosts-needed';

/**
 * Asks the browser for hosts, as the reader's click on the options page wants them: call it before
 * awaiting anything else, since the prompt needs that click. Null once granted; otherwise what to
 * tell the reader (`notGranted` when they declined, the browser's reason when it refused).
 */
export async function askForHosts(origins: string[], notGranted: string): Promise<string | null> {
  try {
    return (await browser.permissions.request({ origins })) ? null : notGranted;
  } catch (error) {
    return `The browser refused: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Gives hosts back to the browser, except those another of the reader's choices still needs: a
 * site annotated automatically and the shared archive may share a host (a newsroom's own server),
 * and giving one up must not cut off the other.
 */
export async function giveBackHosts(origins: string[]): Promise<void> {
  const [sites, archive] = await Promise.all([automaticSites.getValue(), sharedArchive.getValue()]);
  const unneeded = hostsNoLongerNeeded(origins, sites, archive?.origin ?? null);
  if (unneeded.length) await browser.permissions.remove({ origins: unneeded }).catch(() => false);
}

import { browser } from 'wxt/browser';

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

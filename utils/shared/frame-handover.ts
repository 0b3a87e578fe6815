import { browser } from 'wxt/browser';

/**
 * How a frame knows, in Firefox, that the channel it is handed comes from Sidenote's content script.
 *
 * Firefox treats an extension page framed in a web page as it treats a content script: it may send
 * to the background, but nothing of the extension can open a port to it (runtime.connect from the
 * content script finds no receiver, "Could not establish connection. Receiving end does not
 * exist."). So the content script hands its frame one end of a MessageChannel, posted with the
 * frame's random name, which it left in the extension's storage beforehand. A page's script can
 * post a channel of its own to the frame, but cannot write that storage: the frame takes only a
 * channel whose name it finds there, and removes the name, so that each serves once.
 */

const key = (nonce: string) => `frameHandover:${nonce}`;

/** The content script's side: leaves the name before posting the channel. */
export async function leaveHandover(nonce: string): Promise<void> {
  await browser.storage.local.set({ [key(nonce)]: true });
}

/** The frame's side: whether the name was left by the content script (true once per name). */
export async function takeHandover(nonce: string): Promise<boolean> {
  const found = await browser.storage.local.get(key(nonce));
  if (!(key(nonce) in found)) return false;
  await browser.storage.local.remove(key(nonce));
  return true;
}

/** A name the frame never took (it was removed before it loaded) is not left behind. */
export async function dropHandover(nonce: string): Promise<void> {
  await browser.storage.local.remove(key(nonce));
}

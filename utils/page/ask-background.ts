import { browser } from 'wxt/browser';
import type { ContentToBackground, ReplyTo } from '../shared/messages';

/**
 * Sends a request to the background and gives back its reply, typed by the request's type
 * (utils/shared/messages.ts); undefined when no listener answered. The browser's messaging is
 * untyped: this is the one place its answer is taken to be what the request map says.
 */
export async function askBackground<Request extends ContentToBackground>(
  request: Request,
): Promise<ReplyTo<Request> | undefined> {
  return (await browser.runtime.sendMessage(request)) as ReplyTo<Request> | undefined;
}

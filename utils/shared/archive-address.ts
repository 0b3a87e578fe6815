/**
 * A shared archive's address as the reader types it on the options page: an https origin
 * ("https://archive.newsroom.example"), or plain http only on this machine ("http://127.0.0.1:8787"),
 * where nothing crosses a network. Sidenote asks the browser for that one origin and sends it the
 * page's article only after the reader chose it. Pure.
 */

export interface ArchiveAddress {
  /** The origin requests go to ("https://archive.example.org"). */
  origin: string;
  /** The host as the reader sees it, port included ("archive.example.org", "127.0.0.1:8787"). */
  host: string;
  /** The match pattern the browser grants access by. */
  pattern: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1']);
/** Reader tokens are printable ASCII without spaces; long enough to be secret, short enough to be a token. */
const TOKEN = /^[\x21-\x7e]{16,200}$/;

export function parseArchiveAddress(input: string): ArchiveAddress | { error: string } {
  const trimmed = input.trim();
  if (!trimmed) return { error: 'Type the archive’s address, for example https://archive.example.org.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { error: `“${trimmed}” is not a web address: give it whole, with https://.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: 'An archive is reached over https (or http on this computer only).' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    return { error: 'Plain http would send your pages unencrypted: use the archive’s https address.' };
  if (url.username || url.password) return { error: 'Give the address without a user name or password.' };
  if (url.pathname !== '/' || url.search || url.hash)
    return { error: 'Give the archive’s address alone, without a path (https://archive.example.org).' };
  return { origin: url.origin, host: url.host, pattern: `${url.protocol}//${url.hostname}/*` };
}

/** Why a reader token cannot be one, or null when it may be. */
export function tokenProblem(token: string): string | null {
  if (!token.trim()) return 'Paste the reader token the archive’s administrator gave you.';
  return TOKEN.test(token.trim())
    ? null
    : 'That is not a reader token: it should be one word of 16 or more characters.';
}

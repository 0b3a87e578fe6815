/**
 * The sites a reader lists for automatic annotation, as the match patterns the browser grants
 * host access by: "bbc.com", "https://www.bbc.com/news/x" and "www.bbc.com" each name one site,
 * the pattern "https://www.bbc.com/*" (any port, any path). Plain http is asked for only for a site
 * the reader gives as http ("http://intranet.example"): its pages may be read on either scheme. Pure.
 */

export interface Site {
  /** The host as the reader sees it ("www.bbc.com"). */
  host: string;
  /** How the list keeps it: the host, or "http://" and the host for a site given as http. */
  entry: string;
  /** Match patterns granting that host: https, and http too for a site given as http. */
  patterns: string[];
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The site a reader typed, or why it is not one. */
export function parseSite(input: string): Site | { error: string } {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { error: 'Type a site’s address, for example www.bbc.com.' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(trimmed)?.[1];
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
    return { error: 'Only web pages (http and https) can be annotated.' };
  let host: string;
  try {
    host = new URL(scheme ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return { error: `“${input.trim()}” is not a web address.` };
  }
  if (!HOST.test(host) || (!host.includes('.') && host !== 'localhost'))
    return { error: `“${input.trim()}” is not a web address.` };
  return siteOf(scheme === 'http' ? `${INSECURE}${host}` : host);
}

const INSECURE = 'http://';

/** The site a list entry names. */
export function siteOf(entry: string): Site {
  const insecure = entry.startsWith(INSECURE);
  const host = insecure ? entry.slice(INSECURE.length) : entry;
  return { host, entry, patterns: insecure ? [`https://${host}/*`, `http://${host}/*`] : [`https://${host}/*`] };
}

/** The host a granted pattern is for ("https://www.bbc.com/*" → "www.bbc.com"), or null for any other pattern. */
export function hostOfPattern(pattern: string): string | null {
  return /^https?:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1] ?? null;
}

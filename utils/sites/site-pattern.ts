/**
 * The sites a reader lists for automatic annotation, as the match patterns the browser grants
 * host access by: "bbc.com", "https://www.bbc.com/news/x" and "www.bbc.com" each name one site,
 * the pattern "https://www.bbc.com/*" (http and https both, any port, any path). Pure.
 */

export interface Site {
  /** The host as the reader sees it ("www.bbc.com"). */
  host: string;
  /** Match patterns granting that host over http and https. */
  patterns: string[];
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The site a reader typed, or why it is not one. */
export function parseSite(input: string): Site | { error: string } {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { error: 'Type a site’s address, for example www.bbc.com.' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(trimmed)?.[1];
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { error: 'Only web pages (http and https) can be annotated.' };
  let host: string;
  try {
    host = new URL(scheme ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return { error: `“${input.trim()}” is not a web address.` };
  }
  if (!HOST.test(host) || !host.includes('.') && host !== 'localhost') return { error: `“${input.trim()}” is not a web address.` };
  return siteOf(host);
}

export function siteOf(host: string): Site {
  return { host, patterns: [`https://${host}/*`, `http://${host}/*`] };
}

/** The host a granted pattern is for ("https://www.bbc.com/*" → "www.bbc.com"), or null for any other pattern. */
export function hostOfPattern(pattern: string): string | null {
  return /^https?:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1] ?? null;
}

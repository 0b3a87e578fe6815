import { parseArchiveAddress } from './archive-address';
import { siteOf } from './site-pattern';

/** Of these match patterns, those no automatically annotated site and no shared archive (by its origin) needs. */
export function hostsNoLongerNeeded(origins: string[], sites: string[], archiveOrigin: string | null): string[] {
  const archive = archiveOrigin === null ? null : parseArchiveAddress(archiveOrigin);
  const needed = new Set([
    ...sites.flatMap((entry) => siteOf(entry).patterns),
    ...(archive && !('error' in archive) ? [archive.pattern] : []),
  ]);
  return origins.filter((origin) => !needed.has(origin));
}

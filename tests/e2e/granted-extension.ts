import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/lib/extension-browser';

/**
 * Headless Chromium shows the permission prompt but gives a test no way to answer it. So the
 * reader's "Allow" is stood in for by a copy of the built extension whose manifest already grants
 * a host: the browser then answers the options page's request for it with a grant at once, and
 * everything after runs as built. The caller removes the folder.
 */
export function extensionGranting(host: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'sidenote-granted-'));
  cpSync(EXTENSION_DIR, folder, { recursive: true });
  const manifestFile = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    manifestFile,
    JSON.stringify({ ...manifest, host_permissions: [`http://${host}/*`, `https://${host}/*`] }),
  );
  return folder;
}

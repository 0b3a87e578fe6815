import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/lib/extension-browser';

// The built manifest is the promise made to the reader: checked as built, not as configured.
const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

test('asks for activeTab, scripting, storage and unlimitedStorage only, with hosts only as optional, no declared content scripts, and only its frames web-accessible', () => {
  // unlimitedStorage: imported corpora live in IndexedDB. storage: the sites listed for automatic annotation.
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  // Asked for one site at a time, when the reader lists it on the options page.
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.content_scripts ?? []).toEqual([]);
  // Only the two pages framed in an annotated page, at an address that changes every session.
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['sidebar.html', 'place-card.html'], matches: ['<all_urls>'], use_dynamic_url: true },
  ]);
});

test('its pages run only the package’s own scripts, with no eval, and connect only to its files, https and this computer', () => {
  const policy = Object.fromEntries(
    (manifest.content_security_policy.extension_pages as string).split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['script-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  // A shared archive the reader chooses is reached over https, or plain http on this computer only.
  expect(policy['connect-src']).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
});

test('a keyboard shortcut opens and closes Sidenote, as the toolbar icon does', () => {
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+S');
});

test('the options page opens in a tab, where the corpus library lives', () => {
  expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
});

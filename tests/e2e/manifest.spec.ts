import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/lib/extension-browser';

// The built manifest is the promise made to the reader: checked as built, not as configured.
const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

test('asks for activeTab and scripting only, with no host permissions and no declared content scripts', () => {
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('a keyboard shortcut opens and closes Sidenote, as the toolbar icon does', () => {
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+S');
});

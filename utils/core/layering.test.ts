import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });
const lintCore = async (code: string, filePath = 'utils/core/example.ts') => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId);
};

describe('the lint rule that keeps the core pure', () => {
  it.each([
    ["import { h } from 'preact';", 'no-restricted-imports'],
    ["import { browser } from 'wxt/browser';", 'no-restricted-imports'],
    ["import browser from 'webextension-polyfill';", 'no-restricted-imports'],
    ["import { JSDOM } from 'jsdom';", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["import { x } from '../extract/extract-article';", 'no-restricted-imports'],
    ['export const title = document.title;', 'no-restricted-globals'],
    ['export const width = window.innerWidth;', 'no-restricted-globals'],
    ['export const id = chrome.runtime.id;', 'no-restricted-globals'],
  ])('rejects %s', async (code, rule) => {
    expect(await lintCore(code)).toContain(rule);
  });

  it('applies in the core’s subfolders too, where ../ may stay inside the core but not leave it', async () => {
    expect(
      await lintCore(
        "import { words } from '../text';\nexport const n = words('a').length;",
        'utils/core/places/example.ts',
      ),
    ).toEqual([]);
    expect(
      await lintCore(
        "import { x } from '../../extract/extract-article';\nexport const y = x;",
        'utils/core/places/example.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(await lintCore('export const title = document.title;', 'utils/core/places/example.ts')).toContain(
      'no-restricted-globals',
    );
  });

  it('accepts pure code importing the core itself and pure libraries', async () => {
    expect(
      await lintCore(
        "import { z } from 'zod';\nimport { words } from './text';\nexport const n = words('a').length + (z ? 1 : 0);",
      ),
    ).toEqual([]);
  });
});

describe('the lint rule that keeps a library used beyond its public API behind its adapter', () => {
  const importChrono = "import * as chrono from 'chrono-node';\nexport const reader = chrono.en.casual;";

  it.each([
    'utils/core/claims/dates.ts',
    'utils/core/claims/dates.test.ts',
    'utils/background/example.ts',
    'scripts/example.ts',
  ])('rejects chrono-node in %s', async (filePath) => {
    expect(await lintCore(importChrono, filePath)).toContain('no-restricted-imports');
  });

  it('accepts chrono-node in its adapter and the test beside it, which still keep the core’s other rules', async () => {
    expect(await lintCore(importChrono, 'utils/core/claims/adapters/chrono-dates.ts')).toEqual([]);
    expect(await lintCore(importChrono, 'utils/core/claims/adapters/chrono-dates.test.ts')).toEqual([]);
    expect(
      await lintCore(
        `${importChrono}\nimport { readFileSync } from 'node:fs';\nexport const read = readFileSync;`,
        'utils/core/claims/adapters/chrono-dates.ts',
      ),
    ).toContain('no-restricted-imports');
  });
});

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.js';

// What the pure core may not touch: it runs unchanged in Node (CLI, tests, benchmarks) and in the extension.
const CORE_FORBIDDEN_IMPORTS = [
  { group: ['preact', 'preact/*'], message: 'The core renders nothing: no Preact.' },
  { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'The core knows nothing of WXT.' },
  { group: ['webextension-polyfill', '*/browser'], message: 'The core knows nothing of the extension APIs.' },
  { group: ['jsdom', 'linkedom', '@mozilla/readability'], message: 'The core takes text, not documents.' },
  { group: ['node:*', 'fs', 'path', 'os'], message: 'The core must also run in the browser.' },
  { group: ['@/*', '~/*'], message: 'The core imports only itself and pure libraries.' },
];
// A library used beyond its public API is imported by its adapter alone (one in the pure core, named here), and pinned
// exactly (docs/library-adapters.md).
const CORE_ADAPTERS = { 'chrono-node': 'utils/core/claims/adapters/chrono-dates' };
const throughAdapters = (except) =>
  Object.entries(CORE_ADAPTERS)
    .filter(([library]) => library !== except)
    .map(([library, adapter]) => ({
      group: [library, `${library}/*`],
      message: `Import ${library} through ${adapter}.ts alone: it is used beyond its public API.`,
    }));
// Relative imports may move around inside utils/core but not out of it: the pattern depends on depth.
const leavingCore = (depth) => ({
  group: ['../'.repeat(depth + 1) + '*'],
  message: 'The core imports only itself and pure libraries.',
});
const CORE_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'browser',
  'chrome',
  'localStorage',
  'indexedDB',
  'fetch',
  'self',
].map((name) => ({ name, message: 'The core is pure: pass what it needs in as arguments.' }));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'artifacts/**',
      'scratch/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
      '.archive/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { sidenote: layers },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: throughAdapters() }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Page and corpus text is untrusted: it is never parsed as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes; never parse untrusted text as HTML.' },
        { property: 'outerHTML', message: 'Build nodes; never parse untrusted text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes; never parse untrusted text as HTML.' },
      ],
      'sidenote/layers': 'error',
      'sidenote/core-order': 'error',
      'sidenote/no-cycle': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render untrusted text as HTML.',
        },
      ],
    },
  },
  ...[0, 1, 2].map((depth) => ({
    files: [`utils/core/${'*/'.repeat(depth)}*.ts`],
    ignores: ['utils/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...CORE_FORBIDDEN_IMPORTS, ...throughAdapters(), leavingCore(depth)] },
      ],
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS],
    },
  })),
  // Each adapter, and the test beside it that checks the internals it relies on, import their library.
  ...Object.entries(CORE_ADAPTERS).flatMap(([library, adapter]) => [
    {
      files: [`${adapter}.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...CORE_FORBIDDEN_IMPORTS,
              ...throughAdapters(library),
              leavingCore(adapter.split('/').length - 3),
            ],
          },
        ],
      },
    },
    {
      files: [`${adapter}.test.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns: throughAdapters(library) }] },
    },
  ]),
);

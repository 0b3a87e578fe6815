import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import {
  BUNDLED_INDEX_PATH,
  BUNDLED_STATS_PATH,
  BUNDLED_TEXTS_PATH,
  GAZETTEER_PATH,
  OUTLINES_PATH,
} from './utils/extension/extension-paths';
import { CorpusIndex } from './utils/core/corpus-index';
import { corpusStats, countFigures } from './utils/core/import/corpus-stats';
import { Gazetteer } from './utils/core/places/gazetteer';
import { PlaceFinder } from './utils/core/places/find-places';
import { BUNDLED_CORPUS_FOLDER, BUNDLED_CORPUS_NAME, readCorpusFolder } from './scripts/lib/corpus-folder';
import { GAZETTEER_CACHE_FILE, gazetteerBytes } from './scripts/lib/gazetteer-file';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Sidenote',
    description: 'Context while you read the news: related coverage from a reference corpus, all in your browser.',
    // activeTab + scripting: Sidenote touches a page only when its toolbar icon is clicked there.
    // unlimitedStorage: an imported corpus (articles and index, in IndexedDB) may outgrow the default quota.
    // storage: the sites the reader listed for automatic annotation.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // Hosts are asked for one site at a time, when the reader lists it for automatic annotation.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Sidenote: annotate this article' },
    // Sidenote's pages run only the scripts and styles of its package: no eval, no plugins. They
    // connect to its own files and, for a shared archive the reader chooses (utils/background/
    // archive-client.ts; its address is theirs to give, so no host can be named here), to https
    // addresses or this computer; the background reaches only the one origin the reader granted.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self' data:; connect-src 'self' https: http://localhost:* http://127.0.0.1:*; base-uri 'none'; form-action 'none'",
    },
    // The sidebar and the place card are extension pages framed in the annotated page, so that its
    // script can neither read nor drive them. In Chromium their address changes every session
    // (use_dynamic_url), so a page cannot load them to probe whether Sidenote is installed.
    web_accessible_resources: [
      {
        resources: ['sidebar.html', 'place-card.html'],
        matches: ['<all_urls>'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // The same as clicking the icon (action.onClicked, with activeTab), for keyboard users.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open or close Sidenote on this page',
      },
    },
    ...(browser === 'firefox' && {
      // Nothing leaves the browser: Firefox asks extensions to declare that they collect no data.
      browser_specific_settings: {
        gecko: { id: 'sidenote@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      // Their "browser" builds are scripts that set globals; the modules work in the extension as in Node.
      alias: {
        ...Object.fromEntries(
          ['recognizers-text', 'recognizers-text-number'].map((name) => [
            `@microsoft/${name}`,
            fileURLToPath(new URL(`./node_modules/@microsoft/${name}/dist/${name}.es5.js`, import.meta.url)),
          ]),
        ),
        '@acemir/cssom': fileURLToPath(new URL('./node_modules/@acemir/cssom/lib/index.js', import.meta.url)),
      },
    },
    build: {
      rollupOptions: {
        // zod ships comments Rollup cannot place; they are harmless and drown real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
  // `npm run zip` also writes the sources archive addons.mozilla.org asks for (WXT does for Firefox):
  // what rebuilds the extension byte for byte with `npm ci && npm run build:firefox`, not the tests,
  // their fixtures or local output.
  zip: {
    excludeSources: [
      'scratch/**',
      'artifacts/**',
      'test-results/**',
      'playwright-report/**',
      'tests/**',
      'docs/images/**',
    ],
  },
  hooks: {
    // The bundled corpus ships prebuilt, with its places found: the background loads its index,
    // never rebuilds it. The gazetteer and the map outlines ship as files read on first use.
    'build:publicAssets': (wxt, assets) => {
      const gazetteer = gazetteerBytes();
      const corpus = readCorpusFolder(BUNDLED_CORPUS_FOLDER, BUNDLED_CORPUS_NAME);
      const texts = Object.fromEntries(corpus.articles.map(({ id, text }) => [id, text]));
      // Generated files can only be text; the binary index is written aside and copied in (the
      // gazetteer, binary too, is copied from its build cache).
      const indexFile = join(wxt.config.wxtDir, 'generated', 'bundled.sidx');
      mkdirSync(dirname(indexFile), { recursive: true });
      const places = Gazetteer.fromBytes(gazetteer);
      const index = CorpusIndex.build(corpus, new PlaceFinder(places));
      writeFileSync(indexFile, index.toBytes());
      assets.push(
        // The options page's library shows the bundled corpus's statistics without loading the gazetteer.
        {
          relativeDest: BUNDLED_STATS_PATH.slice(1),
          contents: JSON.stringify({ ...corpusStats(index, places), figures: countFigures(corpus.articles) }),
        },
        { relativeDest: BUNDLED_INDEX_PATH.slice(1), absoluteSrc: indexFile },
        { relativeDest: BUNDLED_TEXTS_PATH.slice(1), contents: JSON.stringify(texts) },
        { relativeDest: GAZETTEER_PATH.slice(1), absoluteSrc: GAZETTEER_CACHE_FILE },
        {
          relativeDest: OUTLINES_PATH.slice(1),
          absoluteSrc: fileURLToPath(import.meta.resolve('world-atlas/countries-50m.json')),
        },
      );
    },
  },
});

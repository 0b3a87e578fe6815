/**
 * Sidenote's own lint rules for how code is layered (eslint.config.js turns them on):
 *   - `sidenote/layers`: folders say where code runs, and code imports only from where it may run.
 *     The page side never loads the background's code, the options page never loads the page's, and
 *     so on (LAYERS below). Type-only imports carry no code and are exempt, except inside the core.
 *     The archive server (`archive/`) runs in Node beside the extension: it loads the core, the
 *     shared contracts and the Node glue of `scripts/lib/` (the gazetteer file), and nothing of the
 *     extension (entrypoints included) loads the archive, not even a type.
 *   - `sidenote/core-order`: inside the pure core, a module imports only from its own rank or below
 *     (CORE_RANKS), so the basic text and place code never depends on what is built on it.
 *   - `sidenote/no-cycle`: no file imports itself through others, types included.
 * Paths are resolved the way the build does: relative, or `@/` from the repository's root.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** Where code runs, by folder, and what each may load. */
export const LAYERS = {
  core: ['core'],
  shared: ['core', 'shared'],
  extract: ['core', 'shared', 'extract'],
  page: ['core', 'shared', 'extract', 'page'],
  components: ['core', 'shared', 'components'],
  frames: ['core', 'shared', 'components', 'frames'],
  extension: ['core', 'shared', 'extension'],
  background: ['core', 'shared', 'extension', 'background'],
  options: ['core', 'shared', 'extract', 'extension', 'components', 'options'],
  archive: ['core', 'shared', 'archive'],
};
/** Outside the layers, what the archive may load: the Node glue its command-line tools share with the CLI. */
const ARCHIVE_NODE_GLUE = 'scripts/lib/';

export function layerOf(file) {
  const relative = path.relative(ROOT, file).split(path.sep);
  if (relative[0] === 'components') return 'components';
  if (relative[0] === 'archive') return 'archive';
  if (relative[0] === 'utils' && relative.length > 2 && relative[1] in LAYERS) return relative[1];
  return null; // entrypoints wire layers together; scripts and tests may use anything
}

/** The core's ranks, lowest first: a core file imports only from its rank or below. */
const CORE_FOLDER_RANKS = { search: 1, anchoring: 1, places: 2, claims: 3, consistency: 4, import: 6 };
const CORE_COMPOSITION = new Set([
  'corpus-index',
  'related',
  'story-links',
  'analyse-page',
  'annotate',
  'check-consistency',
  'describe-places',
]);
export function coreRank(file) {
  const relative = path.relative(path.join(ROOT, 'utils/core'), file).split(path.sep);
  if (relative[0] === '..') return null;
  if (relative.length > 1) return CORE_FOLDER_RANKS[relative[0]] ?? 0;
  return CORE_COMPOSITION.has(relative[0].replace(/(\.test)?\.ts$/, '')) ? 5 : 0;
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];
export function resolveImport(fromFile, specifier) {
  const bare = specifier.split('?')[0];
  let base;
  if (bare.startsWith('@/')) base = path.join(ROOT, bare.slice(2));
  else if (bare.startsWith('.')) base = path.resolve(path.dirname(fromFile), bare);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const IMPORT_PATTERN =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const graph = new Map(); // file -> { mtime, targets }
function importsOf(file) {
  const mtime = statSync(file).mtimeMs;
  const known = graph.get(file);
  if (known && known.mtime === mtime) return known.targets;
  const text = readFileSync(file, 'utf8');
  const targets = [];
  for (const match of text.matchAll(IMPORT_PATTERN)) {
    const target = resolveImport(file, match[1] ?? match[2] ?? match[3]);
    if (target && /\.tsx?$/.test(target)) targets.push(target);
  }
  graph.set(file, { mtime, targets });
  return targets;
}

/** The chain of files by which `target` leads back to `file`, or null. */
function cycleThrough(file, target) {
  const seen = new Set();
  const stack = [[target, [target]]];
  while (stack.length) {
    const [current, chain] = stack.pop();
    if (current === file) return chain;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const next of importsOf(current)) stack.push([next, [...chain, next]]);
  }
  return null;
}

const isTypeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

function eachImport(context, check) {
  const visit = (node) => {
    if (!node.source || typeof node.source.value !== 'string') return;
    const target = resolveImport(context.filename, node.source.value);
    if (target) check(node, target);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const shortName = (file) => path.relative(ROOT, file);
const folderName = (layer) => (layer === 'components' || layer === 'archive' ? layer : `utils/${layer}`);

export default {
  rules: {
    layers: {
      meta: {
        type: 'problem',
        schema: [],
        docs: { description: 'Code imports only from the layers allowed where it runs.' },
      },
      create(context) {
        const from = layerOf(context.filename);
        if (/\.test\.tsx?$/.test(context.filename)) return {};
        if (!from) {
          // Entry points wire the extension's layers together; the archive is none of them.
          if (!shortName(context.filename).startsWith('entrypoints/')) return {};
          return eachImport(context, (node, target) => {
            if (layerOf(target) === 'archive')
              context.report({ node, message: `The extension never loads the archive server (${shortName(target)}).` });
          });
        }
        return eachImport(context, (node, target) => {
          const to = layerOf(target);
          if (from === 'archive' && !to && !shortName(target).startsWith(ARCHIVE_NODE_GLUE))
            return context.report({
              node,
              message: `archive/ may load only core, shared, archive and ${ARCHIVE_NODE_GLUE} (${shortName(target)}).`,
            });
          if (to === 'archive' && from !== 'archive')
            return context.report({
              node,
              message: `${folderName(from)} is part of the extension, which never loads the archive server (${shortName(target)}).`,
            });
          if (!to || LAYERS[from].includes(to) || isTypeOnly(node)) return;
          context.report({
            node,
            message: `${folderName(from)} runs where ${folderName(to)} does not: it may load only ${LAYERS[from].join(', ')} (${shortName(target)}).`,
          });
        });
      },
    },
    'core-order': {
      meta: {
        type: 'problem',
        schema: [],
        docs: { description: 'Inside the core, modules import only from their rank or below.' },
      },
      create(context) {
        const from = coreRank(context.filename);
        if (from === null || /\.test\.tsx?$/.test(context.filename)) return {};
        return eachImport(context, (node, target) => {
          const to = coreRank(target);
          if (to !== null && to > from)
            context.report({
              node,
              message: `${shortName(target)} is built on this module's layer of the core (rank ${to} > ${from}): move what is shared down, or this module up.`,
            });
        });
      },
    },
    'no-cycle': {
      meta: { type: 'problem', schema: [], docs: { description: 'No file imports itself through others.' } },
      create(context) {
        const file = context.filename;
        return eachImport(context, (node, target) => {
          const chain = cycleThrough(file, target);
          if (chain) context.report({ node, message: `Import cycle: ${[file, ...chain].map(shortName).join(' → ')}.` });
        });
      },
    },
  },
};

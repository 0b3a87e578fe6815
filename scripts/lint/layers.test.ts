import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: ROOT });
const rulesBroken = async (code: string, filePath: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result!.messages.map((message) => message.ruleId);
};

describe('folders say where code runs (sidenote/layers)', () => {
  it.each([
    [
      "import { CorpusService } from '../background/corpus-service';\nexport const s = CorpusService;",
      'utils/page/example.ts',
    ],
    [
      "import { SidebarController } from '../page/sidebar-controller';\nexport const c = SidebarController;",
      'utils/options/example.ts',
    ],
    [
      "import { MapService } from '@/utils/extension/map-service';\nexport const m = MapService;",
      'utils/page/example.ts',
    ],
    [
      "import { OptionsController } from '../options/controller';\nexport const c = OptionsController;",
      'utils/background/example.ts',
    ],
    [
      "import { OptionsController } from '@/utils/options/controller';\nexport const c = OptionsController;",
      'components/Example.tsx',
    ],
  ])('rejects %s in %s', async (code, file) => {
    expect(await rulesBroken(code, file)).toContain('sidenote/layers');
  });

  it('lets each side load the core, the shared contracts and its own folder', async () => {
    expect(
      await rulesBroken(
        "import { words } from '../core/text';\nimport { MAX_ARTICLE_CHARACTERS } from '../shared/limits';\nexport const n = words('a').length + MAX_ARTICLE_CHARACTERS;",
        'utils/page/example.ts',
      ),
    ).toEqual([]);
    expect(
      await rulesBroken(
        "import { MapService } from '../extension/map-service';\nexport const m = MapService;",
        'utils/background/example.ts',
      ),
    ).toEqual([]);
  });

  it('lets a type cross, since a type loads no code', async () => {
    expect(
      await rulesBroken(
        "import type { OptionsState } from '@/utils/options/state';\nexport type S = OptionsState;",
        'components/Example.tsx',
      ),
    ).toEqual([]);
  });
});

describe('the archive server beside the extension (sidenote/layers)', () => {
  it.each([
    [
      "import { ArchiveAnswers } from '../../archive/query/answer';\nexport const a = ArchiveAnswers;",
      'utils/background/example.ts',
    ],
    ["import type { ServerLimits } from '@/archive/config';\nexport type L = ServerLimits;", 'components/Example.tsx'],
    ["import { serverConfig } from '@/archive/config';\nexport const c = serverConfig;", 'entrypoints/example.ts'],
    [
      "import { extractArticle } from '../../utils/extract/extract-article';\nexport const e = extractArticle;",
      'archive/query/example.ts',
    ],
    [
      "import { hasPostgres } from '../../tests/support/postgres';\nexport const h = hasPostgres;",
      'archive/query/example.ts',
    ],
  ])('rejects %s in %s', async (code, file) => {
    expect(await rulesBroken(code, file)).toContain('sidenote/layers');
  });

  it('lets the archive load the core, the shared contracts, itself and the Node glue of scripts/lib', async () => {
    expect(
      await rulesBroken(
        [
          "import { annotate } from '../../utils/core/annotate';",
          "import { MAX_ARTICLE_CHARACTERS } from '../../utils/shared/limits';",
          "import { loadGazetteer } from '../../scripts/lib/gazetteer-file';",
          "import { serverConfig } from '../config';",
          'export const all = [annotate, MAX_ARTICLE_CHARACTERS, loadGazetteer, serverConfig];',
        ].join('\n'),
        'archive/query/example.ts',
      ),
    ).toEqual([]);
  });
});

describe('the core is built in ranks (sidenote/core-order)', () => {
  it.each([
    [
      "import { titleOf } from '../article-meta';\nimport { explainRelated } from '../related';\nexport const t = [titleOf, explainRelated];",
      'utils/core/places/example.ts',
    ],
    [
      "import { interval } from '../consistency/compare-figures';\nexport const i = interval;",
      'utils/core/claims/example.ts',
    ],
    [
      "import type { CorpusIndex } from '../corpus-index';\nexport type I = CorpusIndex;",
      'utils/core/consistency/example.ts',
    ],
  ])('rejects %s in %s', async (code, file) => {
    expect(await rulesBroken(code, file)).toContain('sidenote/core-order');
  });

  it('accepts what is built on lower ranks', async () => {
    expect(
      await rulesBroken(
        "import { baseValue } from '../claims/figure-values';\nexport const b = baseValue;",
        'utils/core/consistency/example.ts',
      ),
    ).toEqual([]);
    expect(
      await rulesBroken(
        "import { explainRelated } from './related';\nexport const e = explainRelated;",
        'utils/core/annotate.ts',
      ),
    ).not.toContain('sidenote/core-order');
  });
});

describe('no import cycles (sidenote/no-cycle)', () => {
  // Two real files that import each other: the rule reads the files an import leads to.
  const folder = mkdtempSync(path.join(ROOT, 'utils/page/cycle-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('rejects a file that imports itself through another, types included', async () => {
    writeFileSync(path.join(folder, 'a.ts'), "import type { B } from './b';\nexport type A = B | 1;\n");
    writeFileSync(path.join(folder, 'b.ts'), "import type { A } from './a';\nexport type B = A | 2;\n");
    expect(
      await rulesBroken(
        "import type { B } from './b';\nexport type A = B | 1;\n",
        path.relative(ROOT, path.join(folder, 'a.ts')),
      ),
    ).toContain('sidenote/no-cycle');
  });

  it('accepts a chain that does not come back', async () => {
    writeFileSync(path.join(folder, 'c.ts'), 'export const c = 1;\n');
    expect(
      await rulesBroken(
        "import { c } from './c';\nexport const d = c;\n",
        path.relative(ROOT, path.join(folder, 'd.ts')),
      ),
    ).toEqual([]);
  });
});

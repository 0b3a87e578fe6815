import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-places.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run eval:places', () => {
  it('scores any file in the TR-News/GeoVirus format and ends with the figures as JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sidenote-eval-'));
    const file = join(folder, 'tiny.jsonl');
    const text = 'Shelling hit Kostiantynivka in Donetsk region. Anna said the bus left for Kyiv.';
    const span = (name: string, lat: number, lon: number) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      name,
      lat,
      lon,
    });
    // Gold: the town and Kyiv (the region is left out of the gold on purpose: one false alarm).
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'a', text, toponyms: [span('Kostiantynivka', 48.53, 37.71), span('Kyiv', 50.45, 30.52)] })}\n`,
    );
    const { status, stdout } = run(file);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^tiny: 1 articles, 2 gold places, 3 detected · precision 66\.7% recall 100\.0% F1 0\.800/,
    );
    const figures = JSON.parse(lines.at(-1)!).tiny;
    expect(figures).toMatchObject({ gold: 2, detected: 3, truePositives: 2, within161km: 1, resolved: 1 });
  });

  it('fails with one line on a file that is not in the format', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sidenote-eval-'));
    const file = join(folder, 'bad.jsonl');
    writeFileSync(file, '{"id": "a", "text": "no toponyms"}\n');
    const { status, stderr } = run(file);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(`eval:places: ${file}: line 1 lacks text or toponyms`);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePages, PAGES_DIR } from '../tests/support/fixtures';
import { blob } from '../tests/support/hostile-text';
import { LONGEST_TOKEN } from '../utils/core/text';

const ROOT = new URL('../', import.meta.url).pathname;
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
};

describe('npm run annotate', () => {
  it.each(fixturePages().map((page) => [page.name, page] as const))(
    '--json on %s matches the fixture',
    (name, { expected }) => {
      const { code, stdout } = run(join(PAGES_DIR, name, 'source.html'), '--json');
      expect(code).toBe(0);
      const output = JSON.parse(stdout);
      if (expected.kind === 'no-article') {
        expect(output.article).toBeNull();
        expect(output.noArticle).toMatch(expected.reason);
        return;
      }
      expect(output.article).toMatchObject({
        title: expected.title,
        byline: expected.byline,
        siteName: expected.siteName,
      });
      expect(output.article.length).toBeGreaterThan(1500);
      expect(output.sameArticle?.id).toBe(expected.sameArticle);
      const ids = output.related.map((item: { id: string }) => item.id);
      expect([...ids].sort()).toEqual(expected.related);
      if (expected.relatedFirst) expect(ids[0]).toBe(expected.relatedFirst);
      for (const item of output.related) {
        expect(item).toMatchObject({ id: expect.any(String), title: expect.any(String), score: expect.any(Number) });
        expect(item.snippet.text.length).toBeGreaterThan(20);
      }
      // Hand-checked place names each page must yield; every mention's offsets must cover its surface.
      const names = new Set(output.placeDetails.map((place: { name: string }) => place.name));
      for (const name of expected.places ?? []) expect(names).toContain(name);
      for (const mention of output.places) {
        // A headline's mentions have their offsets in the title.
        expect(
          (mention.inHeadline ? output.article.title.replace(/\s+/g, ' ') : output.articleText).slice(
            mention.start,
            mention.end,
          ),
        ).toBe(mention.surface);
        expect(mention).toMatchObject({
          id: expect.any(String),
          name: expect.any(String),
          kind: expect.any(String),
          lat: expect.any(Number),
          lon: expect.any(Number),
        });
      }
      for (const stage of ['readAndExtract', 'loadGazetteerAndBuildIndex', 'related', 'places', 'total'])
        expect(output.timings[stage]).toBeGreaterThanOrEqual(0);
      for (const [figure, check, verdict, evidence] of expected.notes ?? []) {
        const note = output.notes.find(
          (one: { claim: { text: string }; check: string }) => one.claim.text === figure && one.check === check,
        );
        expect(note, `${figure} checked by ${check}`).toMatchObject({ verdict });
        expect(note.evidence.map((item: { id: string }) => item.id)).toContain(evidence);
        // A corpus note says why the two figures were compared.
        if (check === 'corpus') expect(note.basis).toMatch(/\S/);
      }
    },
  );

  it('annotates a .txt article and prints a readable report', () => {
    const { code, stdout } = run('data/seeds/000_9b88eb52003466db.txt');
    expect(code).toBe(0);
    expect(stdout).toContain('Related coverage in the bundled corpus (5 articles):');
    expect(stdout).toMatch(
      /1\. \[first sentence\] From a bunker in eastern Ukraine.+\n +The Associated Press · score [\d.]+ · same story: \d+% of this page's key terms, \d+% of its own\n/,
    );
    const other = run('data/seeds/004_00ede0dd48624196.txt');
    expect(other.stdout).toContain('Russia is closing in on Bakhmut in the Ukraine conflict');
    expect(other.stdout).toContain('none: no article in the corpus covers this story');
  });

  it('says so when an undated page leaves out the dated articles that share its terms', () => {
    const seed = readFileSync(join(ROOT, 'data/seeds/002_b653690046f4697e.txt'), 'utf8');
    const folder = mkdtempSync(join(tmpdir(), 'sidenote-cli-'));
    const corpus = join(folder, 'dated.jsonl');
    const report = {
      id: 'drone-report',
      title: 'A drone over Donetsk',
      date: '2024-05-01',
      text: seed
        .split(/\n\s*\n/)
        .slice(0, 8)
        .join('\n\n'),
    };
    writeFileSync(corpus, `${JSON.stringify(report)}\n`);
    const { code, stdout } = run('data/seeds/002_b653690046f4697e.txt', '--corpus', corpus);
    expect(code).toBe(0);
    expect(stdout).toContain('(this page gives no date: 1 dated article sharing much of its key terms not listed');
    expect(stdout).not.toContain('1. A drone over Donetsk');
  });

  // Page text is untrusted: a pasted blob as long as a short book is one word the page's own
  // sentences, places and figures go around, not something to read them through.
  it('answers a page holding one 200,000-character word as it answers the page without it', () => {
    const seed = fixturePages().find((page) => page.name === 'seed-003')!;
    if (seed.expected.kind !== 'article') throw new Error('seed-003 is an article');
    const word = blob(200_000);
    const html = seed.html.replace('safer places. They are', `safer places. ${word} They are`);
    expect(html).not.toBe(seed.html);
    const page = join(mkdtempSync(join(tmpdir(), 'sidenote-cli-')), 'huge-word.html');
    writeFileSync(page, html);
    const { code, stdout } = run(page, '--json');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    // The word is cut where the page's text is tidied; the text around it is whole.
    expect(output.articleText).toContain(
      `safer places. ${word.slice(0, LONGEST_TOKEN)}… They are encouraged to evacuate to Kharkiv, approximately 56 miles west`,
    );
    expect(output.articleText.length).toBeLessThan(5000);
    expect(output.sameArticle?.id).toBe(seed.expected.sameArticle);
    expect(output.related.map((item: { id: string }) => item.id).sort()).toEqual(seed.expected.related);
    const names = new Set(output.placeDetails.map((place: { name: string }) => place.name));
    for (const name of seed.expected.places!) expect(names).toContain(name);
    for (const mention of output.places)
      if (!mention.inHeadline) expect(output.articleText.slice(mention.start, mention.end)).toBe(mention.surface);
    const note = (check: string) =>
      output.notes.find(
        (one: { claim: { text: string }; check: string }) =>
          one.claim.text === 'approximately 56 miles' && one.check === check,
      );
    // 90 km fits Kharkiv only measured from its edge, 103 km from its centre: no distance note either way.
    expect(note('distance')).toBeUndefined();
    expect(note('direction')).toMatchObject({
      verdict: 'agrees',
      evidence: [{ quote: expect.stringMatching(/Kupiansk to Kharkiv: .*\(west\)/) }],
    });
  });

  it('uses another corpus with --corpus', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sidenote-cli-'));
    const corpus = join(folder, 'corpus.jsonl');
    writeFileSync(
      corpus,
      [
        // A third of the seed's paragraphs: the same story, told shorter.
        {
          id: 'bakhmut-1',
          title: 'Fighting around Bakhmut',
          text: readFileSync(join(ROOT, 'data/seeds/004_00ede0dd48624196.txt'), 'utf8')
            .split('\n')
            .filter((_, index) => index % 3 === 0)
            .join('\n'),
        },
        { id: 'recipes', title: 'Soup', text: 'Simmer the onions slowly, then add stock and season to taste.' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const { code, stdout } = run('data/seeds/004_00ede0dd48624196.txt', '--corpus', corpus, '--json');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.corpus).toEqual({ name: 'corpus.jsonl', articles: 2 });
    expect(output.related.map((item: { id: string }) => item.id)).toEqual(['bakhmut-1']);
  });

  it.each([
    [['missing.html'], 1, 'annotate: cannot read file missing.html: no such file'],
    [['package.json'], 2, 'annotate: cannot annotate package.json: expected .html, .htm, .txt or .md'],
    [
      ['data/seeds/004_00ede0dd48624196.txt', '--corpus', 'nowhere.json'],
      1,
      'annotate: cannot read corpus nowhere.json: no such file',
    ],
    [
      ['data/seeds/004_00ede0dd48624196.txt', '--corpus', 'package.json'],
      1,
      'annotate: corpus package.json: the JSON holds neither an array of articles nor an "articles" array',
    ],
    [[], 2, 'annotate: usage: npm run annotate -- FILE [--corpus FILE] [--json]'],
    [['a.txt', '--bogus'], 2, "annotate: Unknown option '--bogus'"],
  ])('fails %j with exit %i and one line', (args, exitCode, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr.startsWith(message)).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../utils/core/types';
import type { ConsistencyNote } from '../utils/core/results';

const ROOT = new URL('../', import.meta.url).pathname;
const SEEDS = join(ROOT, 'data/seeds');

interface Output {
  claims: Claim[];
  notes: ConsistencyNote[];
  sourcing: { named: { name: string }[]; anonymous: { phrase: string }[]; cited: string[] };
  articleText: string;
}

function annotateFile(path: string): Output {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', path, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Output;
}

const annotateSeed = (prefix: string) =>
  annotateFile(
    join(
      SEEDS,
      readdirSync(SEEDS).find((name) => name.startsWith(prefix))!,
    ),
  );

/**
 * The notes a reader must see on the seed corpus, each read by hand from the seeds: seed, the
 * figure as written, what it was checked against, the verdict, and the evidence it rests on.
 */
const EXPECTED_NOTES: [
  seed: string,
  figure: string,
  check: ConsistencyNote['check'],
  verdict: ConsistencyNote['verdict'],
  evidence: string | RegExp,
][] = [
  ['000', 'approximately 70%', 'corpus', 'agrees', '002_b653690046f4697e'],
  ['002', 'around 70%', 'corpus', 'agrees', '000_9b88eb52003466db'],
  ['002', '1,250-kilometer', 'conversion', 'agrees', /776\.7 mi/],
  ['003', 'approximately 56 miles', 'direction', 'agrees', /\(west\)/],
  // 70,000 rounds to neither side of the register's 80,500, a count of a year it does not record: a change over time.
  ['004', '70,000 people', 'population', 'differs', /Bakhmut: population 80,500 people/],
];

describe('npm run annotate -- SEED --json: claims and consistency notes', () => {
  const outputs = new Map<string, Output>();
  const output = (seed: string) => {
    if (!outputs.has(seed)) outputs.set(seed, annotateSeed(seed));
    return outputs.get(seed)!;
  };

  it.each(EXPECTED_NOTES)('seed %s: “%s” checked by %s %s', (seed, figure, check, verdict, evidence) => {
    const notes = output(seed).notes.filter((note) => note.claim.text === figure && note.check === check);
    expect(notes).toHaveLength(1);
    const [note] = notes;
    expect(note!.verdict).toBe(verdict);
    const sources = note!.evidence.map((item) => (typeof evidence === 'string' ? item.id : item.quote));
    expect(sources.some((source) => (typeof evidence === 'string' ? source === evidence : evidence.test(source)))).toBe(
      true,
    );
    // The note's sentence holds the figure where it says.
    expect(note!.sentence.slice(note!.figureInSentence.start, note!.figureInSentence.end)).toBe(figure);
  });

  // Found in the demo: a region's population was "contradicted" by a town's, and the front line's
  // length by a distance to the front. Neither pair measures one thing.
  it('seed 002 has no false contradiction from the corpus', () => {
    const differs = output('002').notes.filter((note) => note.check === 'corpus' && note.verdict === 'differs');
    expect(differs.map((note) => note.claim.text)).toEqual([]);
    const onlyHere = output('002')
      .notes.filter((note) => note.verdict === 'only-here')
      .map((note) => note.claim.text);
    expect(onlyHere).toEqual(expect.arrayContaining(['more than 4 million people', '1,250-kilometer']));
  });

  it('claims carry their span, kind, normalized value, unit and subject', () => {
    const { claims, articleText } = output('002');
    for (const claim of claims) expect(articleText.slice(claim.start, claim.end)).toBe(claim.text);
    const byText = (text: string) => claims.find((claim) => claim.text === text);
    expect(byText('$14.4 billion')).toMatchObject({ kind: 'money', value: 14.4e9, unit: 'USD' });
    expect(byText('more than 4 million people')).toMatchObject({
      kind: 'count',
      value: 4e6,
      unit: 'people',
      bound: 'at-least',
    });
    expect(byText('780-mile')).toMatchObject({ kind: 'distance', value: 780, unit: 'mi' });
    expect(byText('33-year-old')).toMatchObject({ kind: 'age', value: 33 });
    // "around 70% of the region" is about the Donetsk region, named in an earlier sentence.
    expect(byText('around 70%')!.subject.places.map((place) => place.name)).toEqual(['Donetsk']);
    expect(byText('around 70%')!.subject.terms).toContain('control');
  });

  it('reports who the article quotes, named and unnamed', () => {
    const { sourcing } = output('001');
    expect(sourcing.anonymous.map((item) => item.phrase)).toEqual([
      'on condition of anonymity',
      'requested anonymity',
      'refused to be named',
    ]);
    expect(sourcing.cited).toContain('Global Times');
    expect(output('002').sourcing.named.map((item) => item.name)).toContain('Yurchuk');
  });
});

/** A dated article written to hold one check of each kind the page can make of itself, true and false. */
const INTERNAL_NOTES: [
  figure: string,
  check: ConsistencyNote['check'],
  verdict: ConsistencyNote['verdict'],
  message: RegExp,
][] = [
  ['1,250-kilometre', 'conversion', 'differs', /is 776\.7 mi, not 700-mile \(10% off\)/],
  ['24 February 2022', 'anniversary', 'agrees', /second anniversary fits/],
  ['March 2014', 'anniversary', 'differs', /is 9 years, not a fifth anniversary/],
  ['more than 10 years', 'anniversary', 'agrees', /fits the years since 2014/],
  ['29-year-old', 'age', 'agrees', /fits a birth in 1994/],
];

describe('npm run annotate -- tests/fixtures/claims/dated-article.txt --json: the page checked against itself', () => {
  let output: Output | undefined;
  it.each(INTERNAL_NOTES)('“%s” checked by %s: %s', (figure, check, verdict, message) => {
    output ??= annotateFile(join(ROOT, 'tests/fixtures/claims/dated-article.txt'));
    const note = output.notes.find((candidate) => candidate.claim.text === figure && candidate.check === check);
    expect(note?.verdict).toBe(verdict);
    expect(note?.message).toMatch(message);
    expect(note?.evidence[0]?.origin).toBe('page');
  });
});

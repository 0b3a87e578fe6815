/**
 * The judged evaluation of consistency notes (docs/judging-notes.md): the Ukraine news dev set
 * split once into a corpus and tuning and test pages (tests/fixtures/notes/split.json), every page
 * checked against the corpus with the same core the extension runs, and every Agrees/Differs note
 * scored against the judgements of tests/fixtures/notes/judgements.jsonl. A pair the judgements do
 * not hold is unjudged: listed, never counted right.
 */
import { readFileSync } from 'node:fs';
import { checkConsistency } from '../../utils/core/check-consistency';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { tidyText } from '../../utils/core/text';
import { MemoryTextStore } from '../../utils/core/text-store';
import type { IndexedClaim } from '../../utils/core/claims/claim-table';
import type { Claim, TextRange } from '../../utils/core/types';
import type { ConsistencyNote } from '../../utils/core/results';
import { loadGazetteer } from './gazetteer-file';
import {
  corpusIdsOf,
  newTexts,
  POOLS,
  readNewsArticles,
  readWarSplit,
  type WarHalf,
  type WarSplit,
} from './related-eval';
import { AMERICAN_CORPUS, byCollectionHalf, OUTLET_COLLECTIONS } from './outlet-collections';

const FIXTURES = new URL('../../tests/fixtures/notes/', import.meta.url).pathname;
export const JUDGEMENTS_FILE = `${FIXTURES}judgements.jsonl`;
/**
 * The pages of the tuning and test halves, and, as more tuning data, the corpus half's own articles
 * each checked against the rest of the corpus ("loo", leave one out: the page's own copy is set aside
 * as any page found in the corpus is); and the held-out pages (tests/fixtures/heldout-news), whose
 * tuning half may be read for what goes wrong and whose test half is only measured. "tune-pool"
 * is more tuning data of that kind: every tuning page (both sets') against a corpus that also holds
 * the other tuning pages, so that the pairs among them are shown too; "test-pool" is the same of the
 * test pages, only measured. "us-outlets-loo" is the American outlets' corpus checked against itself
 * the same way: more tuning data, from a collection whose pages' test half is only measured.
 * "us-tune-pool" is every tuning page of the collections checked against the American corpus
 * (Associated Press, HuffPost and the Daily Express, RT, the Daily Mail in August) against that corpus and one another, so
 * that one outlet's figures are checked against another's of the same weeks; "us-test-pool" is the
 * same of their test pages, only measured. "archive-tune-pool" is every tuning page of every set
 * against every corpus at once (the dev set's corpus half and each collection's), as a newsroom's
 * reader with months of several outlets' news imported would check them: figures meet reports of
 * other weeks and other outlets; "archive-test-pool" is the same of the test pages, only measured.
 */
export type Half = WarHalf | 'loo' | 'us-outlets-loo' | 'us-tune-pool' | 'us-test-pool' | ArchivePool;
type ArchivePool = 'archive-tune-pool' | 'archive-test-pool' | 'archive-loo';
const ARCHIVE_POOLS: readonly ArchivePool[] = ['archive-tune-pool', 'archive-test-pool', 'archive-loo'];
const LEAVE_ONE_OUT: readonly Half[] = ['loo', 'us-outlets-loo', 'archive-loo'];
const AMERICAN_CORPUS_POOLS: readonly Half[] = ['us-tune-pool', 'us-test-pool'];
/** The collections whose pages are checked against the American corpus. */
const AMERICAN_CORPUS_HALVES = OUTLET_COLLECTIONS.filter((collection) => collection.corpusName === AMERICAN_CORPUS).map(
  (collection) => collection.halves,
);
export const HALVES: readonly Half[] = [
  'tune',
  'test',
  'loo',
  'heldout-tune',
  'heldout-test',
  'tune-pool',
  'test-pool',
  ...OUTLET_COLLECTIONS.flatMap((collection) => collection.halves),
  'us-outlets-loo',
  ...AMERICAN_CORPUS_POOLS,
  ...ARCHIVE_POOLS,
];
// Halves whose pages are another half's (or the corpus's) checked again against another corpus: their
// figures are read as their own half reads them.
const CHECKED_AGAIN: ReadonlySet<Half> = new Set([
  ...LEAVE_ONE_OUT,
  ...POOLS,
  ...AMERICAN_CORPUS_POOLS,
  ...ARCHIVE_POOLS,
]);
export type Relation = 'agree' | 'contradict' | 'change';

/** One figure as judged: its article, where it sits counted in non-space characters (whitespace-proof), how it was read then. */
export interface JudgedFigure {
  doc: string;
  at: [number, number];
  figure: string;
  reading: string;
}

export interface Judgement {
  page: JudgedFigure;
  evidence: JudgedFigure;
  same: boolean;
  copy: boolean;
  relation: Relation | null;
  misread: string | null;
  judged: string;
  why?: string;
}

export type PairScore = 'right' | 'wrong' | 'unjudged';

export interface ScoredPair {
  page: JudgedFigure;
  evidence: JudgedFigure;
  shown: Relation;
  score: PairScore;
  reason: string;
  /** The two sentences, for a judge or for --errors. */
  pageSentence: string;
  evidenceQuote: string;
}

export interface ScoredNote {
  half: Half;
  page: string;
  verdict: 'agrees' | 'differs';
  check: ConsistencyNote['check'];
  score: PairScore;
  pairs: ScoredPair[];
  note: ConsistencyNote;
}

export interface NotesEvaluation {
  notes: ScoredNote[];
  onlyHere: Record<Half, number>;
  /** The true pairs of each half and which of them some note shows with the right relation. */
  truePairs: { half: Half; judgement: Judgement; found: boolean }[];
  /** Pairs judged on a misreading that Sidenote now reads otherwise: to judge again, as they read today. */
  rejudge: { half: Half; page: JudgedFigure; evidence: JudgedFigure }[];
}

/** Non-space characters before `offset`: the same in a text and in its tidied copy. */
export function inkOffset(text: string, offset: number): number {
  let count = 0;
  for (let at = 0; at < offset && at < text.length; at++) if (!/\s/.test(text[at]!)) count++;
  return count;
}

export const readingOf = (claim: Pick<Claim, 'value' | 'high' | 'unit' | 'bound'>) =>
  `${claim.value}|${claim.high ?? ''}|${claim.unit ?? ''}|${claim.bound}`;
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const pairKey = (page: string, evidence: string) => `${page}→${evidence}`;

export function readSplit(): WarSplit &
  Record<'loo' | 'us-outlets-loo' | 'us-tune-pool' | 'us-test-pool' | ArchivePool | 'archive', string[]> {
  const split = readWarSplit();
  const archive = newTexts([...split.corpus, ...Object.values(split.outletCorpora).flat()], []);
  // Every tuning (0) or test (1) page of every set.
  const pagesOf = (side: 0 | 1) => [
    ...(side ? [...split.test, ...split['heldout-test']] : [...split.tune, ...split['heldout-tune']]),
    ...OUTLET_COLLECTIONS.flatMap((collection) => split[collection.halves[side]]),
  ];
  const everyPage = (side: 0 | 1) => newTexts(pagesOf(side), archive);
  const americanCorpus = corpusIdsOf(split, 'us-outlets-tune');
  const pooled = (side: 0 | 1) =>
    newTexts(
      AMERICAN_CORPUS_HALVES.flatMap((halves) => split[halves[side]]),
      americanCorpus,
    );
  return {
    ...split,
    loo: split.corpus,
    'us-outlets-loo': americanCorpus,
    'us-tune-pool': pooled(0),
    'us-test-pool': pooled(1),
    archive,
    'archive-tune-pool': everyPage(0),
    'archive-test-pool': everyPage(1),
    // No article whose text is a test page's: a collection sometimes holds one article under two ids.
    'archive-loo': newTexts(archive, pagesOf(1)),
  };
}

export function readJudgements(): Judgement[] {
  return readFileSync(JUDGEMENTS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Judgement);
}

/** Finds the judgement of a pair: the same two articles, figures overlapping. */
function judgementIndex(judgements: readonly Judgement[]) {
  const byDocs = new Map<string, Judgement[]>();
  for (const judgement of judgements) {
    const key = pairKey(judgement.page.doc, judgement.evidence.doc);
    byDocs.set(key, [...(byDocs.get(key) ?? []), judgement]);
  }
  // A pair judged again after its figures were read anew has two judgements: the one made on today's reading counts.
  return (page: JudgedFigure, evidence: JudgedFigure) => {
    const matching = (byDocs.get(pairKey(page.doc, evidence.doc)) ?? []).filter(
      (judgement) => overlaps(judgement.page.at, page.at) && overlaps(judgement.evidence.at, evidence.at),
    );
    return (
      matching.find(
        (judgement) => judgement.page.reading === page.reading && judgement.evidence.reading === evidence.reading,
      ) ??
      matching.at(-1) ??
      null
    );
  };
}

function scorePair(
  judgement: Judgement | null,
  page: JudgedFigure,
  evidence: JudgedFigure,
  shown: Relation,
): { score: PairScore; reason: string } {
  if (!judgement) return { score: 'unjudged', reason: 'no judgement' };
  if (!judgement.same)
    return { score: 'wrong', reason: `different quantities${judgement.misread ? ` (${judgement.misread})` : ''}` };
  if (judgement.copy) return { score: 'wrong', reason: 'a copy of the page’s own sentence cited as a second report' };
  const reread = judgement.page.reading !== page.reading || judgement.evidence.reading !== evidence.reading;
  if (reread)
    return {
      score: 'unjudged',
      reason: `read differently since judged (${judgement.page.reading} / ${judgement.evidence.reading} then, ${page.reading} / ${evidence.reading} now)`,
    };
  if (judgement.misread) return { score: 'wrong', reason: `misread: ${judgement.misread}` };
  return judgement.relation === shown
    ? { score: 'right', reason: shown }
    : { score: 'wrong', reason: `shown as ${shown}, judged ${judgement.relation}` };
}

const shownRelation = (evidence: ConsistencyNote['evidence'][number]): Relation =>
  evidence.agrees ? 'agree' : evidence.datesDiffer ? 'change' : 'contradict';

/** Runs every page of both halves against the corpus half and scores what the notes show. */
export async function evaluateNotes(): Promise<NotesEvaluation> {
  const split = readSplit();
  const articles = readNewsArticles();
  const finder = new PlaceFinder(loadGazetteer());
  // The corpus figures as the index read them, by article and position: what a note's evidence shows.
  const indexed = new Map<string, string>();
  // Every figure read today, by article, where it sits in non-space characters: what a judgement's figures read as now.
  const readToday = new Map<string, { at: [number, number]; reading: string }[]>();
  const remember = (doc: string, text: string, claim: Claim | IndexedClaim) =>
    readToday.set(doc, [
      ...(readToday.get(doc) ?? []),
      { at: [inkOffset(text, claim.start), inkOffset(text, claim.end)], reading: readingOf(claim) },
    ]);
  const corpusOf = (name: string, ids: readonly string[]) => {
    const corpus = ids.map((id) => articles.get(id)!);
    const index = CorpusIndex.build({ name, articles: corpus }, finder);
    for (let claimId = 0; claimId < index.claims.size; claimId++) {
      const claim = index.claims.claimAt(claimId);
      const id = index.articles[claim.doc]!.id;
      if (indexed.has(`${id}@${claim.start}`)) continue;
      indexed.set(`${id}@${claim.start}`, readingOf(claim));
      remember(id, articles.get(id)!.text, claim);
    }
    return { index, texts: new MemoryTextStore(corpus) };
  };
  const corpusHalf = corpusOf('ukraine-news-dev (corpus half)', split.corpus);
  const pools = new Map([
    ['tune-pool', corpusOf('ukraine-news-dev (corpus half) and every tuning page', corpusIdsOf(split, 'tune-pool'))],
    ['test-pool', corpusOf('ukraine-news-dev (corpus half) and every test page', corpusIdsOf(split, 'test-pool'))],
  ]);
  const collections = byCollectionHalf((collection) =>
    corpusOf(collection.corpusName, corpusIdsOf(split, collection.halves[0])),
  );
  for (const [half, corpus] of collections) pools.set(half, corpus);
  pools.set('us-outlets-loo', pools.get('us-outlets-tune')!);
  for (const pool of AMERICAN_CORPUS_POOLS)
    pools.set(
      pool,
      corpusOf(`${AMERICAN_CORPUS} and every ${pool === 'us-tune-pool' ? 'tuning' : 'test'} page checked against it`, [
        ...corpusIdsOf(split, 'us-outlets-tune'),
        ...split[pool],
      ]),
    );
  const archive = corpusOf('every corpus at once', split.archive);
  for (const pool of ARCHIVE_POOLS) pools.set(pool, archive);
  const judgements = readJudgements();
  const find = judgementIndex(judgements);
  const shownRight = new Set<Judgement>();
  const notes: ScoredNote[] = [];
  const onlyHere = Object.fromEntries(HALVES.map((half) => [half, 0])) as Record<Half, number>;
  for (const half of HALVES) {
    const { index, texts } = pools.get(half) ?? corpusHalf;
    for (const id of split[half]) {
      const article = articles.get(id)!;
      const pageText = tidyText(article.text);
      const consistency = await checkConsistency(
        { text: article.text, title: article.title ?? null, publishedTime: article.date ?? null },
        index,
        texts,
        finder,
      );
      if (!CHECKED_AGAIN.has(half)) for (const claim of consistency.claims) remember(id, pageText, claim);
      const judgedFigure = (
        text: string,
        doc: string,
        range: TextRange,
        claim: Pick<Claim, 'value' | 'high' | 'unit' | 'bound'>,
        written: string,
      ): JudgedFigure => ({
        doc,
        at: [inkOffset(text, range.start), inkOffset(text, range.end)],
        figure: written,
        reading: readingOf(claim),
      });
      for (const note of consistency.notes) {
        if (note.verdict === 'only-here') {
          onlyHere[half]++;
          continue;
        }
        const page = judgedFigure(pageText, id, note.claim, note.claim, note.claim.text);
        const pairs: ScoredPair[] = note.evidence.map((evidence) => {
          const shown = shownRelation(evidence);
          // Evidence from the gazetteer or the page itself is judged as a pair with that source.
          const otherText = evidence.origin === 'corpus' ? (articles.get(evidence.id)?.text ?? '') : '';
          const other: JudgedFigure =
            evidence.origin === 'corpus' && evidence.at
              ? {
                  doc: evidence.id,
                  at: [inkOffset(otherText, evidence.at.start), inkOffset(otherText, evidence.at.end)],
                  figure: otherText.slice(evidence.at.start, evidence.at.end),
                  reading: indexed.get(`${evidence.id}@${evidence.at.start}`) ?? '?',
                }
              : {
                  doc: `${evidence.origin}:${note.check}`,
                  at: page.at,
                  figure: evidence.figure,
                  reading: page.reading,
                };
          const judgement = find(page, other);
          const scored = scorePair(judgement, page, other, shown);
          // The true pairs are the dev set's halves' own: a pair the pool shows does not find them.
          if (scored.score === 'right' && judgement && (half === 'tune' || half === 'test')) shownRight.add(judgement);
          return {
            page,
            evidence: other,
            shown,
            ...scored,
            pageSentence: note.sentence,
            evidenceQuote: evidence.quote,
          };
        });
        const score: PairScore = pairs.some((pair) => pair.score === 'wrong')
          ? 'wrong'
          : pairs.some((pair) => pair.score === 'unjudged')
            ? 'unjudged'
            : 'right';
        notes.push({ half, page: id, verdict: note.verdict, check: note.check, score, pairs, note });
      }
    }
  }
  const inCorpusHalf = new Set(split.corpus);
  const halfOf = new Map<string, Half>([
    ...split.tune.map((id) => [id, 'tune'] as const),
    ...split.test.map((id) => [id, 'test'] as const),
  ]);
  // Each pair once, by its latest judgement: a pair judged again (its figures overlapping) supersedes its first judgement.
  const samePair = (a: Judgement, b: Judgement) =>
    a.page.doc === b.page.doc &&
    a.evidence.doc === b.evidence.doc &&
    overlaps(a.page.at, b.page.at) &&
    overlaps(a.evidence.at, b.evidence.at);
  const latest: Judgement[] = [];
  for (const judgement of judgements) {
    const earlier = latest.findIndex((kept) => samePair(kept, judgement));
    if (earlier >= 0) latest.splice(earlier, 1);
    latest.push(judgement);
  }
  const today = (figure: JudgedFigure): JudgedFigure | null => {
    const found = readToday.get(figure.doc)?.find((claim) => overlaps(claim.at, figure.at));
    return found ? { ...figure, at: found.at, reading: found.reading } : null;
  };
  const truePairs: NotesEvaluation['truePairs'] = [];
  const rejudge: NotesEvaluation['rejudge'] = [];
  for (const judgement of latest) {
    const half = halfOf.get(judgement.page.doc);
    // A pair between two pages (judged for the pool) is no true pair of a half checked against the corpus half.
    const betweenPages = articles.has(judgement.evidence.doc) && !inCorpusHalf.has(judgement.evidence.doc);
    if (!half || !judgement.same || judgement.copy || betweenPages) continue;
    if (!judgement.misread) {
      truePairs.push({ half, judgement, found: [...shownRight].some((shown) => samePair(shown, judgement)) });
      continue;
    }
    const [page, evidence] = [today(judgement.page), today(judgement.evidence)];
    if (
      page &&
      evidence &&
      (page.reading !== judgement.page.reading || evidence.reading !== judgement.evidence.reading)
    )
      rejudge.push({ half, page, evidence });
  }
  return { notes, onlyHere, truePairs, rejudge };
}

/**
 * Keeps the judged set of consistency notes whole (docs/judging-notes.md).
 *   npm run judge:notes -- pool OUT.jsonl            the pairs eval:notes shows that no judgement covers, as a pool to judge
 *   npm run judge:notes -- merge POOL A.jsonl B.jsonl adds two judges' agreed judgements of a pool to the fixture;
 *                                                     prints the pairs they disagree on, which a third reading settles
 *                                                     (--settle GROUP=yes|no:RELATION:copy:misread ... to add them
 *                                                     too; "misread" keeps the judges' notes of a misreading)
 * A pool line is a group: the page figure in its sentence and one candidate; a judge writes one
 * line per candidate: {"group","candidate","same","copy","relation","misread","why"}.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sentences, tidyText } from '../utils/core/text';
import { evaluateNotes, JUDGEMENTS_FILE, type JudgedFigure, type Judgement, type Relation } from './lib/notes-eval';
import { readNewsArticles } from './lib/related-eval';

interface Verdict {
  group: number;
  candidate: number;
  same: 'yes' | 'no';
  copy: boolean;
  relation: Relation | null;
  misread: string | null;
  why?: string;
}

const readLines = <T>(path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const articles = readNewsArticles();

/** The position of the `ink`-th non-space character of `text`. */
function fromInk(text: string, ink: number): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    if (/\s/.test(text[at]!)) continue;
    if (count === ink) return at;
    count++;
  }
  return text.length;
}

/** A judged figure shown as a judge reads it: its sentence with the figure marked «like this», and the sentence before. */
function shown(figure: JudgedFigure, tidy: boolean) {
  const article = articles.get(figure.doc);
  if (!article) return { doc: figure.doc, figure: figure.figure, readAs: figure.reading };
  const text = tidy ? tidyText(article.text) : article.text;
  const start = fromInk(text, figure.at[0]);
  const end = fromInk(text, figure.at[1] - 1) + 1;
  const all = sentences(text);
  const index = Math.max(
    0,
    all.findIndex((sentence) => sentence.end >= end),
  );
  const sentence = all[index]!;
  return {
    doc: figure.doc,
    date: article.date?.slice(0, 10) ?? null,
    figure: text.slice(start, end),
    readAs: figure.reading,
    before: all[index - 1]?.text.slice(-300) ?? '',
    sentence: `${text.slice(sentence.start, start)}«${text.slice(start, end)}»${text.slice(end, sentence.end)}`.slice(
      0,
      900,
    ),
  };
}

async function pool(out: string): Promise<void> {
  const evaluation = await evaluateNotes();
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const note of evaluation.notes) {
    for (const pair of note.pairs.filter((one) => one.score === 'unjudged')) {
      const key = JSON.stringify([pair.page, pair.evidence]);
      if (seen.has(key)) continue;
      seen.add(key);
      const candidate =
        note.check === 'corpus'
          ? shown(pair.evidence, false)
          : { ...pair.evidence, sentence: `Sidenote's ${note.check} check: ${pair.evidenceQuote}` };
      lines.push(
        JSON.stringify({
          group: lines.length,
          half: note.half,
          check: note.check,
          shown: pair.shown,
          page: shown(pair.page, true),
          candidates: [candidate],
          pair: { page: pair.page, evidence: pair.evidence },
        }),
      );
    }
  }
  // Pairs once judged on a misreading that is now read otherwise: judged again as they read today.
  for (const { half, page, evidence } of evaluation.rejudge) {
    const key = JSON.stringify([page, evidence]);
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(
      JSON.stringify({
        group: lines.length,
        half,
        check: 'corpus',
        shown: null,
        page: shown(page, true),
        candidates: [shown(evidence, false)],
        pair: { page, evidence },
      }),
    );
  }
  writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
  console.log(`${lines.length} pairs to judge written to ${out}`);
}

function merge(
  poolPath: string,
  first: string,
  second: string,
  settled: Map<number, Pick<Verdict, 'same' | 'relation' | 'copy'> & { misread: boolean }>,
): void {
  const groups = readLines<{ group: number; pair: { page: JudgedFigure; evidence: JudgedFigure } }>(poolPath);
  const [a, b] = [readLines<Verdict>(first), readLines<Verdict>(second)];
  const verdictOf = (list: Verdict[], group: number) =>
    list.find((verdict) => verdict.group === group && verdict.candidate === 0);
  const added: string[] = [];
  for (const { group, pair } of groups) {
    const [one, two] = [verdictOf(a, group), verdictOf(b, group)];
    if (!one || !two) throw new Error(`group ${group} is missing a judge's verdict`);
    // A misreading only one judge saw is a disagreement too: a third reading says whether it is one.
    const agreed =
      one.same === two.same &&
      !one.misread === !two.misread &&
      (one.same === 'no' || (one.relation === two.relation && one.copy === two.copy));
    const settlement = settled.get(group);
    if (!agreed && !settlement) {
      console.log(`disagree on group ${group}: ${JSON.stringify(one)} / ${JSON.stringify(two)}`);
      continue;
    }
    const final = settlement ?? one;
    const noted =
      [one.misread && `A: ${one.misread}`, two.misread && `B: ${two.misread}`].filter(Boolean).join(' | ') || null;
    const misread = settlement && !settlement.misread ? null : noted;
    const judgement: Judgement = {
      page: pair.page,
      evidence: pair.evidence,
      same: final.same === 'yes',
      copy: final.copy,
      relation: final.same === 'yes' ? final.relation : null,
      misread,
      judged: settlement ? 'two judges; settled by a third reading' : 'two judges agree',
      ...(final.same === 'yes' || final.copy ? { why: one.why || two.why } : {}),
    };
    added.push(JSON.stringify(judgement));
  }
  if (added.length) appendFileSync(JUDGEMENTS_FILE, `${added.join('\n')}\n`);
  console.log(`${added.length} judgements added to ${JUDGEMENTS_FILE}`);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { settle: { type: 'string', multiple: true } },
});
const [command, ...files] = positionals;
if (command === 'pool' && files.length === 1) await pool(files[0]!);
else if (command === 'merge' && files.length === 3) {
  const settled = new Map(
    (values.settle ?? []).map((entry) => {
      const [group, verdict] = entry.split('=') as [string, string];
      const [same, relation, copy, misread] = verdict.split(':');
      return [
        Number(group),
        {
          same: same as Verdict['same'],
          relation: (relation || null) as Relation | null,
          copy: copy === 'copy',
          misread: misread === 'misread',
        },
      ];
    }),
  );
  merge(files[0]!, files[1]!, files[2]!, settled);
} else {
  console.error(
    'usage: npm run judge:notes -- pool OUT.jsonl | merge POOL.jsonl A.jsonl B.jsonl [--settle GROUP=yes:agree[:copy]]',
  );
  process.exit(2);
}

/**
 * npm run eval:notes [-- --errors] [--unjudged FILE]: consistency notes scored against judgements
 * made by written criteria (docs/judging-notes.md) on real news no rule was tuned with. Prints a
 * table per half (tuning, test); the last line is JSON.
 *   --errors          every note scored wrong or unjudged, with the pairs behind it (tuning pages only, unless --all)
 *   --unjudged FILE   writes the unjudged pairs as JSON Lines, for judging
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateNotes, HALVES, type Half, type ScoredNote } from './lib/notes-eval';
import { TUNING_HALVES } from './lib/related-eval';

const { values } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    unjudged: { type: 'string' },
  },
});
const evaluation = await evaluateNotes();
const summary: Record<string, unknown> = { eval: 'notes' };
const ratio = (part: number, whole: number) => (whole ? +(part / whole).toFixed(3) : null);
console.log('half | verdict | notes | right | wrong | unjudged | precision (judged)');
for (const half of HALVES) {
  const row: Record<string, unknown> = {};
  for (const verdict of ['agrees', 'differs'] as const) {
    const notes = evaluation.notes.filter((note) => note.half === half && note.verdict === verdict);
    const count = (score: ScoredNote['score']) => notes.filter((note) => note.score === score).length;
    const [right, wrong, unjudged] = [count('right'), count('wrong'), count('unjudged')];
    console.log(
      `${half} | ${verdict} | ${notes.length} | ${right} | ${wrong} | ${unjudged} | ${ratio(right, right + wrong) ?? '-'}`,
    );
    row[verdict] = { notes: notes.length, right, wrong, unjudged, precision: ratio(right, right + wrong) };
  }
  // The true pairs were read from a pool of the pages' figures against the corpus's: the leave-one-out part has precision only.
  const truePairs = evaluation.truePairs.filter((pair) => pair.half === half);
  const found = truePairs.filter((pair) => pair.found).length;
  if (half === 'tune' || half === 'test')
    console.log(
      `${half} | true pairs found | ${found}/${truePairs.length} | recall ${ratio(found, truePairs.length) ?? '-'} | only-here notes ${evaluation.onlyHere[half]}`,
    );
  summary[half] = {
    ...row,
    ...(half !== 'tune' && half !== 'test'
      ? {}
      : { truePairs: truePairs.length, truePairsFound: found, recall: ratio(found, truePairs.length) }),
    onlyHere: evaluation.onlyHere[half],
  };
}

// The corpus's notes apart from the page's own and the gazetteer's checks (conversions, distances,
// populations), which are easier: a figure against its own conversion is rarely misread.
console.log(
  '\nhalf | against the corpus: agrees right/judged | differs right/judged | other checks: agrees right/judged | differs right/judged',
);
for (const half of HALVES) {
  const share = (corpus: boolean, verdict: 'agrees' | 'differs') => {
    const notes = evaluation.notes.filter(
      (note) => note.half === half && note.verdict === verdict && (note.check === 'corpus') === corpus,
    );
    const judged = notes.filter((note) => note.score !== 'unjudged');
    return `${judged.filter((note) => note.score === 'right').length}/${judged.length}`;
  };
  const byCheck = {
    corpus: { agrees: share(true, 'agrees'), differs: share(true, 'differs') },
    otherChecks: { agrees: share(false, 'agrees'), differs: share(false, 'differs') },
  };
  console.log(
    `${half} | ${byCheck.corpus.agrees} | ${byCheck.corpus.differs} | ${byCheck.otherChecks.agrees} | ${byCheck.otherChecks.differs}`,
  );
  summary[half] = { ...(summary[half] as object), ...byCheck };
}

const halves: Half[] = values.all ? [...HALVES] : HALVES.filter((half) => TUNING_HALVES.includes(half));
if (values.errors) {
  for (const note of evaluation.notes.filter((one) => one.score !== 'right' && halves.includes(one.half))) {
    console.log(
      `\n[${note.half}] ${note.page} ${note.check} ${note.verdict}: ${note.score}\n  page: ${note.note.sentence}`,
    );
    for (const pair of note.pairs)
      console.log(
        `  ${pair.score} (${pair.reason}), shown ${pair.shown}: ${pair.evidence.doc} «${pair.evidence.figure}» ${pair.evidenceQuote}`,
      );
  }
  for (const pair of evaluation.truePairs.filter((one) => !one.found && halves.includes(one.half))) {
    console.log(
      `\n[${pair.half}] missed true pair: ${pair.judgement.page.doc} «${pair.judgement.page.figure}» ~ ${pair.judgement.evidence.doc} «${pair.judgement.evidence.figure}» (${pair.judgement.relation})`,
    );
  }
}
if (values.unjudged) {
  const lines = evaluation.notes.flatMap((note) =>
    note.pairs
      .filter((pair) => pair.score === 'unjudged')
      .map((pair) =>
        JSON.stringify({
          half: note.half,
          check: note.check,
          shown: pair.shown,
          reason: pair.reason,
          page: pair.page,
          evidence: pair.evidence,
          pageSentence: pair.pageSentence,
          evidenceQuote: pair.evidenceQuote,
        }),
      ),
  );
  // A pair the pool shows may be shown by another half too: each once, by its two figures.
  const once = [
    ...new Map(
      lines.map((line) => {
        const { page, evidence } = JSON.parse(line) as { page: unknown; evidence: unknown };
        return [JSON.stringify([page, evidence]), line];
      }),
    ).values(),
  ];
  writeFileSync(values.unjudged, once.join('\n') + (once.length ? '\n' : ''));
  console.log(`\n${once.length} unjudged pairs written to ${values.unjudged}`);
}
console.log(JSON.stringify(summary));

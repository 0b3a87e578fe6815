/**
 * Place-name accuracy on news with gold place spans and coordinates.
 *   npm run eval:places [-- FILE.jsonl ...] [--errors] [--rules-only]
 * Without files: TR-News and GeoVirus (../shared/data/toponyms) and GeoWebNews
 * (tests/fixtures/toponyms/gwn.jsonl), each in the tuning and the test half of
 * tests/fixtures/toponyms/split.json; LGL (tests/fixtures/toponyms/lgl.jsonl), local news never
 * tuned on; the seeds (tests/fixtures/toponyms/seeds.jsonl); and war news marked by hand
 * (tests/fixtures/toponyms/war-news.jsonl, in halves). --errors lists the misses of the
 * tuning halves and the seeds only: the test halves' and LGL's errors are not read to tune.
 * --rules-only decides every mention by the rules, without the tagger: the baseline the tagger is weighed against.
 * Each line of a file: {"id", "text", "toponyms": [{"start", "end", "lat", "lon"}]}. A detected
 * mention counts as found when its span overlaps a gold span; it counts as resolved when the chosen
 * place lies within 161 km (100 miles) of the gold point. The last line printed is JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { scorePlaces, type GoldDocument, type PlaceScore } from '../utils/core/places/evaluate';
import { PlaceFinder } from '../utils/core/places/find-places';
import { loadGazetteer } from './lib/gazetteer-file';
import { areaContains } from './lib/place-areas';
import {
  HELDOUT_NEWS_PLACES,
  scoreHeldoutNewsPlaces,
  scoreNews2019Places,
  scoreOtherSubjectPlaces,
  type JudgedPlacesScore,
} from './lib/other-subject-places';
import { placeSets, type PlaceSet } from './lib/place-sets';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    errors: { type: 'boolean' },
    'near-miss-threshold': { type: 'string' },
    'rules-only': { type: 'boolean' },
  },
});

function readFile(file: string): GoldDocument[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, index) => {
        const parsed = JSON.parse(line) as GoldDocument;
        if (typeof parsed.text !== 'string' || !Array.isArray(parsed.toponyms))
          throw new Error(`line ${index + 1} lacks text or toponyms`);
        return parsed;
      });
  } catch (error) {
    console.error(`eval:places: ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const sets: PlaceSet[] =
  positionals.length > 0
    ? positionals.map((file) => ({
        name: basename(file, '.jsonl'),
        documents: readFile(file),
        readErrors: true,
        trainsTagger: false,
      }))
    : placeSets();
const gazetteer = loadGazetteer();
const threshold = values['near-miss-threshold'];
const contains = areaContains();
const finder = new PlaceFinder(
  gazetteer,
  threshold === undefined ? undefined : Number(threshold),
  values['rules-only'] ? {} : undefined,
);
const results: Record<string, PlaceScore> = {};
for (const { name, documents, readErrors } of sets) {
  const started = performance.now();
  const score = scorePlaces(
    documents,
    (text) => finder.find(text),
    (id) => gazetteer.get(id),
    contains,
  );
  results[name] = score;
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(
    `${name}: ${documents.length} articles, ${score.gold} gold places, ${score.detected} detected · ` +
      `precision ${percent(score.precision)} recall ${percent(score.recall)} F1 ${score.f1.toFixed(3)} · ` +
      `(${score.demonymGold} gold spans are demonyms; without them recall ${percent(score.recallWithoutDemonyms)}, F1 ${score.f1WithoutDemonyms.toFixed(3)}) · ` +
      (score.locatable
        ? `within 161 km of the gold point: ${percent(score.within161km)} from its point, ${percent(score.resolved)} measured from the place (a country's outline, a region's extent) · `
        : 'no gold coordinates · ') +
      `${((performance.now() - started) / documents.length).toFixed(1)} ms an article`,
  );
  if (values.errors && readErrors) for (const line of score.errors) console.log(`  ${line}`);
}
if (positionals.length === 0 && !existsSync(new URL('../../shared/data/toponyms/', import.meta.url)))
  console.log('(../shared/data is not beside this checkout: TR-News and GeoVirus left out)');
// Pages on other subjects: precision only, every place shown judged (tests/fixtures/toponyms/README.md).
const otherSubjects: Record<string, JudgedPlacesScore> = {};
/** A judged set's line: what Sidenote showed there and how much of it is right, with the names still to judge. */
function printJudged(label: string, score: JudgedPlacesScore, listWrong: boolean): void {
  const precision = score.precision === null ? '-' : `${(score.precision * 100).toFixed(1)}%`;
  console.log(
    `${label}: ${score.pages} pages, ${score.mentions} place mentions shown · ` +
      `${score.right} right, ${score.wrong} wrong, ${score.unjudged} unjudged · precision ${precision} of the judged`,
  );
  for (const name of score.unjudgedNames) console.log(`  unjudged ${name}`);
  if (listWrong) for (const name of score.wrongNames) console.log(`  wrong ${name}`);
}
if (positionals.length === 0) {
  for (const [half, score] of Object.entries(scoreOtherSubjectPlaces(finder))) {
    otherSubjects[half] = score;
    printJudged(`other subjects (${half})`, score, Boolean(values.errors) && half === 'tune');
  }
  // Held-out war news, never tuned on: precision only, a sample of its test half.
  if (existsSync(HELDOUT_NEWS_PLACES)) {
    const score = scoreHeldoutNewsPlaces(finder).test;
    otherSubjects['held-out war news'] = score;
    printJudged('held-out war news (every third page of the test half, never tuned on)', score, false);
  }
  const news2019 = scoreNews2019Places(finder);
  otherSubjects['news of 2019 (tune)'] = news2019.tune;
  printJudged('news of 2019 on other subjects (tune)', news2019.tune, Boolean(values.errors));
  otherSubjects['news of 2019 (test)'] = news2019.test;
  printJudged('news of 2019 on other subjects (test, never tuned on)', news2019.test, false);
}
console.log(
  JSON.stringify({
    ...Object.fromEntries(Object.entries(results).map(([name, { errors: _errors, ...figures }]) => [name, figures])),
    ...Object.fromEntries(
      Object.entries(otherSubjects).map(([half, { wrongNames: _wrong, unjudgedNames: _unjudged, ...figures }]) => [
        half === 'tune' || half === 'test' ? `other subjects (${half})` : half,
        figures,
      ]),
    ),
  }),
);

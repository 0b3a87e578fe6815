/**
 * Place-name accuracy on news with gold place spans and coordinates (TR-News and GeoVirus by default).
 *   npm run eval:places [-- FILE.jsonl ...] [--errors]
 * Each line of a file: {"id", "text", "toponyms": [{"start", "end", "lat", "lon"}]}. A detected
 * mention counts as found when its span overlaps a gold span; it counts as resolved when the chosen
 * place lies within 161 km (100 miles) of the gold point. The last line printed is JSON.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { scorePlaces, type GoldDocument, type PlaceScore } from '../utils/core/places/evaluate';
import { PlaceFinder } from '../utils/core/places/find-places';
import { loadGazetteer } from './lib/gazetteer-file';
import { areaContains } from './lib/place-areas';

const DEFAULT_FILES = ['../shared/data/toponyms/tr-news.jsonl', '../shared/data/toponyms/geovirus.jsonl'];
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { errors: { type: 'boolean' }, 'near-miss-threshold': { type: 'string' } },
});
const files = positionals.length > 0 ? positionals : DEFAULT_FILES;

const gazetteer = loadGazetteer();
const threshold = values['near-miss-threshold'];
const contains = areaContains();
const finder = new PlaceFinder(gazetteer, threshold === undefined ? undefined : Number(threshold));
const results: Record<string, PlaceScore> = {};
for (const file of files) {
  let documents: GoldDocument[];
  try {
    documents = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, index) => {
        const parsed = JSON.parse(line) as GoldDocument;
        if (typeof parsed.text !== 'string' || !Array.isArray(parsed.toponyms)) throw new Error(`line ${index + 1} lacks text or toponyms`);
        return parsed;
      });
  } catch (error) {
    console.error(`eval:places: ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const started = performance.now();
  const score = scorePlaces(documents, (text) => finder.find(text), (id) => gazetteer.get(id), contains);
  const name = basename(file, '.jsonl');
  results[name] = score;
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(
    `${name}: ${documents.length} articles, ${score.gold} gold places, ${score.detected} detected · ` +
      `precision ${percent(score.precision)} recall ${percent(score.recall)} F1 ${score.f1.toFixed(3)} · ` +
      `(${score.demonymGold} gold spans are demonyms; recall without them ${percent(score.recallWithoutDemonyms)}) · ` +
      `within 161 km of the gold point: ${percent(score.resolved)} measured from the place (a country's outline, a region's extent), ` +
      `${percent(score.within161km)} from its point · ${((performance.now() - started) / documents.length).toFixed(1)} ms an article`,
  );
  if (values.errors) for (const line of score.errors) console.log(`  ${line}`);
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([name, { errors: _errors, ...figures }]) => [name, figures]))));

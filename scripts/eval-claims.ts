/**
 * Figure-reading accuracy on Microsoft Recognizers-Text's English specifications.
 *   npm run eval:claims [-- FOLDER] [--errors]
 * FOLDER defaults to tests/fixtures/quantities/recognizers-text-specs-en. For each set (numbers,
 * percentages, currency, dimensions): precision and recall of value with unit, over every case and
 * over the cases the specifications do not mark unsupported in JavaScript. The last line is JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreSet, SPEC_FILES, type SetName, type SetScore, type SpecCase } from './lib/claims-eval';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { errors: { type: 'boolean' } } });
const folder = positionals[0] ?? 'tests/fixtures/quantities/recognizers-text-specs-en';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const results: Record<string, Omit<SetScore, 'errors'> & { supportedInJavaScript: Omit<SetScore, 'errors'> }> = {};
for (const [set, file] of Object.entries(SPEC_FILES) as [SetName, string][]) {
  let specs: SpecCase[];
  try {
    specs = JSON.parse(readFileSync(join(folder, file), 'utf8')) as SpecCase[];
    if (!Array.isArray(specs)) throw new Error('expected a JSON array of cases');
  } catch (error) {
    console.error(`eval:claims: ${join(folder, file)}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const started = performance.now();
  const { errors, ...all } = scoreSet(set, specs);
  const elapsed = (performance.now() - started) / specs.length;
  const { errors: _supportedErrors, ...supported } = scoreSet(
    set,
    specs.filter((spec) => !/javascript/i.test(spec.NotSupported ?? '')),
  );
  results[set] = { ...all, supportedInJavaScript: supported };
  console.log(
    `${set}: ${all.cases} sentences, ${all.gold} gold figures, ${all.found} found · precision ${percent(all.precision)} recall ${percent(all.recall)} F1 ${all.f1.toFixed(3)} · ` +
      `without the cases marked unsupported in JavaScript: precision ${percent(supported.precision)} recall ${percent(supported.recall)} · ${elapsed.toFixed(2)} ms a sentence`,
  );
  if (values.errors) for (const line of errors) console.log(`  ${line}`);
}
console.log(JSON.stringify(results));

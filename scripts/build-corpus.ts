/**
 * The corpus builder: a folder of article files (.txt or .md, one article a file) to a corpus file.
 *   npm run build:corpus -- FOLDER [--out FILE] [--name NAME]
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { serializeCorpus } from '../utils/core/corpus-format';
import { readCorpusFolder } from './lib/corpus-folder';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, name: { type: 'string' } },
});
const folder = positionals[0];
if (!folder) {
  console.error('usage: npm run build:corpus -- FOLDER [--out FILE] [--name NAME]');
  process.exit(2);
}
try {
  const corpus = readCorpusFolder(folder, values.name ?? basename(folder));
  const json = serializeCorpus(corpus);
  if (values.out) {
    writeFileSync(values.out, json);
    console.error(`${corpus.articles.length} articles → ${values.out}`);
  } else {
    process.stdout.write(`${json}\n`);
  }
} catch (error) {
  console.error(`build:corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

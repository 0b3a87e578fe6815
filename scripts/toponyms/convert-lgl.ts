/**
 * How tests/fixtures/toponyms/lgl.jsonl was made: LGL, the Local-Global Lexicon corpus of local
 * news (Lieberman, Samet and Sankaranayananan 2010), as kept in
 * milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation (data/Corpora/lgl.xml), turned into the format
 * eval:places reads: one article a line, {"id", "text", "toponyms": [{"start", "end", "name", "lat", "lon"}]}.
 * A toponym without coordinates keeps lat and lon null: it counts for finding places, not for resolving them.
 *   npx tsx scripts/toponyms/convert-lgl.ts lgl.xml > tests/fixtures/toponyms/lgl.jsonl
 */
import { readFileSync } from 'node:fs';
import { xmlField as field } from './xml-fields';

const xml = readFileSync(process.argv[2]!, 'utf8');
for (const article of xml.matchAll(/<article docid="(\d+)">([\s\S]*?)<\/article>/g)) {
  const body = article[2]!;
  const text = field(body, 'text') ?? '';
  const toponyms = [...body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].map(([, toponym]) => {
    const start = Number(field(toponym!, 'start'));
    const end = Number(field(toponym!, 'end'));
    const name = field(toponym!, 'phrase');
    if (text.slice(start, end) !== name) throw new Error(`article ${article[1]}: "${name}" is not at ${start}-${end}`);
    const lat = field(toponym!, 'lat');
    const lon = field(toponym!, 'lon');
    return { start, end, name, lat: lat === null ? null : Number(lat), lon: lon === null ? null : Number(lon) };
  });
  console.log(JSON.stringify({ id: article[1], text, toponyms }));
}

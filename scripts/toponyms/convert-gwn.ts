/**
 * How tests/fixtures/toponyms/gwn.jsonl was made: GeoWebNews (Gritta, Pilehvar and Collier, "A
 * Pragmatic Guide to Geoparsing Evaluation", 2019), 200 articles from 200 news sites, as kept in
 * milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation (data/GWN.xml), turned into the format
 * eval:places reads: one article a line, {"id", "text", "toponyms": [{"start", "end", "name", "type", "lat", "lon"}]}.
 *
 * GeoWebNews marks more than place names; what Sidenote counts as a place mention (the criteria of
 * README.md, "seeds.jsonl") is kept: literal and metonymic uses, mixed ones and modifiers ("London
 * police", "US officials"; the adjectives among them, "Russian", are reported apart as demonyms,
 * as in TR-News). Left out: common nouns ("the city", "residents"), names of organisations, events
 * and buildings that stand for a place (its Coercion and Non_Toponym), names inside another name
 * ("The Washington Post"), plural demonyms ("Mexicans"), homonyms ("Iceland" the shop) and languages.
 * An article whose kept spans do not match its text at their offsets is left out whole (one is).
 *   npx tsx scripts/toponyms/convert-gwn.ts GWN.xml > tests/fixtures/toponyms/gwn.jsonl
 */
import { readFileSync } from 'node:fs';
import { xmlField as field } from './xml-fields';

const KEPT_TYPES = new Set(['Literal', 'Metonymic', 'Mixed', 'Literal_Modifier', 'Non_Literal_Modifier']);

const xml = readFileSync(process.argv[2]!, 'utf8');
let skipped = 0;
for (const article of xml.matchAll(/<article file="(\d+)">([\s\S]*?)<\/article>/g)) {
  const body = article[2]!;
  const text = field(body, 'text') ?? '';
  const kept = [...body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)]
    .map(([, toponym]) => toponym!)
    .filter((toponym) => KEPT_TYPES.has(field(toponym, 'type') ?? ''));
  const toponyms = kept.map((toponym) => {
    const start = Number(field(toponym, 'start'));
    const end = Number(field(toponym, 'end'));
    const lat = field(toponym, 'latitude');
    const lon = field(toponym, 'longitude');
    return {
      start,
      end,
      name: field(toponym, 'extractedName'),
      type: field(toponym, 'type'),
      lat: lat === null ? null : Number(lat),
      lon: lon === null ? null : Number(lon),
    };
  });
  if (toponyms.some(({ start, end, name }) => start < 0 || text.slice(start, end) !== name)) {
    skipped++;
    continue;
  }
  toponyms.sort((a, b) => a.start - b.start);
  console.log(JSON.stringify({ id: `gwn-${article[1]}`, text, toponyms }));
}
process.stderr.write(`convert-gwn: ${skipped} article(s) left out, their spans not at their offsets\n`);

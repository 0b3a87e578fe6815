/**
 * The archive's two answers, in the shapes the extension's background gives (Annotation and
 * Consistency), so the sidebar renders them unchanged. The page is read with the core; its
 * candidates and the archive's counts are read from one snapshot; the core indexes the candidates
 * with those counts and gives its ranking and notes. Nothing is kept between requests.
 */
import type pg from 'pg';
import { analysePage, readPage, type PageAnalysis } from '../../utils/core/analyse-page';
import { annotate } from '../../utils/core/annotate';
import { checkConsistency } from '../../utils/core/check-consistency';
import { now, since } from '../../utils/core/clock';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import type { Annotation, Consistency } from '../../utils/core/results';
import { mayBeSameStory } from '../../utils/core/story-links';
import { contentTerms } from '../../utils/core/text';
import type { ArticleInput } from '../../utils/core/types';
import { readSnapshot } from '../db/database';
import { ArchiveStatistics } from './archive-statistics';
import { findCandidates } from './candidates';
import { loadSample } from './sample-index';

interface Prepared {
  analysis: PageAnalysis;
  sample: Awaited<ReturnType<typeof loadSample>>;
  statistics: ArchiveStatistics;
  /** Time spent in PostgreSQL and building the sample (ms). */
  archive: number;
}

export class ArchiveAnswers {
  constructor(
    private readonly pool: pg.Pool,
    private readonly finder: PlaceFinder,
    /** What the sidebar calls the corpus. */
    private readonly name: string,
  ) {}

  async annotate(input: ArticleInput): Promise<Annotation> {
    const page = readPage(input, this.finder);
    return readSnapshot(this.pool, async (client) => {
      const prepared = await this.prepare(client, input, page);
      const { analysis, sample, statistics } = prepared;
      // Which related articles' own terms the story check weighs (annotate.ts): their counts too.
      const published = input.publishedTime ?? null;
      const maySameStory = analysis.ranked.hits.filter((hit) =>
        mayBeSameStory(hit.coverage, published, hit.article.date),
      );
      const started = now();
      const texts = await sample.texts.get(maySameStory.map((hit) => hit.article.id));
      await statistics.loadTerms(
        client,
        [...texts.values()].flatMap((text) => contentTerms(text)),
      );
      const archive = Math.round((prepared.archive + since(started)) * 100) / 100;
      const annotation = await annotate(input, sample.index, sample.texts, this.finder, analysis);
      annotation.timings = { ...annotation.timings, archive };
      return annotation;
    });
  }

  async checkFigures(input: ArticleInput): Promise<Consistency> {
    const page = readPage(input, this.finder);
    return readSnapshot(this.pool, async (client) => {
      const { analysis, sample, archive } = await this.prepare(client, input, page);
      const consistency = await checkConsistency(input, sample.index, sample.texts, this.finder, analysis);
      consistency.timings = { ...consistency.timings, archive };
      return consistency;
    });
  }

  private async prepare(
    client: pg.ClientBase,
    input: ArticleInput,
    page: ReturnType<typeof readPage>,
  ): Promise<Prepared> {
    const started = now();
    // An answer's queries read a few hundred rows by key: parallel workers would only take the cores
    // the other answers need (the server answers many at once; the bench's machine has two cores).
    await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
    const statistics = await ArchiveStatistics.load(client);
    // The title as rankRelated takes it; its terms count with the text's.
    const title = input.title?.trim() || null;
    const pageTerms = new Set([...(title ? contentTerms(title) : []), ...contentTerms(page.text, page.words)]);
    await statistics.loadTerms(client, pageTerms);
    await statistics.loadPlaces(
      client,
      [...page.headlineMentions, ...page.mentions].map((mention) => mention.placeId),
    );
    const seqs = await findCandidates(client, { page, title, statistics });
    const sample = await loadSample(client, seqs, statistics, this.name, pageTerms);
    const archive = since(started);
    const analysis = analysePage(input, sample.index, this.finder, page);
    return { analysis, sample, statistics, archive };
  }
}

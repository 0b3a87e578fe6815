import { annotate } from '../core/annotate';
import { CorpusIndex } from '../core/corpus-index';
import type { Annotation, ArticleInput } from '../core/types';

/** Where the build puts the bundled corpus's prebuilt index inside the extension. */
export const BUNDLED_INDEX_PATH = '/corpus/bundled-index.json';

export type IndexLoader = () => Promise<unknown>;

/**
 * Owns the corpus index for the background. The index is loaded once, on first use, and kept
 * while the worker lives; a restarted worker loads it again from storage (never rebuilds it).
 */
export class CorpusService {
  private index: Promise<CorpusIndex> | null = null;

  constructor(private readonly loadSerializedIndex: IndexLoader) {}

  private current(): Promise<CorpusIndex> {
    this.index ??= this.loadSerializedIndex()
      .then((serialized) => CorpusIndex.load(serialized))
      .catch((error: unknown) => {
        this.index = null; // let the next request try again
        throw error;
      });
    return this.index;
  }

  async annotate(article: ArticleInput): Promise<Annotation> {
    const started = performance.now();
    const index = await this.current();
    const loaded = performance.now();
    const annotation = annotate(article, index);
    annotation.timings = { loadIndex: Math.round((loaded - started) * 100) / 100, ...annotation.timings };
    return annotation;
  }
}

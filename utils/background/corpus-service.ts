import { annotate } from '../core/annotate';
import { checkConsistency } from '../core/consistency/check-consistency';
import { CorpusIndex } from '../core/corpus-index';
import { PlaceFinder } from '../core/places/find-places';
import { Gazetteer, type Place } from '../core/places/gazetteer';
import type { TextStore } from '../core/text-store';
import type { Annotation, ArticleInput, Claim, Consistency } from '../core/types';

/** Where the build puts the bundled corpus inside the extension: its prebuilt index and its texts. */
export const BUNDLED_INDEX_PATH = '/corpus/bundled.sidx';
export const BUNDLED_TEXTS_PATH = '/corpus/bundled-texts.json';
export const GAZETTEER_PATH = '/places/gazetteer.txt';

/** Corpus articles whose figures the worker keeps read: enough for a reading session's related articles. */
const CLAIMS_CACHE_ARTICLES = 500;

/** A Map that forgets its oldest entries beyond a size. */
class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }
}

export interface CorpusSource {
  /** The stored index, as bytes: loaded, never rebuilt. */
  loadIndex(): Promise<Uint8Array>;
  texts: TextStore;
}

/**
 * Owns the corpus index for the background. The index is loaded once, on first use, and kept
 * while the worker lives; a worker the browser stopped and restarted loads it again from storage.
 */
export class CorpusService {
  private index: Promise<CorpusIndex> | null = null;
  private finder: Promise<PlaceFinder> | null = null;
  private readonly corpusClaims = new BoundedCache<Claim[]>(CLAIMS_CACHE_ARTICLES);

  constructor(
    private readonly source: CorpusSource,
    /** The gazetteer file's text; loaded on the first annotation, like the index. */
    private readonly loadGazetteer: () => Promise<string>,
  ) {}

  private placeFinder(): Promise<{ finder: PlaceFinder; loadedNow: boolean }> {
    const loadedNow = this.finder === null;
    this.finder ??= this.loadGazetteer()
      .then((text) => new PlaceFinder(Gazetteer.parse(text)))
      .catch((error: unknown) => {
        this.finder = null;
        throw error;
      });
    return this.finder.then((finder) => ({ finder, loadedNow }));
  }

  private current(): Promise<{ index: CorpusIndex; loadedNow: boolean }> {
    const loadedNow = this.index === null;
    this.index ??= this.source
      .loadIndex()
      .then((bytes) => CorpusIndex.fromBytes(bytes))
      .catch((error: unknown) => {
        this.index = null; // let the next request try again
        throw error;
      });
    return this.index.then((index) => ({ index, loadedNow }));
  }

  /** A place of the gazetteer, by id: what the maps are drawn around. */
  async place(id: string): Promise<Place | undefined> {
    return (await this.placeFinder()).finder.gazetteer.get(id);
  }

  async annotate(article: ArticleInput): Promise<Annotation> {
    const started = performance.now();
    const [{ index, loadedNow }, places] = await Promise.all([this.current(), this.placeFinder()]);
    const loadTime = Math.round((performance.now() - started) * 100) / 100;
    const annotation = await annotate(article, index, this.source.texts, places.finder);
    // Load times are 0 while the worker keeps what it loaded; a restarted worker pays them once.
    annotation.timings = { loadIndex: loadedNow ? loadTime : 0, loadGazetteer: places.loadedNow ? loadTime : 0, ...annotation.timings };
    return annotation;
  }

  /** The article's figures, checked against the corpus, the gazetteer and the page itself. */
  async checkFigures(article: ArticleInput): Promise<Consistency> {
    const [{ index }, { finder }] = await Promise.all([this.current(), this.placeFinder()]);
    return checkConsistency(article, index, this.source.texts, finder, this.corpusClaims);
  }
}

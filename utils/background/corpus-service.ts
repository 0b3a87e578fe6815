import { analysePage, type PageAnalysis } from '../core/analyse-page';
import { annotate } from '../core/annotate';
import { now, since } from '../core/clock';
import { checkConsistency } from '../core/check-consistency';
import { CorpusIndex } from '../core/corpus-index';
import { PlaceFinder } from '../core/places/find-places';
import { Gazetteer, type Place } from '../core/places/gazetteer';
import type { TextStore } from '../core/text-store';
import type { ArticleInput, CorpusArticle } from '../core/types';
import type { Annotation, Consistency } from '../core/results';

/** What the page analysis depends on: the same article against the same index gives the same analysis. */
const sameInput = (a: ArticleInput, b: ArticleInput) =>
  a.text === b.text && a.title === b.title && a.publishedTime === b.publishedTime;

export interface CorpusSource {
  /** The stored index, as bytes: loaded, never rebuilt. */
  loadIndex(): Promise<Uint8Array>;
  texts: TextStore;
  /**
   * A stored corpus whose index an extension update made unreadable (its format version changed):
   * its name and articles, to index again, and where to keep the new index.
   */
  reindex?: { read(): Promise<{ name: string; articles: CorpusArticle[] }>; store(bytes: Uint8Array): Promise<void> };
}

/** Longest a click's article takes to arrive: Readability on a heavy page, with some margin. */
const CLICK_ANSWER_MS = 5_000;

/** The corpus in use, which the reader may change on the options page at any time. */
export type ActiveSource = () => Promise<{
  key: string;
  source: CorpusSource;
  /** An imported corpus's name as the reader last gave it (its index keeps the name it was built under). */
  name?: string;
}>;

/**
 * Owns the corpus index for the background. The index is loaded once, on first use, and kept
 * while the worker lives; a worker the browser stopped and restarted loads it again from storage.
 */
export class CorpusService {
  private index: Promise<CorpusIndex> | null = null;
  private loaded: { key: string; source: CorpusSource } | null = null;
  private finder: Promise<PlaceFinder> | null = null;
  /**
   * The last page's analysis, kept from the annotation for the figures check the sidebar asks for
   * right after it. A worker stopped between the two simply analyses the page again.
   */
  private lastAnalysis: { index: CorpusIndex; article: ArticleInput; analysis: PageAnalysis } | null = null;

  constructor(
    private readonly activeSource: ActiveSource,
    /** The gazetteer file; loaded on the first annotation, like the index. */
    private readonly loadGazetteer: () => Promise<Uint8Array>,
  ) {}

  /**
   * Loads this worker did and no answer has reported yet (ms): a load a click started early
   * (prepare) is still reported by the annotation it was for.
   */
  private unreported = { index: 0, gazetteer: 0 };

  private takeLoadTimes(): { loadIndex: number; loadGazetteer: number } {
    const { index, gazetteer } = this.unreported;
    this.unreported = { index: 0, gazetteer: 0 };
    return { loadIndex: index, loadGazetteer: gazetteer };
  }

  /** Runs a load, noting how long it took for the next answer; a failed one is forgotten so the next request tries again. */
  private timedLoad<T>(
    what: keyof CorpusService['unreported'],
    load: () => Promise<T>,
    forget: () => void,
  ): Promise<T> {
    const started = now();
    return load().then(
      (value) => {
        this.unreported[what] = since(started);
        return value;
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
  }

  private placeFinder(): Promise<PlaceFinder> {
    this.finder ??= this.timedLoad(
      'gazetteer',
      () => this.loadGazetteer().then((bytes) => new PlaceFinder(Gazetteer.fromBytes(bytes))),
      () => (this.finder = null),
    );
    return this.finder;
  }

  /**
   * The index of the corpus in use. Asked on every request, so that a corpus chosen on the options
   * page applies at the next click in every tab; the index is loaded again only when it changed.
   */
  private async current(
    asked: ReturnType<ActiveSource> = this.activeSource(),
  ): Promise<{ index: CorpusIndex; source: CorpusSource; name: string | undefined }> {
    const active = await asked;
    if (active.key !== this.loaded?.key) {
      this.loaded = active;
      this.index = null;
      this.lastAnalysis = null;
    }
    const { source } = active;
    this.index ??= this.timedLoad(
      'index',
      () => this.load(source),
      () => (this.index = null),
    );
    return { index: await this.index, source, name: active.name };
  }

  private async load(source: CorpusSource): Promise<CorpusIndex> {
    const bytes = await source.loadIndex();
    try {
      return CorpusIndex.fromBytes(bytes);
    } catch (error) {
      if (!source.reindex || !/version/.test(String(error))) throw error;
      const [corpus, finder] = await Promise.all([source.reindex.read(), this.placeFinder()]);
      const index = CorpusIndex.build(corpus, finder);
      await source.reindex.store(index.toBytes());
      return index;
    }
  }

  /**
   * Starts what an annotation needs (the corpus in use, its index, the gazetteer) as the click
   * arrives, so that it runs while the page injects its script and reads its article.
   */
  prepare(): void {
    const active = this.activeSource();
    this.askedAtClick = { at: now(), active };
    this.current(active).catch(() => undefined);
    this.placeFinder().catch(() => undefined);
  }

  /** A place of the gazetteer, by id: what the maps are drawn around. */
  async place(id: string): Promise<Place | undefined> {
    return (await this.placeFinder()).gazetteer.get(id);
  }

  /**
   * Which corpus was in use when the reader clicked, for the annotation that click asks for: its
   * article arrives a few dozen milliseconds later, and a second library read would sit on the
   * path to the sidebar. Taken once; a click whose article never came (no article there) leaves
   * one that goes stale.
   */
  private askedAtClick: { at: number; active: ReturnType<ActiveSource> } | null = null;

  private activeForAnnotation(): ReturnType<ActiveSource> | undefined {
    const asked = this.askedAtClick;
    this.askedAtClick = null;
    return asked && since(asked.at) < CLICK_ANSWER_MS ? asked.active : undefined;
  }

  async annotate(article: ArticleInput): Promise<Annotation> {
    const started = now();
    const [{ index, source, name }, finder] = await Promise.all([
      this.current(this.activeForAnnotation()),
      this.placeFinder(),
    ]);
    const analysis = analysePage(article, index, finder);
    this.lastAnalysis = { index, article, analysis };
    const annotation = await annotate(article, index, source.texts, finder, analysis);
    // The index keeps the name it was built under; a rename on the options page shows at the next click.
    if (name) annotation.corpus = { ...annotation.corpus, name };
    // Load times are 0 while the worker keeps what it loaded; a restarted worker pays them once.
    annotation.timings = {
      ...this.takeLoadTimes(),
      ...annotation.timings,
      // Everything the background did for this answer: asking the library which corpus is in use, loads, analysis, annotation.
      background: since(started),
    };
    return annotation;
  }

  /** The article's figures, checked against the corpus, the gazetteer and the page itself. */
  async checkFigures(article: ArticleInput): Promise<Consistency> {
    const [{ index, source }, finder] = await Promise.all([this.current(), this.placeFinder()]);
    const kept = this.lastAnalysis;
    const analysis =
      kept && kept.index === index && sameInput(kept.article, article)
        ? kept.analysis
        : analysePage(article, index, finder);
    return checkConsistency(article, index, source.texts, finder, analysis);
  }
}

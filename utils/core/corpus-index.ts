import type { ArticleMeta } from './article-meta';
import type { Claim, CorpusArticle } from './types';
import { Bm25Index, type Bm25Data, type CollectionStatistics, type CountedTerms } from './search/bm25-index';
import { signature, SIGNATURE_SIZE } from './search/minhash';
import { pack, unpack } from './search/pack';
import { placesInText } from './claims/claim-subjects';
import { CLAIM_COLUMNS, ClaimTable, ClaimTableBuilder, isCheckable, type ClaimTableData } from './claims/claim-table';
import { extractClaims } from './claims/extract-claims';
import type { PlaceFinder } from './places/find-places';
import {
  PlacePostings,
  PlacePostingsBuilder,
  tallyMentions,
  type PlacePostingsData,
  type PlaceTally,
} from './places/place-postings';
import { contentTerms, firstSentence } from './text';

/** Bumped whenever the stored layout changes; an index of another version is rebuilt, never misread. */
export const INDEX_FORMAT = 'sidenote-index';
export const INDEX_VERSION = 29;

/** What the index keeps of an article in memory: everything but its text. */
export interface StoredCorpusIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  name: string;
  articles: ArticleMeta[];
  bm25: Bm25Data;
  /** SIGNATURE_SIZE MinHash values per article, article after article. */
  signatures: Uint32Array;
  places: PlacePostingsData;
  claims: ClaimTableData;
}

type Header = Omit<StoredCorpusIndex, 'bm25' | 'signatures' | 'places' | 'claims'> & {
  vocabulary: string;
  placeIds: string[];
  claimStrings: string[];
  claimKeys: string[];
};

/**
 * What the index reads of an article besides its words: the places it mentions and its figures
 * about places. The slow part of indexing (the gazetteer and the figure reader), so an archive reads
 * it once, when an article arrives, and gives it back to every index it builds.
 */
export interface ArticleReading {
  places: PlaceTally[];
  /** Only the figures the index keeps (isCheckable). */
  claims: Claim[];
}

const NOTHING_READ: ArticleReading = { places: [], claims: [] };

export function readArticle(article: Pick<CorpusArticle, 'text' | 'date'>, finder: PlaceFinder): ArticleReading {
  const mentions = finder.find(article.text);
  const claims = extractClaims(article.text, {
    places: placesInText(mentions, finder.gazetteer),
    published: article.date ?? null,
    reading: 'about-places',
  });
  return { places: tallyMentions(mentions), claims: claims.filter(isCheckable) };
}

/**
 * What the index reads of an article's words: its lead, its MinHash signature and how often each
 * term of its title and text occurs, with how many there are in all. An archive reads them once,
 * when an article arrives, so that the indexes it builds for its answers need not read the text
 * again. An index of a sample built for one page, given the whole corpus's counts (statistics), may
 * be given only the counts of the page's terms: its ranking asks the index about no other term.
 */
export interface ArticleWords extends CountedTerms {
  lead: string;
  signature: Uint32Array;
}

/** `bodyTerms`: the text's content terms, when the caller has read them already. */
export function readWords(
  article: Pick<CorpusArticle, 'text' | 'title'>,
  bodyTerms: readonly string[] = contentTerms(article.text),
): ArticleWords {
  const terms = article.title ? [...contentTerms(article.title), ...bodyTerms] : bodyTerms;
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { lead: firstSentence(article.text), signature: signature(bodyTerms), counts, length: terms.length };
}

/**
 * The counts of a whole corpus, for an index that holds a sample of it: an archive indexes only its
 * candidates for a page, and ranks them by the whole archive's counts (how rare a term or a place
 * is, how long an article is on average, how many articles there are).
 */
export interface CorpusStatistics extends CollectionStatistics {
  articles: number;
  placeFrequency(placeId: string): number;
}

export interface BuildOptions {
  /** Each article's places and figures, read before (readArticle): not read again. */
  readings?: (article: CorpusArticle, position: number) => ArticleReading;
  /** Each article's words, read before (readWords), or undefined where they were not: its text is read. */
  words?: (article: CorpusArticle, position: number) => ArticleWords | undefined;
  /** Set when the articles are a sample of a larger corpus. */
  statistics?: CorpusStatistics;
}

/**
 * One corpus, indexed once: per article its metadata, its terms (in the BM25 index), a MinHash
 * signature, the places it mentions and its figures about places. Texts are not held here; a
 * TextStore gives them for the few results and quotes shown.
 */
export class CorpusIndex {
  private readonly positions: Map<string, number>;

  private constructor(
    readonly name: string,
    readonly articles: ArticleMeta[],
    readonly bm25: Bm25Index,
    private readonly signatures: Uint32Array,
    readonly places: PlacePostings,
    readonly claims: ClaimTable,
    /** The whole corpus's article count, when this index holds a sample of it. */
    private readonly corpusSize?: number,
  ) {
    this.positions = new Map(articles.map((article, position) => [article.id, position]));
  }

  /** Indexes a corpus; with a place finder, also which articles mention which places and their figures about them. */
  static build(
    corpus: { name: string; articles: Iterable<CorpusArticle> },
    finder?: PlaceFinder,
    { readings, words, statistics }: BuildOptions = {},
  ): CorpusIndex {
    const articles: ArticleMeta[] = [];
    const signatures: Uint32Array[] = [];
    const places = new PlacePostingsBuilder();
    const claims = new ClaimTableBuilder();
    function* documents() {
      for (const article of corpus.articles) {
        const { text, ...meta } = article;
        const reading =
          readings?.(article, articles.length) ??
          (finder ? readArticle({ text, date: meta.date }, finder) : NOTHING_READ);
        const read = words?.(article, articles.length);
        places.add(reading.places);
        claims.add(reading.claims);
        if (read) {
          articles.push({ ...meta, lead: read.lead });
          signatures.push(read.signature);
          yield read;
          continue;
        }
        articles.push({ ...meta, lead: firstSentence(text) });
        const bodyTerms = contentTerms(text);
        signatures.push(signature(bodyTerms));
        yield meta.title ? [...contentTerms(meta.title), ...bodyTerms] : bodyTerms;
      }
    }
    const bm25 = Bm25Index.build(documents(), statistics);
    const flat = new Uint32Array(signatures.length * SIGNATURE_SIZE);
    signatures.forEach((one, position) => flat.set(one, position * SIGNATURE_SIZE));
    const placePostings = places.finish(statistics && ((placeId) => statistics.placeFrequency(placeId)));
    return new CorpusIndex(corpus.name, articles, bm25, flat, placePostings, claims.finish(), statistics?.articles);
  }

  static fromStored(stored: unknown): CorpusIndex {
    const data = stored as Partial<StoredCorpusIndex> | null;
    if (data?.format !== INDEX_FORMAT) throw new Error('not a Sidenote corpus index');
    if (data.version !== INDEX_VERSION)
      throw new Error(`corpus index version ${String(data.version)} is not ${INDEX_VERSION}: rebuild it`);
    const articles = data.articles ?? [];
    const places = data.places ? new PlacePostings(data.places) : undefined;
    const claims = data.claims ? new ClaimTable(data.claims) : undefined;
    if (
      !data.bm25 ||
      data.bm25.docLengths.length !== articles.length ||
      data.signatures?.length !== articles.length * SIGNATURE_SIZE ||
      !places?.isConsistent(articles.length) ||
      !claims?.isConsistent(articles.length)
    ) {
      throw new Error('the stored corpus index is damaged (its parts disagree on the article count): rebuild it');
    }
    return new CorpusIndex(data.name ?? 'corpus', articles, new Bm25Index(data.bm25), data.signatures, places, claims);
  }

  toStored(): StoredCorpusIndex {
    // A sample's counts are its corpus's, which the stored form has no room for.
    if (this.corpusSize !== undefined) throw new Error('an index of a sample of a corpus is not stored');
    return {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      name: this.name,
      articles: this.articles,
      bm25: this.bm25.toData(),
      signatures: this.signatures,
      places: this.places.toData(),
      claims: this.claims.toData(),
    };
  }

  /** The index as one binary file (how the bundled corpus ships). */
  toBytes(): Uint8Array {
    const { bm25, signatures, places, claims, ...rest } = this.toStored();
    const { vocabulary, ...arrays } = bm25;
    const { placeIds, postingStart: placePostingStart, postingDocs: placePostingDocs, ...placeArrays } = places;
    const { strings: claimStrings, keys: claimKeys } = claims;
    const claimArrays = Object.fromEntries(CLAIM_COLUMNS.map((column) => [`claim.${column}`, claims[column]]));
    return pack({ ...rest, vocabulary, placeIds, claimStrings, claimKeys } satisfies Header, {
      ...arrays,
      signatures,
      placePostingStart,
      placePostingDocs,
      ...placeArrays,
      ...claimArrays,
    });
  }

  static fromBytes(bytes: Uint8Array): CorpusIndex {
    const { header, arrays } = unpack<Header>(bytes);
    const { vocabulary, placeIds, claimStrings, claimKeys, ...rest } = header;
    return CorpusIndex.fromStored({
      ...rest,
      bm25: {
        vocabulary,
        postingStart: arrays.postingStart,
        postingDocs: arrays.postingDocs,
        postingFreqs: arrays.postingFreqs,
        docLengths: arrays.docLengths,
      },
      signatures: arrays.signatures,
      places: placeIds && {
        placeIds,
        postingStart: arrays.placePostingStart,
        postingDocs: arrays.placePostingDocs,
        postingCounts: arrays.postingCounts,
        postingFirstStart: arrays.postingFirstStart,
        postingFirstEnd: arrays.postingFirstEnd,
      },
      claims: claimStrings && {
        strings: claimStrings,
        keys: claimKeys,
        ...Object.fromEntries(CLAIM_COLUMNS.map((column) => [column, arrays[`claim.${column}`]])),
      },
    });
  }

  /** Articles in the corpus: those indexed, or all of the corpus's when the index holds a sample of it. */
  get size(): number {
    return this.corpusSize ?? this.articles.length;
  }

  position(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  signatureAt(position: number): Uint32Array {
    return this.signatures.subarray(position * SIGNATURE_SIZE, (position + 1) * SIGNATURE_SIZE);
  }
}

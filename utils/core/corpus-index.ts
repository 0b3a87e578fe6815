import type { ArticleMeta } from './article-meta';
import type { CorpusArticle } from './types';
import { Bm25Index, type Bm25Data } from './search/bm25-index';
import { signature, SIGNATURE_SIZE } from './search/minhash';
import { pack, unpack } from './search/pack';
import { placesInText } from './claims/claim-subjects';
import { CLAIM_COLUMNS, ClaimTable, ClaimTableBuilder, type ClaimTableData } from './claims/claim-table';
import { extractClaims } from './claims/extract-claims';
import type { PlaceFinder } from './places/find-places';
import { PlacePostings, PlacePostingsBuilder, type PlacePostingsData } from './places/place-postings';
import { contentTerms, firstSentence } from './text';

/** Bumped whenever the stored layout changes; an index of another version is rebuilt, never misread. */
export const INDEX_FORMAT = 'sidenote-index';
export const INDEX_VERSION = 6;

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
  ) {
    this.positions = new Map(articles.map((article, position) => [article.id, position]));
  }

  /** Indexes a corpus; with a place finder, also which articles mention which places and their figures about them. */
  static build(corpus: { name: string; articles: Iterable<CorpusArticle> }, finder?: PlaceFinder): CorpusIndex {
    const articles: ArticleMeta[] = [];
    const signatures: Uint32Array[] = [];
    const places = new PlacePostingsBuilder();
    const claims = new ClaimTableBuilder();
    function* documents() {
      for (const { text, ...meta } of corpus.articles) {
        articles.push({ ...meta, lead: firstSentence(text) });
        const mentions = finder ? finder.find(text) : [];
        places.add(mentions);
        if (finder)
          claims.add(
            extractClaims(text, {
              places: placesInText(mentions, finder.gazetteer),
              published: meta.date ?? null,
              reading: 'about-places',
            }),
          );
        else claims.add([]);
        const bodyTerms = contentTerms(text);
        signatures.push(signature(bodyTerms));
        yield meta.title ? [...contentTerms(meta.title), ...bodyTerms] : bodyTerms;
      }
    }
    const bm25 = Bm25Index.build(documents());
    const flat = new Uint32Array(signatures.length * SIGNATURE_SIZE);
    signatures.forEach((one, position) => flat.set(one, position * SIGNATURE_SIZE));
    return new CorpusIndex(corpus.name, articles, bm25, flat, places.finish(), claims.finish());
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

  get size(): number {
    return this.articles.length;
  }

  position(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  signatureAt(position: number): Uint32Array {
    return this.signatures.subarray(position * SIGNATURE_SIZE, (position + 1) * SIGNATURE_SIZE);
  }
}

/**
 * A compact BM25 inverted index over pre-tokenized documents, held in typed arrays so that it
 * stores, loads and sits in memory cheaply (a 100k-article corpus in tens of megabytes, loaded
 * without rebuilding anything but the vocabulary's string array).
 *
 * Why not a library: `npm run bench` measures this index beside MiniSearch and FlexSearch on the
 * same articles, terms and queries (docs/benchmarks-libraries.md). It holds a fraction of their
 * heap, loads and answers faster than either, and unlike FlexSearch gives the scores that ranking
 * and the relevance floor need. The same run measures it against the fuse.js baseline.
 */

export interface Bm25Data {
  /** Sorted vocabulary, one term a line. */
  vocabulary: string;
  /** postingStart[t]..postingStart[t + 1] are term t's postings. */
  postingStart: Uint32Array;
  postingDocs: Uint32Array;
  postingFreqs: Uint16Array;
  docLengths: Uint32Array;
}

/** A document's terms as counted before: each term's count, and how many terms it has in all. */
export interface CountedTerms {
  counts: ReadonlyMap<string, number>;
  length: number;
}

export interface QueryTerm {
  term: string;
  weight: number;
}

export interface Bm25Hit {
  doc: number;
  score: number;
  /** Bit i set when query term i occurs in the document (queries hold at most 32 terms). */
  matched: number;
}

const K1 = 1.2;
const B = 0.75;
export const MAX_QUERY_TERMS = 32;

/**
 * Counts of a larger collection than the index holds. An archive answering a page indexes only its
 * candidates for that page; weighing terms (idf) and document lengths by the whole archive's counts
 * scores every candidate as an index of the whole archive would.
 */
export interface CollectionStatistics {
  /** Mean terms a document. */
  averageLength: number;
  /** Documents of the collection holding the term. */
  documentFrequency(term: string): number;
}

export class Bm25Index {
  readonly terms: string[];
  readonly documentCount: number;
  private readonly averageLength: number;
  private scores: Float64Array;
  private matched: Uint32Array;
  /** Term ids by hash: a lookup costs one hash and one comparison, where a binary search over the sorted vocabulary costs a dozen (a page looks up a thousand terms). */
  private readonly termTable: Int32Array;

  constructor(
    private readonly data: Bm25Data,
    private readonly collection?: CollectionStatistics,
  ) {
    this.terms = data.vocabulary ? data.vocabulary.split('\n') : [];
    checkConsistent(data, this.terms.length);
    this.termTable = hashTable(this.terms);
    this.documentCount = data.docLengths.length;
    let total = 0;
    for (const length of data.docLengths) total += length;
    this.averageLength = collection ? collection.averageLength : this.documentCount ? total / this.documentCount : 0;
    this.scores = new Float64Array(this.documentCount);
    this.matched = new Uint32Array(this.documentCount);
  }

  /**
   * Builds from each document's terms (already normalized; repeats count as term frequency), or
   * from its terms' counts and its length, as read before: the same index either way. Counts may
   * leave out terms no query will ask about; the length is still the whole document's.
   */
  static build(documents: Iterable<readonly string[] | CountedTerms>, collection?: CollectionStatistics): Bm25Index {
    const termIds = new Map<string, number>();
    const perDocument: Uint32Array[] = [];
    const docLengths: number[] = [];
    const idOf = (term: string) => {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      return id;
    };
    for (const terms of documents) {
      const counts = new Map<number, number>();
      if ('counts' in terms) {
        for (const [term, count] of terms.counts) counts.set(idOf(term), count);
        docLengths.push(terms.length);
      } else {
        for (const term of terms) {
          const id = idOf(term);
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
        docLengths.push(terms.length);
      }
      // Pairs of (term id, frequency), flat: small and cheap to keep until the second pass.
      const flat = new Uint32Array(counts.size * 2);
      let i = 0;
      for (const [id, count] of counts) [flat[i++], flat[i++]] = [id, count];
      perDocument.push(flat);
    }

    const sorted = [...termIds.keys()].sort();
    const rank = new Uint32Array(termIds.size);
    sorted.forEach((term, position) => (rank[termIds.get(term)!] = position));
    const postingStart = new Uint32Array(sorted.length + 1);
    for (const flat of perDocument) for (let i = 0; i < flat.length; i += 2) postingStart[rank[flat[i]!]! + 1]!++;
    for (let t = 0; t < sorted.length; t++) postingStart[t + 1]! += postingStart[t]!;
    const fill = postingStart.slice(0, sorted.length);
    const postingDocs = new Uint32Array(postingStart[sorted.length]!);
    const postingFreqs = new Uint16Array(postingDocs.length);
    perDocument.forEach((flat, doc) => {
      for (let i = 0; i < flat.length; i += 2) {
        const slot = fill[rank[flat[i]!]!]!++;
        postingDocs[slot] = doc;
        postingFreqs[slot] = Math.min(flat[i + 1]!, 0xffff);
      }
    });
    return new Bm25Index(
      {
        vocabulary: sorted.join('\n'),
        postingStart,
        postingDocs,
        postingFreqs,
        docLengths: Uint32Array.from(docLengths),
      },
      collection,
    );
  }

  toData(): Bm25Data {
    return this.data;
  }

  /** Position of `term` in the sorted vocabulary, or -1. */
  termId(term: string): number {
    const table = this.termTable;
    const mask = table.length - 1;
    for (let slot = hashOf(term) & mask, probes = 0; probes < table.length; slot = (slot + 1) & mask, probes++) {
      const id = table[slot]!;
      if (id < 0) return -1;
      if (this.terms[id] === term) return id;
    }
    return -1;
  }

  /** Documents holding the term: of the index, or of the whole collection when it holds a sample of one. */
  documentFrequency(term: string): number {
    if (this.collection) return this.collection.documentFrequency(term);
    const id = this.termId(term);
    return id < 0 ? 0 : this.data.postingStart[id + 1]! - this.data.postingStart[id]!;
  }

  /** Terms of one document with their frequencies (for leave-one-out and explanations). */
  documentTerms(doc: number, among: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const term of among) {
      const id = this.termId(term);
      if (id >= 0 && this.postingsContain(id, doc)) found.add(term);
    }
    return found;
  }

  /**
   * BM25 over the weighted query terms, best `limit` documents first. `idf` gives each term's
   * inverse document frequency so the caller can smooth it or leave a document out.
   */
  search(query: readonly QueryTerm[], idf: (term: string) => number, limit: number, exclude = -1): Bm25Hit[] {
    const { postingStart, postingDocs, postingFreqs, docLengths } = this.data;
    const touched: number[] = [];
    const terms = query.slice(0, MAX_QUERY_TERMS);
    terms.forEach(({ term, weight }, bit) => {
      const id = this.termId(term);
      if (id < 0) return;
      const termWeight = weight * idf(term);
      const mask = 1 << bit;
      for (let p = postingStart[id]!; p < postingStart[id + 1]!; p++) {
        const doc = postingDocs[p]!;
        if (doc === exclude) continue;
        const frequency = postingFreqs[p]!;
        const norm = K1 * (1 - B + (B * docLengths[doc]!) / this.averageLength);
        if (this.matched[doc] === 0) touched.push(doc);
        this.scores[doc]! += (termWeight * frequency * (K1 + 1)) / (frequency + norm);
        this.matched[doc]! |= mask;
      }
    });
    const hits = touched.map((doc) => ({ doc, score: this.scores[doc]!, matched: this.matched[doc]! }));
    for (const doc of touched) {
      this.scores[doc] = 0;
      this.matched[doc] = 0;
    }
    return topK(hits, limit);
  }

  private postingsContain(termId: number, doc: number): boolean {
    let low = this.data.postingStart[termId]!;
    let high = this.data.postingStart[termId + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.data.postingDocs[middle]!;
      if (value === doc) return true;
      if (value < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/** FNV-1a over UTF-16 code units. */
function hashOf(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Open addressing, at most half full: term id per slot, -1 where empty. */
function hashTable(terms: readonly string[]): Int32Array {
  const table = new Int32Array(2 ** Math.ceil(Math.log2(terms.length * 2 + 2))).fill(-1);
  const mask = table.length - 1;
  terms.forEach((term, id) => {
    let slot = hashOf(term) & mask;
    while (table[slot]! >= 0) slot = (slot + 1) & mask;
    table[slot] = id;
  });
  return table;
}

/** A damaged stored index must fail to load, not answer garbage or loop over a bogus range. */
function checkConsistent(data: Bm25Data, termCount: number): void {
  const { postingStart, postingDocs, postingFreqs, docLengths } = data;
  const fail = (why: string) => {
    throw new Error(`the stored search index is damaged (${why}): rebuild it`);
  };
  if (postingStart.length !== termCount + 1 || postingStart[0] !== 0) fail('term table');
  if (postingStart[termCount] !== postingDocs.length || postingFreqs.length !== postingDocs.length)
    fail('posting lengths');
  for (let t = 0; t < termCount; t++) if (postingStart[t]! > postingStart[t + 1]!) fail('posting ranges');
  const documents = docLengths.length;
  for (const doc of postingDocs) if (doc >= documents) fail('document numbers');
}

/** The best `limit` hits, best first, without sorting every touched document. */
function topK(hits: Bm25Hit[], limit: number): Bm25Hit[] {
  if (limit <= 0) return [];
  const best: Bm25Hit[] = [];
  for (const hit of hits) {
    if (best.length === limit && byScore(hit, best[limit - 1]!) >= 0) continue;
    let position = best.length === limit ? limit - 1 : best.length;
    while (position > 0 && byScore(hit, best[position - 1]!) < 0) {
      best[position] = best[position - 1]!;
      position--;
    }
    best[position] = hit;
  }
  return best;
}

function byScore(a: Bm25Hit, b: Bm25Hit): number {
  return b.score - a.score || a.doc - b.doc;
}

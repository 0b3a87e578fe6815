/**
 * Which corpus articles mention which places: per place, the articles, how often, and where the
 * first mention is (for a snippet). Typed arrays, like the BM25 postings, so a 100k corpus stays
 * compact and stores as one binary file.
 */
import type { TextRange } from '../types';
import type { PlaceMention } from './find-places';

export interface PlacePostingsData {
  placeIds: string[];
  /** Postings of place i are [postingStart[i], postingStart[i + 1]). */
  postingStart: Uint32Array;
  postingDocs: Uint32Array;
  postingCounts: Uint32Array;
  /** Start and end of the article's first mention of the place. */
  postingFirstStart: Uint32Array;
  postingFirstEnd: Uint32Array;
}

export interface PlacePosting {
  doc: number;
  count: number;
  first: TextRange;
}

/** An article's mentions of one place, as the postings keep them: how many, and where the first is. */
export interface PlaceTally {
  placeId: string;
  count: number;
  first: TextRange;
}

/** An article's mentions, one tally a place, in the order the places are first mentioned. */
export function tallyMentions(mentions: readonly PlaceMention[]): PlaceTally[] {
  const tallies = new Map<string, PlaceTally>();
  for (const { placeId, start, end } of mentions) {
    const tally = tallies.get(placeId);
    if (tally) tally.count++;
    else tallies.set(placeId, { placeId, count: 1, first: { start, end } });
  }
  return [...tallies.values()];
}

export class PlacePostings {
  private readonly slot: Map<string, number>;

  /**
   * `frequency` gives how many articles mention a place when the postings hold a sample of a larger
   * corpus (an archive's candidates for one page): the whole corpus's count, not the sample's.
   */
  constructor(
    private readonly data: PlacePostingsData,
    private readonly frequency?: (placeId: string) => number,
  ) {
    this.slot = new Map(data.placeIds.map((id, index) => [id, index]));
  }

  static empty(): PlacePostings {
    const none = new Uint32Array(0);
    return new PlacePostings({
      placeIds: [],
      postingStart: new Uint32Array(1),
      postingDocs: none,
      postingCounts: none,
      postingFirstStart: none,
      postingFirstEnd: none,
    });
  }

  toData(): PlacePostingsData {
    return this.data;
  }

  /** How many articles mention the place. */
  documentFrequency(placeId: string): number {
    if (this.frequency) return this.frequency(placeId);
    const index = this.slot.get(placeId);
    return index === undefined ? 0 : this.data.postingStart[index + 1]! - this.data.postingStart[index]!;
  }

  articlesMentioning(placeId: string): PlacePosting[] {
    const index = this.slot.get(placeId);
    if (index === undefined) return [];
    const result: PlacePosting[] = [];
    for (let at = this.data.postingStart[index]!; at < this.data.postingStart[index + 1]!; at++) {
      result.push({
        doc: this.data.postingDocs[at]!,
        count: this.data.postingCounts[at]!,
        first: { start: this.data.postingFirstStart[at]!, end: this.data.postingFirstEnd[at]! },
      });
    }
    return result;
  }

  /**
   * The `limit` articles that mention the place most (ties to the later `dateOf`), leaving out
   * `exclude`, without building an object per posting: a country's postings run to tens of
   * thousands in a large corpus, and the card shows three.
   */
  topArticles(placeId: string, limit: number, dateOf: (doc: number) => string, exclude = -1): PlacePosting[] {
    const index = this.slot.get(placeId);
    if (index === undefined) return [];
    const { postingStart, postingDocs, postingCounts } = this.data;
    const best: number[] = [];
    const before = (a: number, b: number) => {
      const byCount = postingCounts[a]! - postingCounts[b]!;
      return byCount !== 0 ? byCount > 0 : dateOf(postingDocs[a]!) > dateOf(postingDocs[b]!);
    };
    for (let at = postingStart[index]!; at < postingStart[index + 1]!; at++) {
      if (postingDocs[at] === exclude) continue;
      if (best.length === limit && !before(at, best[limit - 1]!)) continue;
      let position = best.length === limit ? limit - 1 : best.length;
      while (position > 0 && before(at, best[position - 1]!)) {
        best[position] = best[position - 1]!;
        position--;
      }
      best[position] = at;
    }
    return best.map((at) => ({
      doc: postingDocs[at]!,
      count: postingCounts[at]!,
      first: { start: this.data.postingFirstStart[at]!, end: this.data.postingFirstEnd[at]! },
    }));
  }

  /** Whether article `doc` mentions the place: a binary search in its postings, which are in article order. */
  mentions(placeId: string, doc: number): boolean {
    const index = this.slot.get(placeId);
    if (index === undefined) return false;
    let low = this.data.postingStart[index]!;
    let high = this.data.postingStart[index + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.data.postingDocs[middle]!;
      if (found === doc) return true;
      if (found < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** True when the arrays agree with each other and with the article count. */
  isConsistent(articleCount: number): boolean {
    const { placeIds, postingStart, postingDocs, postingCounts, postingFirstStart, postingFirstEnd } = this.data;
    const total = postingDocs.length;
    return (
      postingStart.length === placeIds.length + 1 &&
      postingStart[placeIds.length] === total &&
      [postingCounts, postingFirstStart, postingFirstEnd].every((array) => array.length === total) &&
      postingDocs.every((doc) => doc < articleCount)
    );
  }
}

/**
 * Collects postings article by article, four numbers per place and article, so that a large
 * corpus's mention objects can be dropped as soon as each article is done.
 */
export class PlacePostingsBuilder {
  /** Per place: doc, count, first start, first end, repeated. */
  private readonly byPlace = new Map<string, number[]>();
  private doc = 0;

  /** Adds the next article's places (tallyMentions: one tally a place). */
  add(tallies: readonly PlaceTally[]): void {
    for (const { placeId, count, first } of tallies) {
      let postings = this.byPlace.get(placeId);
      if (!postings) this.byPlace.set(placeId, (postings = []));
      postings.push(this.doc, count, first.start, first.end);
    }
    this.doc++;
  }

  finish(frequency?: (placeId: string) => number): PlacePostings {
    const placeIds = [...this.byPlace.keys()];
    const total = placeIds.reduce((sum, id) => sum + this.byPlace.get(id)!.length / 4, 0);
    const data: PlacePostingsData = {
      placeIds,
      postingStart: new Uint32Array(placeIds.length + 1),
      postingDocs: new Uint32Array(total),
      postingCounts: new Uint32Array(total),
      postingFirstStart: new Uint32Array(total),
      postingFirstEnd: new Uint32Array(total),
    };
    let offset = 0;
    placeIds.forEach((id, index) => {
      data.postingStart[index] = offset;
      const postings = this.byPlace.get(id)!;
      for (let at = 0; at < postings.length; at += 4) {
        data.postingDocs[offset] = postings[at]!;
        data.postingCounts[offset] = postings[at + 1]!;
        data.postingFirstStart[offset] = postings[at + 2]!;
        data.postingFirstEnd[offset] = postings[at + 3]!;
        offset++;
      }
    });
    data.postingStart[placeIds.length] = offset;
    return new PlacePostings(data, frequency);
  }
}

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

export interface PlaceInArticle {
  doc: number;
  count: number;
  first: TextRange;
}

export class PlacePostings {
  private readonly slot: Map<string, number>;

  constructor(private readonly data: PlacePostingsData) {
    this.slot = new Map(data.placeIds.map((id, index) => [id, index]));
  }

  static empty(): PlacePostings {
    const none = new Uint32Array(0);
    return new PlacePostings({ placeIds: [], postingStart: new Uint32Array(1), postingDocs: none, postingCounts: none, postingFirstStart: none, postingFirstEnd: none });
  }

  /** From each article's mentions, in article order. */
  static build(mentionsByDoc: Iterable<readonly PlaceMention[]>): PlacePostings {
    const byPlace = new Map<string, PlaceInArticle[]>();
    let doc = 0;
    for (const mentions of mentionsByDoc) {
      const seen = new Map<string, PlaceInArticle>();
      for (const mention of mentions) {
        const posting = seen.get(mention.placeId);
        if (posting) {
          posting.count++;
          continue;
        }
        const created = { doc, count: 1, first: { start: mention.start, end: mention.end } };
        seen.set(mention.placeId, created);
        const list = byPlace.get(mention.placeId);
        if (list) list.push(created);
        else byPlace.set(mention.placeId, [created]);
      }
      doc++;
    }
    const placeIds = [...byPlace.keys()];
    const total = placeIds.reduce((sum, id) => sum + byPlace.get(id)!.length, 0);
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
      for (const posting of byPlace.get(id)!) {
        data.postingDocs[offset] = posting.doc;
        data.postingCounts[offset] = posting.count;
        data.postingFirstStart[offset] = posting.first.start;
        data.postingFirstEnd[offset] = posting.first.end;
        offset++;
      }
    });
    data.postingStart[placeIds.length] = offset;
    return new PlacePostings(data);
  }

  toData(): PlacePostingsData {
    return this.data;
  }

  /** How many articles mention the place. */
  documentFrequency(placeId: string): number {
    const index = this.slot.get(placeId);
    return index === undefined ? 0 : this.data.postingStart[index + 1]! - this.data.postingStart[index]!;
  }

  articlesMentioning(placeId: string): PlaceInArticle[] {
    const index = this.slot.get(placeId);
    if (index === undefined) return [];
    const result: PlaceInArticle[] = [];
    for (let at = this.data.postingStart[index]!; at < this.data.postingStart[index + 1]!; at++) {
      result.push({
        doc: this.data.postingDocs[at]!,
        count: this.data.postingCounts[at]!,
        first: { start: this.data.postingFirstStart[at]!, end: this.data.postingFirstEnd[at]! },
      });
    }
    return result;
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

/**
 * The corpus's figures about places, in columns: per claim its article, kind, value, unit,
 * qualifier, date, where it sits and what it is about, plus postings from a place and a kind to the
 * claims about it ("percentages about Donetsk"). Typed arrays and one string table, like the BM25
 * and place postings, so a 100k-article corpus keeps its million figures compact and stores them
 * as one binary file. Only figures worth checking against other coverage are kept, and only those
 * about a place: a figure is looked up across the corpus by the place it concerns.
 */
import { baseValue, countNoun } from '../consistency/compare-figures';
import type { Claim, ClaimBound, ClaimKind } from '../types';

/** A corpus figure as the table gives it back: a claim without its written text, with its article. */
export interface IndexedClaim extends Omit<Claim, 'text'> {
  doc: number;
}

const INDEXED_KINDS: readonly ClaimKind[] = ['percent', 'distance', 'area', 'money', 'count', 'weight', 'volume', 'speed'];
const BOUNDS: readonly ClaimBound[] = ['exact', 'about', 'at-least', 'at-most'];
const NONE = 0;

/** What two figures of one kind must share to measure the same thing: a currency, a counted noun. */
export function unitKey(claim: Pick<Claim, 'kind' | 'unit'>): string {
  if (claim.kind === 'count') return countNoun(claim.unit);
  return claim.kind === 'money' ? (claim.unit ?? '') : '';
}

const postingKey = (placeId: string, kind: ClaimKind) => `${kind}:${placeId}`;

export interface ClaimTableData {
  /** Every unit, qualifier, date, place id, place name and term, once; 0 stands for none. */
  strings: string[];
  /** Posting keys ("percent:UA.14"); postings of key i are [postingStart[i], postingStart[i + 1]). */
  keys: string[];
  postingStart: Uint32Array;
  postingClaims: Uint32Array;
  doc: Uint32Array;
  kind: Uint8Array;
  bound: Uint8Array;
  value: Float64Array;
  /** NaN where the claim is not a range. */
  high: Float64Array;
  /** The value in its measure's base unit (km, kg, l, km/h), to tell figures far apart cheaply. */
  base: Float64Array;
  /** Indexes into `strings`. */
  unit: Uint32Array;
  unitKey: Uint32Array;
  qualifier: Uint32Array;
  asOf: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  /** Subject places of claim i: placeRefs[3 × placeStart[i] ...], three strings each (id, name, within). */
  placeStart: Uint32Array;
  placeRefs: Uint32Array;
  /** Subject terms of claim i: termRefs[termStart[i] ... termStart[i + 1]). */
  termStart: Uint32Array;
  termRefs: Uint32Array;
}

type Column = Exclude<keyof ClaimTableData, 'strings' | 'keys'>;
export const CLAIM_COLUMNS: readonly Column[] = [
  'postingStart', 'postingClaims', 'doc', 'kind', 'bound', 'value', 'high', 'base', 'unit', 'unitKey', 'qualifier', 'asOf',
  'start', 'end', 'sentenceStart', 'sentenceEnd', 'placeStart', 'placeRefs', 'termStart', 'termRefs',
];

export class ClaimTable {
  private readonly slot: Map<string, number>;
  private readonly stringSlot = new Map<string, number>();

  constructor(private readonly data: ClaimTableData) {
    this.slot = new Map(data.keys.map((key, index) => [key, index]));
    data.strings.forEach((text, index) => this.stringSlot.set(text, index));
  }

  toData(): ClaimTableData {
    return this.data;
  }

  get size(): number {
    return this.data.doc.length;
  }

  /**
   * The claims of `kind` about any of `placeIds` that measure what `claim` measures (same currency,
   * same counted noun), each once, in article order; only the last `limit` (the corpus's latest
   * articles) when there are more.
   */
  candidates(claim: Pick<Claim, 'kind' | 'unit'>, placeIds: Iterable<string>, limit = Number.POSITIVE_INFINITY): number[] {
    const { postingStart, postingClaims, unitKey: keys } = this.data;
    const needsKey = claim.kind === 'count' || claim.kind === 'money';
    const wanted = needsKey ? this.stringSlot.get(unitKey(claim)) : NONE;
    if (wanted === undefined) return [];
    const found = new Set<number>();
    for (const placeId of placeIds) {
      const index = this.slot.get(postingKey(placeId, claim.kind));
      if (index === undefined) continue;
      // Postings are in article order: walk back from the latest, `limit` matches at most.
      let taken = 0;
      for (let at = postingStart[index + 1]! - 1; at >= postingStart[index]! && taken < limit; at--) {
        const id = postingClaims[at]!;
        if (needsKey && keys[id] !== wanted) continue;
        found.add(id);
        taken++;
      }
    }
    const sorted = [...found].sort((a, b) => a - b);
    return sorted.length > limit ? sorted.slice(-limit) : sorted;
  }

  /** Claim `id`'s value in its measure's base unit (km, kg, ...), as figures are compared. */
  baseValueOf(id: number): number {
    return this.data.base[id]!;
  }

  /** The article of claim `id`. */
  docOf(id: number): number {
    return this.data.doc[id]!;
  }

  /** Whether claim `id`'s subject shares one of `terms` (a word of what was measured). */
  sharesTerm(id: number, terms: ReadonlySet<string>): boolean {
    const { strings, termStart, termRefs } = this.data;
    for (let at = termStart[id]!; at < termStart[id + 1]!; at++) if (terms.has(strings[termRefs[at]!]!)) return true;
    return false;
  }

  claimAt(id: number): IndexedClaim {
    const { strings, placeStart, placeRefs, termStart, termRefs } = this.data;
    const text = (column: Uint32Array) => (column[id] === NONE ? null : strings[column[id]!]!);
    const places: IndexedClaim['subject']['places'] = [];
    for (let at = placeStart[id]! * 3; at < placeStart[id + 1]! * 3; at += 3) {
      places.push({ id: strings[placeRefs[at]!]!, name: strings[placeRefs[at + 1]!]!, within: placeRefs[at + 2] === NONE ? null : strings[placeRefs[at + 2]!]! });
    }
    const terms: string[] = [];
    for (let at = termStart[id]!; at < termStart[id + 1]!; at++) terms.push(strings[termRefs[at]!]!);
    const high = this.data.high[id]!;
    return {
      doc: this.data.doc[id]!,
      kind: INDEXED_KINDS[this.data.kind[id]!]!,
      value: this.data.value[id]!,
      high: Number.isNaN(high) ? null : high,
      unit: text(this.data.unit),
      qualifier: text(this.data.qualifier),
      bound: BOUNDS[this.data.bound[id]!]!,
      asOf: text(this.data.asOf),
      start: this.data.start[id]!,
      end: this.data.end[id]!,
      sentence: { start: this.data.sentenceStart[id]!, end: this.data.sentenceEnd[id]! },
      subject: { places, terms },
    };
  }

  /** True when the columns agree with each other and with the article count. */
  isConsistent(articleCount: number): boolean {
    const { keys, postingStart, postingClaims, doc, placeStart, termStart } = this.data;
    const size = doc.length;
    const perClaim: Column[] = ['kind', 'bound', 'value', 'high', 'base', 'unit', 'unitKey', 'qualifier', 'asOf', 'start', 'end', 'sentenceStart', 'sentenceEnd'];
    return (
      perClaim.every((column) => this.data[column].length === size) &&
      placeStart.length === size + 1 &&
      termStart.length === size + 1 &&
      postingStart.length === keys.length + 1 &&
      postingStart[keys.length] === postingClaims.length &&
      postingClaims.every((id) => id < size) &&
      doc.every((article) => article < articleCount)
    );
  }
}

/**
 * A figure worth checking against other coverage, about a place: what the table keeps of the
 * corpus, and what a page looks up in it.
 */
export const isCheckable = (claim: Claim) => claim.subject.places.length > 0 && INDEXED_KINDS.includes(claim.kind);

/** Collects the table article by article, in plain arrays, and packs it into columns at the end. */
export class ClaimTableBuilder {
  private readonly strings: string[] = [''];
  private readonly stringSlot = new Map<string, number>([['', NONE]]);
  private readonly postings = new Map<string, number[]>();
  private readonly numbers: number[][] = CLAIM_COLUMNS.map(() => []);
  private readonly column = new Map(CLAIM_COLUMNS.map((name, index) => [name, this.numbers[index]!]));
  private doc = 0;

  private intern(text: string | null): number {
    if (text === null || text === '') return NONE;
    let slot = this.stringSlot.get(text);
    if (slot === undefined) {
      slot = this.strings.length;
      this.strings.push(text);
      this.stringSlot.set(text, slot);
    }
    return slot;
  }

  private push(name: Column, value: number): void {
    this.column.get(name)!.push(value);
  }

  /** Adds the next article's claims (those the table keeps; the others are skipped). */
  add(claims: readonly Claim[]): void {
    for (const claim of claims) {
      if (!isCheckable(claim)) continue;
      const id = this.column.get('doc')!.length;
      this.push('doc', this.doc);
      this.push('kind', INDEXED_KINDS.indexOf(claim.kind));
      this.push('bound', BOUNDS.indexOf(claim.bound));
      this.push('value', claim.value);
      this.push('high', claim.high ?? Number.NaN);
      this.push('base', baseValue(claim));
      this.push('unit', this.intern(claim.unit));
      this.push('unitKey', this.intern(unitKey(claim)));
      this.push('qualifier', this.intern(claim.qualifier));
      this.push('asOf', this.intern(claim.asOf));
      this.push('start', claim.start);
      this.push('end', claim.end);
      this.push('sentenceStart', claim.sentence.start);
      this.push('sentenceEnd', claim.sentence.end);
      this.push('placeStart', this.column.get('placeRefs')!.length / 3);
      this.push('termStart', this.column.get('termRefs')!.length);
      const keys = new Set<string>();
      for (const place of claim.subject.places) {
        this.push('placeRefs', this.intern(place.id));
        this.push('placeRefs', this.intern(place.name));
        this.push('placeRefs', this.intern(place.within));
        keys.add(postingKey(place.id, claim.kind));
        if (place.within) keys.add(postingKey(place.within, claim.kind));
      }
      for (const term of claim.subject.terms) this.push('termRefs', this.intern(term));
      for (const key of keys) {
        let list = this.postings.get(key);
        if (!list) this.postings.set(key, (list = []));
        list.push(id);
      }
    }
    this.doc++;
  }

  finish(): ClaimTable {
    this.push('placeStart', this.column.get('placeRefs')!.length / 3);
    this.push('termStart', this.column.get('termRefs')!.length);
    const keys = [...this.postings.keys()];
    // Loops, not spreads: a country's postings in a large corpus exceed a call's argument limit.
    const postingStart = this.column.get('postingStart')!;
    const postingClaims = this.column.get('postingClaims')!;
    postingStart.push(0);
    for (const key of keys) {
      for (const id of this.postings.get(key)!) postingClaims.push(id);
      postingStart.push(postingClaims.length);
    }
    const typed = (name: Column) => {
      const values = this.column.get(name)!;
      if (name === 'value' || name === 'high' || name === 'base') return Float64Array.from(values);
      return name === 'kind' || name === 'bound' ? Uint8Array.from(values) : Uint32Array.from(values);
    };
    return new ClaimTable({
      strings: this.strings,
      keys,
      ...(Object.fromEntries(CLAIM_COLUMNS.map((name) => [name, typed(name)])) as Pick<ClaimTableData, Column>),
    });
  }
}

/**
 * The corpus's figures about places, in columns: per claim its article, kind, value, unit,
 * qualifier, date, where it sits and what it is about, plus postings from a place and a kind to the
 * claims about it ("percentages about Donetsk"). Typed arrays and one string table, like the BM25
 * and place postings, so a 100k-article corpus keeps its million figures compact and stores them
 * as one binary file. Only figures worth checking against other coverage are kept, and only those
 * about a place: a figure is looked up across the corpus by the place it concerns.
 */
import { baseValue, countNoun } from './figure-values';
import type { Claim, ClaimBound, ClaimKind, FigureFrame, FigureNature } from '../types';

/** A corpus figure as the table gives it back: a claim without its written text, with its article. */
export interface IndexedClaim extends Omit<Claim, 'text'> {
  doc: number;
}

const INDEXED_KINDS: readonly ClaimKind[] = [
  'percent',
  'distance',
  'area',
  'money',
  'count',
  'weight',
  'volume',
  'speed',
];
// Stored by position: new bounds go at the end, so that indexes stored before read the same.
const BOUNDS: readonly ClaimBound[] = ['exact', 'about', 'at-least', 'at-most', 'well-over', 'well-under'];
const NATURES: readonly FigureNature[] = ['level', 'change', 'rate', 'plan', 'forecast', 'cumulative', 'part'];
// A frame's holders and modifiers share one list per claim, told apart by a prefix.
const HOLDER = 'h:';
const MODIFIER = 'm:';
const RECIPIENT = 'r:';
const CLAIMANT = 'c:';
// A subject place is four strings: its id, name, the region it may stand for, and BROAD or none.
const PLACE_REFS = 4;
const BROAD = 'broad';
const OF_PLACE = 'o:';
// A figure told as new carries one empty tag of this prefix.
const FRESH = 'f:';
// ...and one told of as lately done, one of this.
const RECENT = 'l:';
// ...and one told of the time before an event its sentence names, one of this.
const EARLIER = 'e:';
// The day a figure's sentence names, as a tag of this prefix.
const DAY = 'd:';
const NONE = 0;

/** What two figures of one kind must share to measure the same thing: a currency, a counted thing ("troops" for soldiers too). */
export function unitKey(claim: Pick<Claim, 'kind' | 'unit'> & { frame: Pick<FigureFrame, 'measure'> | null }): string {
  if (claim.kind === 'count') return claim.frame?.measure ?? countNoun(claim.unit);
  return claim.kind === 'money' ? (claim.unit ?? '') : '';
}

// Postings from a kind, a measure and a place (or "*", every place) to the claims: "percentages of territory about Donetsk".
const ANY_PLACE = '*';
const postingKey = (kind: ClaimKind, measure: string, placeId: string) => `${kind}:${measure}:${placeId}`;

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
  /** Subject places of claim i: placeRefs[4 × placeStart[i] ...], four strings each (id, name, within, "broad" or none). */
  placeStart: Uint32Array;
  placeRefs: Uint32Array;
  /** Subject terms of claim i: termRefs[termStart[i] ... termStart[i + 1]). */
  termStart: Uint32Array;
  termRefs: Uint32Array;
  /** The frame (what the figure measures): strings, its nature by index, and its holders and modifiers as a list like the terms. */
  measure: Uint32Array;
  event: Uint32Array;
  nature: Uint8Array;
  period: Uint32Array;
  since: Uint32Array;
  frameTagStart: Uint32Array;
  frameTagRefs: Uint32Array;
}

type Column = Exclude<keyof ClaimTableData, 'strings' | 'keys'>;
export const CLAIM_COLUMNS: readonly Column[] = [
  'postingStart',
  'postingClaims',
  'doc',
  'kind',
  'bound',
  'value',
  'high',
  'base',
  'unit',
  'unitKey',
  'qualifier',
  'asOf',
  'start',
  'end',
  'sentenceStart',
  'sentenceEnd',
  'placeStart',
  'placeRefs',
  'termStart',
  'termRefs',
  'measure',
  'event',
  'nature',
  'period',
  'since',
  'frameTagStart',
  'frameTagRefs',
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
   * The claims that may measure what `claim` measures: of its kind and measure (and currency), each
   * once, in article order. Those about `placeIds` first, then those about any place, the corpus's
   * latest first, up to `limit` of each.
   */
  candidates(
    claim: Pick<Claim, 'kind' | 'unit'> & { frame: Pick<FigureFrame, 'measure'> | null },
    placeIds: Iterable<string>,
    limit = Number.POSITIVE_INFINITY,
  ): number[] {
    if (!claim.frame) return [];
    const { postingStart, postingClaims, unitKey: keys } = this.data;
    const needsKey = claim.kind === 'money';
    const wanted = needsKey ? this.stringSlot.get(unitKey(claim)) : NONE;
    if (wanted === undefined) return [];
    const found = new Set<number>();
    const walk = (key: string) => {
      const index = this.slot.get(key);
      if (index === undefined) return;
      // Postings are in article order: walk back from the latest, `limit` matches at most.
      let taken = 0;
      for (let at = postingStart[index + 1]! - 1; at >= postingStart[index]! && taken < limit; at--) {
        const id = postingClaims[at]!;
        if (needsKey && keys[id] !== wanted) continue;
        found.add(id);
        taken++;
      }
    };
    for (const placeId of placeIds) walk(postingKey(claim.kind, claim.frame.measure, placeId));
    walk(postingKey(claim.kind, claim.frame.measure, ANY_PLACE));
    return [...found].sort((a, b) => a - b);
  }

  /** Claim `id`'s value in its measure's base unit (km, kg, ...), as figures are compared. */
  baseValueOf(id: number): number {
    return this.data.base[id]!;
  }

  /** The article of claim `id`. */
  docOf(id: number): number {
    return this.data.doc[id]!;
  }

  /** What claim `id` measures (its frame's measure): a cheap refusal before the claim is built. */
  measureOf(id: number): string {
    return this.data.strings[this.data.measure[id]!]!;
  }

  private frameAt(id: number): FigureFrame {
    const { strings, frameTagStart, frameTagRefs } = this.data;
    const text = (column: Uint32Array) => (column[id] === NONE ? null : strings[column[id]!]!);
    const tags: Record<string, string[]> = {
      [HOLDER]: [],
      [MODIFIER]: [],
      [RECIPIENT]: [],
      [CLAIMANT]: [],
      [OF_PLACE]: [],
      [FRESH]: [],
      [RECENT]: [],
      [EARLIER]: [],
      [DAY]: [],
    };
    for (let at = frameTagStart[id]!; at < frameTagStart[id + 1]!; at++) {
      const tag = strings[frameTagRefs[at]!]!;
      tags[tag.slice(0, 2)]!.push(tag.slice(2));
    }
    return {
      measure: strings[this.data.measure[id]!]!,
      modifiers: tags[MODIFIER]!,
      event: text(this.data.event),
      holders: tags[HOLDER]!,
      recipients: tags[RECIPIENT]!,
      claimants: tags[CLAIMANT]!,
      of: tags[OF_PLACE]!,
      nature: NATURES[this.data.nature[id]!]!,
      period: text(this.data.period),
      since: text(this.data.since),
      fresh: tags[FRESH]!.length > 0,
      recent: tags[RECENT]!.length > 0,
      earlier: tags[EARLIER]!.length > 0,
      day: tags[DAY]![0] ?? null,
    };
  }

  claimAt(id: number): IndexedClaim {
    const { strings, placeStart, placeRefs, termStart, termRefs } = this.data;
    const text = (column: Uint32Array) => (column[id] === NONE ? null : strings[column[id]!]!);
    const places: IndexedClaim['subject']['places'] = [];
    for (let at = placeStart[id]! * PLACE_REFS; at < placeStart[id + 1]! * PLACE_REFS; at += PLACE_REFS) {
      places.push({
        id: strings[placeRefs[at]!]!,
        name: strings[placeRefs[at + 1]!]!,
        within: placeRefs[at + 2] === NONE ? null : strings[placeRefs[at + 2]!]!,
        ...(placeRefs[at + 3] === NONE ? {} : { broad: true as const }),
      });
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
      frame: this.frameAt(id),
    };
  }

  /** True when the columns agree with each other and with the article count. */
  isConsistent(articleCount: number): boolean {
    const { keys, postingStart, postingClaims, doc, placeStart, termStart } = this.data;
    const size = doc.length;
    const perClaim: Column[] = [
      'kind',
      'bound',
      'value',
      'high',
      'base',
      'unit',
      'unitKey',
      'qualifier',
      'asOf',
      'start',
      'end',
      'sentenceStart',
      'sentenceEnd',
      'measure',
      'event',
      'nature',
      'period',
      'since',
    ];
    return (
      perClaim.every((column) => this.data[column].length === size) &&
      placeStart.length === size + 1 &&
      termStart.length === size + 1 &&
      this.data.placeRefs.length === placeStart[size]! * PLACE_REFS &&
      this.data.termRefs.length === termStart[size]! &&
      this.data.frameTagStart.length === size + 1 &&
      postingStart.length === keys.length + 1 &&
      postingStart[keys.length] === postingClaims.length &&
      postingClaims.every((id) => id < size) &&
      doc.every((article) => article < articleCount)
    );
  }
}

/**
 * A figure worth checking against other coverage: about a place, and with a frame that says what
 * it measures. What the table keeps of the corpus, and what a page looks up in it.
 */
export const isCheckable = (claim: Claim): claim is Claim & { frame: FigureFrame } =>
  claim.frame !== null && claim.subject.places.length > 0 && INDEXED_KINDS.includes(claim.kind);

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
      this.push('placeStart', this.column.get('placeRefs')!.length / PLACE_REFS);
      this.push('termStart', this.column.get('termRefs')!.length);
      const keys = new Set<string>([postingKey(claim.kind, claim.frame.measure, ANY_PLACE)]);
      for (const place of claim.subject.places) {
        this.push('placeRefs', this.intern(place.id));
        this.push('placeRefs', this.intern(place.name));
        this.push('placeRefs', this.intern(place.within));
        this.push('placeRefs', this.intern(place.broad ? BROAD : null));
        keys.add(postingKey(claim.kind, claim.frame.measure, place.id));
        if (place.within) keys.add(postingKey(claim.kind, claim.frame.measure, place.within));
      }
      for (const term of claim.subject.terms) this.push('termRefs', this.intern(term));
      const { frame } = claim;
      this.push('measure', this.intern(frame.measure));
      this.push('event', this.intern(frame.event));
      this.push('nature', NATURES.indexOf(frame.nature));
      this.push('period', this.intern(frame.period));
      this.push('since', this.intern(frame.since));
      this.push('frameTagStart', this.column.get('frameTagRefs')!.length);
      for (const holder of frame.holders) this.push('frameTagRefs', this.intern(HOLDER + holder));
      for (const modifier of frame.modifiers) this.push('frameTagRefs', this.intern(MODIFIER + modifier));
      for (const recipient of frame.recipients) this.push('frameTagRefs', this.intern(RECIPIENT + recipient));
      for (const claimant of frame.claimants) this.push('frameTagRefs', this.intern(CLAIMANT + claimant));
      for (const place of frame.of) this.push('frameTagRefs', this.intern(OF_PLACE + place));
      if (frame.fresh) this.push('frameTagRefs', this.intern(FRESH));
      if (frame.recent) this.push('frameTagRefs', this.intern(RECENT));
      if (frame.earlier) this.push('frameTagRefs', this.intern(EARLIER));
      if (frame.day) this.push('frameTagRefs', this.intern(DAY + frame.day));
      for (const key of keys) {
        let list = this.postings.get(key);
        if (!list) this.postings.set(key, (list = []));
        list.push(id);
      }
    }
    this.doc++;
  }

  finish(): ClaimTable {
    this.push('placeStart', this.column.get('placeRefs')!.length / PLACE_REFS);
    this.push('termStart', this.column.get('termRefs')!.length);
    this.push('frameTagStart', this.column.get('frameTagRefs')!.length);
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
      return name === 'kind' || name === 'bound' || name === 'nature'
        ? Uint8Array.from(values)
        : Uint32Array.from(values);
    };
    return new ClaimTable({
      strings: this.strings,
      keys,
      ...(Object.fromEntries(CLAIM_COLUMNS.map((name) => [name, typed(name)])) as Pick<ClaimTableData, Column>),
    });
  }
}

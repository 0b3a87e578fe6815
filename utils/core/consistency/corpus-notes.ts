/**
 * Page figures against the corpus figures paired with them (pair-figures.ts). A pair agrees when
 * the figures' intervals meet; figures of different dates are shown as a change over time, never
 * called a contradiction.
 */
import { titleOf, type ArticleMeta } from '../article-meta';
import type { Claim, FigureNature } from '../types';
import type { ConsistencyNote, Evidence } from '../results';
import { foldText } from '../text';
import { isProgramme } from '../claims/frame-of';
import { UNNAMED_GIVER } from '../claims/frame-lexicon';
import { BORDER_PREFIX, isBorderKey, standingOf, wholesOf } from '../claims/troop-whereabouts';
import { differentMoments, formatValue, relativeDifference } from './compare-figures';
import { sentenceNote } from './note-parts';
import type { Pairing } from './pair-figures';
import { agreeAcrossTime, runningTotalFell } from './pair-times';
import { conversionOf } from './unit-conversion';
import { nameOneWeapon } from './weapon-names';

const MAX_EVIDENCE = 4;
// Pairings read for each note: copies of the page's own sentence are dropped from them before four are shown.
const MAX_READ = 8;
// Two sentences sharing this much of their three-word runs are one sentence twice: a copy of the
// story in another outlet, which is not a second report.
const COPY_OVERLAP = 0.5;

/** What the notes need of the corpus: the articles' metadata and the texts of those quoted; and a country's name by its code. */
export interface EvidenceSource {
  article(doc: number): ArticleMeta;
  text(id: string): string | undefined;
  countryName?(code: string): string | undefined;
}

const EVENT_WORDS: Record<string, string> = {
  control: 'held',
  inhabited: 'living there',
  support: 'in favour',
  casualties: 'killed or wounded',
};

const NATURE_WORDS: Record<FigureNature, string> = {
  level: 'a level, not a rate, a change or a plan',
  change: 'a change',
  rate: 'a rate',
  plan: 'a plan',
  forecast: 'a forecast',
  cumulative: 'a running total',
  part: 'a part of a total',
};

/** "troops massed · held by Russia · a level, not a rate, a change or a plan": what both figures were read as measuring. */
export function pairingBasis(
  claim: Claim,
  source: Pick<EvidenceSource, 'countryName'>,
  shown: readonly Pick<Claim, 'frame'>[] = [],
): string {
  const frame = claim.frame;
  if (!frame) return '';
  const name = (code: string) =>
    code.startsWith(UNNAMED_GIVER) ? `the ${code.slice(UNNAMED_GIVER.length)}` : (source.countryName?.(code) ?? code);
  const of = frame.of.length
    ? claim.subject.places.find(
        (place) => frame.of.includes(place.id) || (place.within !== null && frame.of.includes(place.within)),
      )?.name
    : undefined;
  // A sum's stage (pledged, provided) is compared only when both sides tell one: not shown as shared.
  const event = frame.event && claim.kind !== 'money' ? (EVENT_WORDS[frame.event] ?? frame.event) : '';
  // "Wounded troops wounded": a modifier the event says already is said once.
  const saidByEvent = (modifier: string) =>
    modifier === frame.event || (modifier === 'dead' && frame.event === 'killed');
  // A programme follows its noun: "visa under the homes for ukraine scheme".
  const thing = [
    ...frame.modifiers.filter((modifier) => !isProgramme(modifier) && !saidByEvent(modifier)),
    frame.measure === 'residents' ? 'people' : frame.measure.replace(/-/g, ' '),
    ...frame.modifiers.filter(isProgramme),
  ].join(' ');
  const what = of
    ? frame.measure === 'residents'
      ? `people living in ${of}`
      : `${thing} of ${of}${event ? ` ${event}` : ''}`
    : [thing, event].filter(Boolean).join(' ');
  const placeName = (id: string) => claim.subject.places.find((place) => place.id === id)?.name ?? name(id);
  // "troops massed at the border of Belarus": a side is a country, or a region the sentence names;
  // shown only where every figure it is set beside names that side too.
  const border = frame.of
    .filter(isBorderKey)
    .filter((key) => shown.length > 0 && shown.every((other) => other.frame?.of.includes(key)))
    .map((key) => placeName(key.slice(BORDER_PREFIX.length)));
  // "troops massed in Russia, apart from those in Belarus": every figure shown says the same, since
  // counts of troops are compared only when both say the same of where they stand.
  const { standsIn, apart } = standingOf(frame.of);
  const where = [
    border.length ? ` at the border of ${border.join(' and ')}` : '',
    // "troops sent to Poland" says so already as its recipient.
    standsIn && !frame.recipients.includes(standsIn) ? ` in ${placeName(standsIn)}` : '',
    apart.length ? `, apart from those in ${apart.map(placeName).join(' and ')}` : '',
  ].join('');
  const parts = [
    `${what}${where}`,
    frame.holders.length ? `by ${frame.holders.map(name).join(', ')}` : '',
    frame.recipients.length ? `to ${frame.recipients.map(name).join(', ')}` : '',
    frame.nature === 'rate' && frame.period
      ? `a rate per ${frame.period}`
      : frame.nature === 'cumulative' && frame.since
        ? frame.since.startsWith('past ')
          ? `a total over the ${frame.since}`
          : `a running total since ${frame.since === 'invasion' ? 'the invasion' : frame.since}`
        : NATURE_WORDS[frame.nature],
  ];
  return parts.filter(Boolean).join(' · ');
}

const shingles = (sentence: string) => {
  const words = foldText(sentence)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return new Set(words.slice(2).map((word, index) => `${words[index]} ${words[index + 1]} ${word}`));
};

/** Whether `quote` is `sentence` again, word for word or nearly. */
export function isCopy(sentence: string, quote: string): boolean {
  const [a, b] = [shingles(sentence), shingles(quote)];
  if (a.size === 0 || b.size === 0) return foldText(sentence).trim() === foldText(quote).trim();
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / Math.min(a.size, b.size) >= COPY_OVERLAP;
}

/** The page's figure as written: its sentence, and the value it gives in brackets in another unit ("300 kilometers (180 miles)"), if any. */
interface PageFigure {
  claim: Claim;
  sentence: string;
  converted: number | null;
}

const UNSURE = 'unsure';
function evidenceOf(
  { claim: page, sentence: pageSentence, converted }: PageFigure,
  { claim }: Pairing,
  source: EvidenceSource,
): Evidence | typeof UNSURE | null {
  const article = source.article(claim.doc);
  const text = source.text(article.id);
  if (text === undefined) return null;
  const { quote, marks } = sentenceNote(text, claim);
  // The same sentence with the same figure is the same report, whichever of the units the page
  // gives it in ("300 kilometers (180 miles)", "180 miles") or whichever end of its range ("as many
  // as 80,000", "between 70,000 to 80,000"); with another figure it is an update.
  const endOf = (single: Pick<Claim, 'value' | 'high'>, range: Pick<Claim, 'value' | 'high'>) =>
    single.high === null && (single.value === range.value || single.value === range.high);
  // ...or converted by the other outlet ("some 38 miles" in one copy of a caption, "some 60km" in another).
  const conversion =
    page.high === null && claim.high === null
      ? conversionOf(page, { ...claim, text: text.slice(claim.start, claim.end) })
      : null;
  const sameReported =
    (page.value === claim.value && page.high === claim.high) ||
    converted === claim.value ||
    endOf(page, claim) ||
    endOf(claim, page) ||
    (conversion !== null && Math.abs(claim.value - conversion.expected) <= conversion.allowed);
  const sentence = text.slice(claim.sentence.start, claim.sentence.end);
  if (sameReported && isCopy(pageSentence, sentence)) return null;
  // Two weapons' ranges, or a weapon's against no weapon named: not a report of the page's figure,
  // nor proof that the corpus has none.
  if (page.frame?.measure === 'range' && !nameOneWeapon(pageSentence, sentence)) return UNSURE;
  const agrees = agreeAcrossTime(page, claim);
  const date = claim.asOf ?? article.date ?? null;
  return {
    id: article.id,
    origin: 'corpus',
    title: titleOf(article).title,
    source: article.source ?? null,
    date,
    quote,
    marks,
    figure: formatValue(claim),
    agrees,
    datesDiffer: !agrees && differentMoments(page.asOf, date) && !runningTotalFell(page, claim, date),
    at: { start: claim.start, end: claim.end },
  };
}

/** Whether a figure's frame names both whose it is and what it is of. */
const toldInFull = (claim: Pick<Claim, 'frame'>) =>
  claim.frame !== null && claim.frame.holders.length > 0 && wholesOf(claim.frame.of).length > 0;

/** The corpus articles a set of notes quotes: the texts to fetch before writing them. */
export function evidenceArticles(pairings: ReadonlyMap<Claim, Pairing[]>): number[] {
  return [
    ...new Set([...pairings.values()].flatMap((list) => list.slice(0, MAX_READ).map((pairing) => pairing.claim.doc))),
  ];
}

/** Notes on the page's checkable figures (`checked`), from their pairings; a figure with none is "only here". */
export function corpusNotes(
  pageText: string,
  checked: readonly Claim[],
  pairings: ReadonlyMap<Claim, Pairing[]>,
  source: EvidenceSource,
  conversions: ReadonlyMap<Claim, Claim> = new Map(),
): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  for (const claim of checked) {
    const paired = pairings.get(claim) ?? [];
    const figure: PageFigure = {
      claim,
      sentence: pageText.slice(claim.sentence.start, claim.sentence.end),
      converted: conversions.get(claim)?.value ?? null,
    };
    const evidence: Evidence[] = [];
    // The corpus figure behind each piece of evidence, in the same order.
    const shown: Pairing['claim'][] = [];
    let unsure = 0;
    for (const pairing of paired.slice(0, MAX_READ)) {
      const item = evidenceOf(figure, pairing, source);
      // Two reports of one moment that give one quantity two values are rarer than a misreading
      // that looks like them: of the 147 pairs of real news judged one quantity on the tuning
      // pages, none was such a contradiction. Shown only when both say whose and of what ("Russia
      // controls 70% of the Donetsk region"), else not.
      if (
        item === UNSURE ||
        (item && !item.agrees && !item.datesDiffer && !(toldInFull(claim) && toldInFull(pairing.claim)))
      ) {
        unsure++;
        continue;
      }
      // One story in two outlets is one report: its sentence is shown once.
      if (
        item &&
        evidence.length < MAX_EVIDENCE &&
        !evidence.some((kept) => kept.figure === item.figure && isCopy(kept.quote, item.quote))
      ) {
        evidence.push(item);
        shown.push(pairing.claim);
      }
    }
    const { quote, marks } = sentenceNote(pageText, claim);
    const base = {
      check: 'corpus' as const,
      claim,
      sentence: quote,
      figureInSentence: marks[0]!,
      evidence,
      basis: pairingBasis(claim, source, shown),
    };
    // Only unsure pairs: the figure is not alone in the corpus, and nothing is said of it.
    if (evidence.length === 0 && unsure > 0) continue;
    if (evidence.length === 0) {
      notes.push({
        ...base,
        verdict: 'only-here',
        datesDiffer: false,
        message: `No other article in the corpus gives a figure on the same quantity (${claim.subject.places.map((place) => place.name).join(', ')}).`,
      });
      continue;
    }
    const agreeing = evidence.filter((item) => item.agrees);
    const differing = evidence.filter((item) => !item.agrees);
    const sameMoment = differing.filter((item) => !item.datesDiffer);
    if (agreeing.length > 0) {
      notes.push({
        ...base,
        verdict: 'agrees',
        datesDiffer: false,
        message: `${agreeing.length} corpus ${agreeing.length === 1 ? 'article gives' : 'articles give'} a matching figure${differing.length ? `; ${differing.length} ${differing.length === 1 ? 'gives' : 'give'} another` : ''}.`,
      });
      continue;
    }
    const change = relativeDifference(claim, shown[0]!);
    const percent = Math.abs(change * 100).toFixed(0);
    // One value with different bounds ("about 100,000", "well over 100,000"): the words differ, not the number.
    const page = percent === '0' ? claim.text : formatValue(claim);
    const datesDiffer = sameMoment.length === 0;
    const message = datesDiffer
      ? `Figures of different dates: ${page} here${claim.asOf ? ` (as of ${claim.asOf})` : ''}, ${evidence[0]!.figure} as of ${evidence[0]!.date}. A change over time, not a contradiction.`
      : percent === '0'
        ? `The corpus gives ${evidence[0]!.figure}, where this page gives ${page}.`
        : `The corpus gives ${evidence[0]!.figure}, ${percent}% ${change > 0 ? 'higher' : 'lower'} than this page's ${page}.`;
    notes.push({ ...base, verdict: 'differs', datesDiffer, message });
  }
  return notes;
}

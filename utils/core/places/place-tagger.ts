/**
 * Whether a name the gazetteer knows is a place where it stands, as a learned decision: an averaged
 * perceptron over what the rules know of the mention (the place's kind and size, the words around
 * it, the capitalized words beside it, whether the rules find it strong or supported, the article's
 * other places). Trained by `npm run train:places` on the tuning halves of TR-News and GeoVirus
 * only, and shipped as its weights (tagger-weights.ts). One decision per mention: an article may
 * name Kansas and the Kansas City Chiefs.
 */

/** What the tagger is told of one mention, by find-places.ts. */
export interface MentionFacts {
  kind: string;
  population: number;
  mainName: boolean;
  curated: boolean;
  options: number;
  words: number;
  sentenceStart: boolean;
  capitalizedBefore: string;
  capitalizedBeforeIsTitle: boolean;
  capitalizedBeforeIsModifier: boolean;
  capitalizedAfter: string;
  textBefore: string;
  textAfter: string;
  strong: boolean;
  supported: boolean;
  surname: boolean;
  /** A one-word name that is also an English first name ("Anna", "Austin"). */
  givenName: boolean;
  commonWord: boolean;
  hyphenPart: boolean;
  dotted: boolean;
  misspelled: boolean;
  allCapitals: boolean;
  /** The article names the place's country, its region, or a town near it. */
  countryInArticle: boolean;
  regionInArticle: boolean;
  /** How many times the article writes this name. */
  mentions: number;
  /** Some mention of the name speaks ("Fox said"): people speak, and so, in news, do capitals. */
  speaker: boolean;
}

const bucket = (value: number, edges: readonly number[]) => {
  let index = 0;
  while (index < edges.length && value >= edges[index]!) index++;
  return index;
};
const POPULATION_EDGES = [1, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];
const lastWord = (text: string) => /([\p{L}']+)[^\p{L}]*$/u.exec(text)?.[1] ?? '';
const lastTwoWords = (text: string) => /([\p{L}']+\s+[\p{L}']+)[^\p{L}]*$/u.exec(text)?.[1]?.replace(/\s+/g, ' ') ?? '';
const firstWord = (text: string) => /^[^\p{L}]*([\p{L}']+)/u.exec(text)?.[1] ?? '';

/** The mention's features: names of indicators, weighted by the model. */
export function mentionFeatures(facts: MentionFacts): string[] {
  const population = `pop${bucket(facts.population, POPULATION_EDGES)}`;
  const rule = facts.strong ? 'strong' : facts.supported ? 'supported' : 'unsupported';
  const features = [
    'bias',
    `kind:${facts.kind}`,
    population,
    `kind:${facts.kind}|${population}`,
    `rule:${rule}`,
    `kind:${facts.kind}|rule:${rule}`,
    facts.mainName ? 'main-name' : 'other-name',
    `options:${Math.min(facts.options, 4)}`,
    `words:${Math.min(facts.words, 3)}`,
    `mentions:${bucket(facts.mentions, [2, 3, 5])}`,
    `prev:${lastWord(facts.textBefore)}`,
    `prev2:${lastTwoWords(facts.textBefore)}`,
    `next:${firstWord(facts.textAfter)}`,
  ];
  if (facts.curated) features.push('curated');
  if (facts.sentenceStart) features.push('sentence-start');
  if (facts.capitalizedBefore)
    features.push(
      facts.capitalizedBeforeIsTitle
        ? 'after-title'
        : facts.capitalizedBeforeIsModifier
          ? 'after-modifier'
          : 'after-name',
      `cap-before:${facts.capitalizedBefore.toLowerCase()}`,
    );
  if (facts.capitalizedAfter)
    features.push('before-name', `cap-after:${facts.capitalizedAfter.toLowerCase()}`, `kind:${facts.kind}|before-name`);
  if (/^['’]s\b/.test(facts.textAfter)) features.push('possessive');
  if (facts.surname) features.push('surname');
  if (facts.givenName) features.push('given-name', `given-name|kind:${facts.kind}`, `given-name|rule:${rule}`);
  if (facts.commonWord) features.push('common-word');
  if (facts.hyphenPart) features.push('hyphen-part');
  if (facts.dotted) features.push('dotted');
  if (facts.misspelled) features.push('misspelled');
  if (facts.allCapitals) features.push('all-capitals');
  if (facts.countryInArticle) features.push('country-in-article', `kind:${facts.kind}|country-in-article`);
  if (facts.regionInArticle) features.push('region-in-article');
  if (facts.speaker) features.push('speaker', `speaker|kind:${facts.kind}`, `speaker|${population}`);
  return features;
}

export type TaggerWeights = Readonly<Record<string, number>>;

export function taggerScore(features: readonly string[], weights: TaggerWeights): number {
  let sum = 0;
  for (const feature of features) sum += weights[feature] ?? 0;
  return sum;
}

/** An averaged perceptron's training, one pass at a time, over examples of features and whether each is a place. */
export class PerceptronTrainer {
  private readonly weights = new Map<string, number>();
  private readonly totals = new Map<string, number>();
  private readonly stamps = new Map<string, number>();
  private step = 1;

  private update(feature: string, change: number): void {
    const weight = this.weights.get(feature) ?? 0;
    // Lazily averaged: the weight's value is counted for every step it held it.
    this.totals.set(feature, (this.totals.get(feature) ?? 0) + (this.step - (this.stamps.get(feature) ?? 0)) * weight);
    this.stamps.set(feature, this.step);
    this.weights.set(feature, weight + change);
  }

  learn(features: readonly string[], isPlace: boolean): void {
    let sum = 0;
    for (const feature of features) sum += this.weights.get(feature) ?? 0;
    if (sum > 0 !== isPlace) for (const feature of features) this.update(feature, isPlace ? 1 : -1);
    this.step++;
  }

  /** The averaged weights, rounded, without the ones that stayed zero. */
  averaged(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [feature, weight] of this.weights) {
      const total = (this.totals.get(feature) ?? 0) + (this.step - (this.stamps.get(feature) ?? 0)) * weight;
      const average = Math.round((total / this.step) * 1000) / 1000;
      if (average !== 0) result[feature] = average;
    }
    return result;
  }
}

import { describe, expect, it } from 'vitest';
import { mentionFeatures, PerceptronTrainer, taggerScore, type MentionFacts } from './place-tagger';

const facts = (overrides: Partial<MentionFacts>): MentionFacts => ({
  kind: 'town',
  population: 20_000,
  mainName: true,
  curated: false,
  options: 1,
  words: 1,
  sentenceStart: false,
  capitalizedBefore: '',
  capitalizedBeforeIsTitle: false,
  capitalizedBeforeIsModifier: false,
  capitalizedAfter: '',
  textBefore: 'shelling near ',
  textAfter: ' overnight',
  strong: false,
  supported: true,
  surname: false,
  givenName: false,
  commonWord: false,
  hyphenPart: false,
  dotted: false,
  misspelled: false,
  allCapitals: false,
  countryInArticle: true,
  regionInArticle: false,
  mentions: 1,
  speaker: false,
  ...overrides,
});

describe('the place tagger', () => {
  it('describes a mention by what the rules found and the words around it', () => {
    const features = mentionFeatures(facts({ capitalizedAfter: 'Mayor', givenName: true, speaker: true }));
    expect(features).toEqual(
      expect.arrayContaining([
        'bias',
        'kind:town',
        'pop3',
        'rule:supported',
        'prev:near',
        'next:overnight',
        'cap-after:mayor',
        'given-name',
        'speaker',
      ]),
    );
    expect(mentionFeatures(facts({}))).not.toContain('given-name');
  });

  it('learns to separate places from names by their features, averaged over its steps', () => {
    const trainer = new PerceptronTrainer();
    const place = mentionFeatures(facts({}));
    const person = mentionFeatures(facts({ supported: false, textAfter: ' said', givenName: true, speaker: true }));
    for (let pass = 0; pass < 5; pass++) {
      trainer.learn(place, true);
      trainer.learn(person, false);
    }
    const weights = trainer.averaged();
    expect(taggerScore(place, weights)).toBeGreaterThan(0);
    expect(taggerScore(person, weights)).toBeLessThan(0);
    // Features that never moved are left out of the weights.
    expect(Object.values(weights).every((weight) => weight !== 0)).toBe(true);
  });
});

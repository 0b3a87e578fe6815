import { describe, expect, it } from 'vitest';
import { sourcingProfile } from './sourcing';

describe('sourcingProfile', () => {
  it('tells named, unnamed and cited sources apart', () => {
    const text = [
      '“We will fight,” Pavlo Yurchuk said on Monday.',
      'A Russian officer, speaking on condition of anonymity, described the losses.',
      'According to Reuters, the strike hit a school.',
      'Analysts said the front is stable, and analysts agree.',
      'The village was shelled, said Mr. Reeves, citing a leaked report.',
      'Russia said it had taken the town.',
    ].join(' ');
    const profile = sourcingProfile(text, new Set(['Russia']));
    expect(profile.named.map((item) => item.name)).toEqual(['Mr. Reeves', 'Pavlo Yurchuk']);
    expect(profile.anonymous.map((item) => item.phrase)).toEqual(['on condition of anonymity']);
    expect(profile.cited).toEqual(expect.arrayContaining(['Reuters', 'leaked report']));
  });
});

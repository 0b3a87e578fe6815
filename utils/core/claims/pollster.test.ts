import { describe, expect, it } from 'vitest';
import { words } from '../text';
import { pollsterOf } from './pollster';

/** The pollster of the first share in a sentence. */
const pollster = (sentence: string) => {
  const share = /\d+(?:\.\d+)?%/.exec(sentence)!;
  return pollsterOf(sentence, words(sentence), { start: share.index, end: share.index + share[0].length });
};

describe('the pollster of a share', () => {
  it('is read before the poll word and after "by", "from" or "pollster"', () => {
    expect(pollster('A Levada Center poll published on Thursday found that 81% of Russians back it.')).toBe(
      'poll:levada',
    );
    expect(pollster('The Levada Center’s latest poll found 80%.')).toBe('poll:levada');
    expect(pollster('A new Reuters/Ipsos poll found 62% of Americans back sanctions.')).toBe('poll:reuters');
    expect(pollster('A recent survey conducted by Rating Group found 80% back joining NATO.')).toBe('poll:rating');
    expect(pollster('The state-run pollster VTsIOM said 71% approve.')).toBe('poll:vtsiom');
  });

  it('keys one pollster one way, however its name is told (review)', () => {
    expect(pollster('A poll by the independent Levada Center found that 80% back it.')).toBe('poll:levada');
    expect(pollster('The Moscow-based Levada Center’s latest poll found 80%.')).toBe('poll:levada');
    expect(pollster('A Kyiv International Institute of Sociology poll found 91%.')).toBe('poll:kyiv');
    expect(pollster('According to a poll by the Kyiv International Institute of Sociology, 91% oppose it.')).toBe(
      'poll:kyiv',
    );
  });

  it('takes no people asked, no place, no day and no pronoun for a pollster', () => {
    expect(pollster('In a Ukrainian poll, 70% said so.')).toBe('poll:?');
    expect(pollster('A poll of Ukrainians by KIIS found 80%.')).toBe('poll:?');
    expect(pollster('In Russia, a poll found 80%.')).toBe('poll:?');
    expect(pollster('Monday’s poll found 50%.')).toBe('poll:?');
    expect(pollster('Its latest survey found 40%.')).toBe('poll:?');
  });

  it('marks a share as a poll’s only when told so: its respondents just after it, or a poll word before it (review)', () => {
    expect(pollster('39% of respondents called the provision of tanks to Ukraine a mistake.')).toBe('poll:?');
    expect(pollster('Some 37% of those polled said so.')).toBe('poll:?');
    expect(pollster('Polls show 60% of Americans support aid.')).toBe('poll:?');
    expect(pollster('Russia holds 20% of Ukraine.')).toBeNull();
    expect(pollster('Russia has seized about 20% of Ukraine, Zelensky, interviewed by CNN, said.')).toBeNull();
    expect(pollster('Putin won 87% of the vote as polls closed.')).toBeNull();
    expect(pollster('Moscow controls 20% of Sievierodonetsk, drone surveys show.')).toBeNull();
  });
});

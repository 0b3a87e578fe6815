import { describe, expect, it } from 'vitest';
import { words } from '../text';
import { pollsterOf } from './pollster';

const pollster = (sentence: string) => pollsterOf(sentence, words(sentence));

describe('the pollster of a share', () => {
  it('is read before the poll word and after "by", "from" or "pollster"', () => {
    expect(pollster('A Levada Center poll published on Thursday found that 81% of Russians back it.')).toBe(
      'poll:levada',
    );
    expect(pollster('The Levada Center’s latest poll found 80%.')).toBe('poll:levada');
    expect(pollster('A new Reuters/Ipsos poll found 62% of Americans back sanctions.')).toBe('poll:reuters');
    expect(pollster('According to a poll by the Kyiv International Institute of Sociology, 91% oppose it.')).toBe(
      'poll:kyiv',
    );
    expect(pollster('A recent survey conducted by Rating Group found 80% back joining NATO.')).toBe('poll:rating');
    expect(pollster('The state-run pollster VTsIOM said 71% approve.')).toBe('poll:vtsiom');
  });

  it('is no people asked, no place and no poll without a name', () => {
    expect(pollster('In a Ukrainian poll, 70% said so.')).toBeNull();
    expect(pollster('A poll of Ukrainians by KIIS found 80%.')).toBeNull();
    expect(pollster('A survey by Ukrainian pollsters found 3%.')).toBeNull();
    expect(pollster('In Russia, a poll found 80%.')).toBeNull();
    expect(pollster('Polls show 60% of Americans support aid.')).toBeNull();
    expect(pollster('Russia holds 20% of Ukraine.')).toBeNull();
  });
});

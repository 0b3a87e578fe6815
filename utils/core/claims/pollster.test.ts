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

  it('is no people asked and no place: a poll that names no one who took it is a poll all the same', () => {
    expect(pollster('In a Ukrainian poll, 70% said so.')).toBe('poll:?');
    expect(pollster('A poll of Ukrainians by KIIS found 80%.')).toBe('poll:?');
    expect(pollster('A survey by Ukrainian pollsters found 3%.')).toBe('poll:?');
    expect(pollster('In Russia, a poll found 80%.')).toBe('poll:?');
    expect(pollster('Polls show 60% of Americans support aid.')).toBe('poll:?');
    expect(pollster('39% of respondents called the provision of tanks to Ukraine a mistake.')).toBe('poll:?');
    expect(pollster('Russia holds 20% of Ukraine.')).toBeNull();
  });
});

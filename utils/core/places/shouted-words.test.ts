import { describe, expect, it } from 'vitest';
import { splitWords } from './candidates';
import { shoutedWords } from './shouted-words';

function shouted(text: string): string[] {
  const words = splitWords(text);
  const flags = shoutedWords(text, words);
  return words.filter((_, index) => flags[index]).map((word) => word.text);
}

describe('words in capitals among words in capitals', () => {
  it('finds a headline set in capitals, with its punctuation', () => {
    expect(shouted('Arms went out. RUSSIAN SEPARATISTS ASK MOSCOW FOR MISSILES The report said.')).toEqual([
      'RUSSIAN',
      'SEPARATISTS',
      'ASK',
      'MOSCOW',
      'FOR',
      'MISSILES',
    ]);
    expect(shouted('UKRAINE: FRANCE, GERMANY, ITALY LEADERS MEET')).toHaveLength(6);
  });

  it('leaves abbreviations, datelines and runs cut by a line break alone', () => {
    expect(shouted('NATO, EU and US officials met in Brussels.')).toEqual([]);
    expect(shouted('WASHINGTON (AP) — The Senate voted.')).toEqual([]);
    expect(shouted('KYIV AND\nLVIV')).toEqual([]);
    expect(shouted('The UN and WHO said so.')).toEqual([]);
    expect(shouted('Leaders of the US, UK, EU and NATO met.')).toEqual([]);
    expect(shouted('WASHINGTON (AP) — NATO leaders met.')).toEqual([]);
  });

  it('carries a run on over one-letter words', () => {
    expect(shouted('ZELENSKYY SAYS A DEAL IS NEAR')).toEqual(['ZELENSKYY', 'SAYS', 'A', 'DEAL', 'IS', 'NEAR']);
  });
});

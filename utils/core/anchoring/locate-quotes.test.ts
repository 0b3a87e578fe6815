import { describe, expect, it } from 'vitest';
import { compact, locateQuotes } from './locate-quotes';

const quote = (prefix: string, exact: string, suffix: string) => ({ prefix, exact, suffix });
const found = (page: string, quotes: ReturnType<typeof quote>[]) =>
  locateQuotes(compact(page), quotes).map((range) => range && compact(page).slice(range.start, range.end));

describe('locateQuotes', () => {
  it('finds a quote whose whitespace differs from the page’s (blocks joined without a gap)', () => {
    const page = 'Fighting near<p>Bakhmut</p>went on.   Bakhmut   held.';
    const ranges = locateQuotes(compact(page), [quote('went on.\n\n', 'Bakhmut', ' held.')]);
    expect(ranges[0]).toEqual({
      start: compact(page).lastIndexOf('Bakhmut'),
      end: compact(page).lastIndexOf('Bakhmut') + 7,
    });
  });

  it('tells repeated names apart by their context and keeps text order', () => {
    const page = 'Kyiv said no. Later Kyiv said yes. Then Kyiv said maybe.';
    const ranges = locateQuotes(compact(page), [
      quote('Later ', 'Kyiv', ' said yes'),
      quote('Then ', 'Kyiv', ' said maybe'),
    ]);
    const text = compact(page);
    expect(ranges.map((range) => range!.start)).toEqual([text.indexOf('LaterKyiv') + 5, text.indexOf('ThenKyiv') + 4]);
  });

  it('falls back to less context when the page changed around a mention', () => {
    expect(
      found('A caption: Donetsk region map. Shelling in Donetsk today.', [quote('Shelling hit ', 'Donetsk', ' today')]),
    ).toEqual(['Donetsk']);
  });

  it('answers null for a quote that is not in the page, and goes on with the rest', () => {
    expect(found('Only Kharkiv here.', [quote('', 'Odesa', ''), quote('Only ', 'Kharkiv', ' here')])).toEqual([
      null,
      'Kharkiv',
    ]);
  });

  it('ignores soft hyphens and non-breaking spaces', () => {
    expect(found('Kos\u00adtian\u00adtynivka\u00a0town', [quote('', 'Kostiantynivka', ' town')])).toEqual([
      'Kostiantynivka',
    ]);
  });
});

/**
 * Finds quotes from the extracted article again in the live page's text. Readability worked on a
 * clone and joined blocks with blank lines, so offsets into its text mean nothing in the page; a
 * quote (the mention with some text either side) does. Both texts are compared without whitespace,
 * which is where they differ: the page may have none between blocks, or runs of it inside them.
 */
import { ZERO_WIDTH_CLASS } from '../zero-width';

export interface Quote {
  prefix: string;
  exact: string;
  suffix: string;
}

/** A half-open range in the page's compact (whitespace-free) text. */
export interface CompactRange {
  start: number;
  end: number;
}

// What never distinguishes two texts for a reader: whitespace of any kind, soft hyphens and zero-width characters.
const INVISIBLE = new RegExp(`[\\s\u00ad${ZERO_WIDTH_CLASS}]`, 'g');

export function compact(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Locates each quote, in order. The quotes come in text order, so each search starts where the
 * previous one ended; a quote found only before that point (the page repeats a passage) is still
 * taken. The fullest context that matches wins: prefix + exact + suffix, then exact with either
 * side, then exact alone, first after the cursor. Quotes not found at all are null.
 */
export function locateQuotes(pageCompact: string, quotes: readonly Quote[]): (CompactRange | null)[] {
  let cursor = 0;
  return quotes.map((quote) => {
    const exact = compact(quote.exact);
    if (!exact) return null;
    const prefix = compact(quote.prefix);
    const suffix = compact(quote.suffix);
    const attempts: [string, number][] = [
      [prefix + exact + suffix, prefix.length],
      [exact + suffix, 0],
      [prefix + exact, prefix.length],
      [exact, 0],
    ];
    for (const [needle, offset] of attempts) {
      let at = pageCompact.indexOf(needle, cursor);
      if (at < 0) at = pageCompact.indexOf(needle);
      if (at < 0) continue;
      const start = at + offset;
      cursor = start + exact.length;
      return { start, end: start + exact.length };
    }
    return null;
  });
}

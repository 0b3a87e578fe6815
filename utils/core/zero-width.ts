/**
 * The zero-width characters pages put between or inside words (zero-width space, non-joiner and
 * joiner, word joiner, byte-order mark): no reader sees them, so the core reads them as nothing
 * between two words' letters ("Sea of \u200bAzov") and drops them when it compares texts.
 */

/** The characters, for a pattern's character class. */
export const ZERO_WIDTH_CLASS = '\u200b-\u200d\u2060\ufeff';

/** Whether a UTF-16 code unit is one of them; by code, since some callers test every character. */
export const isZeroWidth = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;

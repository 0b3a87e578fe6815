/**
 * Most text a page may send for annotation; beyond it the page is cut (the sidebar says so).
 * Apart from messages.ts so the content script does not bundle the schema library for a number.
 */
export const MAX_ARTICLE_CHARACTERS = 2_000_000;

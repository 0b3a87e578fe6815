import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Real news for imports (../shared holds data the repository does not). */
export const UKRAINE_DEV = new URL('../../../shared/data/corpora/ukraine-news-dev.jsonl', import.meta.url).pathname;

export const corpusCard = (options: Page, name: string) => options.getByTestId('corpus').filter({ has: options.getByTestId('corpus-name').getByText(name, { exact: true }) });
export const inUse = (options: Page) => options.locator('[data-testid="corpus"][data-active="true"]').getByTestId('corpus-name');

/** One short article as a JSON Lines record. */
export const story = (id: string, place: string) =>
  JSON.stringify({ id, title: `Shelling in ${place}`, date: '2024-06-01', source: 'Test Wire', text: `Residents of ${place} described overnight shelling that damaged homes and a school. `.repeat(4) });

/** The Ukraine news file `copies` times over, each copy's articles distinct: an import that takes a while to index. */
export function manyArticles(copies: number): Buffer {
  const rows = readFileSync(UKRAINE_DEV, 'utf8').split('\n').filter(Boolean);
  const many = Array.from({ length: copies }, (_, copy) =>
    rows.map((row) => {
      const article = JSON.parse(row) as { id: string; text: string };
      return JSON.stringify({ ...article, id: `${article.id}-${copy}`, text: `Copy ${copy}. ${article.text}` });
    }),
  ).flat();
  return Buffer.from(many.join('\n'));
}

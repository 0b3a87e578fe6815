import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Real news for imports (../shared holds data the repository does not). */
export const UKRAINE_DEV = new URL('../../../shared/data/corpora/ukraine-news-dev.jsonl', import.meta.url).pathname;

export const corpusCard = (options: Page, name: string) =>
  options.getByTestId('corpus').filter({ has: options.getByTestId('corpus-name').getByText(name, { exact: true }) });
export const inUse = (options: Page) =>
  options.locator('[data-testid="corpus"][data-active="true"]').getByTestId('corpus-name');

/** Imports JSON Lines records as a reader would, under `name`, and waits until the import is done. */
export async function importRecords(options: Page, name: string, records: readonly string[], file = `${name}.jsonl`) {
  await options.getByTestId('import-name').fill(name);
  await options.getByTestId('import-files').setInputFiles({
    name: file,
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(records.join('\n')),
  });
  await expect(options.getByTestId('import-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

/** One short article as a JSON Lines record. */
export const story = (id: string, place: string) =>
  JSON.stringify({
    id,
    title: `Shelling in ${place}`,
    date: '2024-06-01',
    source: 'Test Wire',
    text: `Residents of ${place} described overnight shelling that damaged homes and a school. `.repeat(4),
  });

/** Real local news the repository carries (LGL, tests/fixtures/toponyms), as many articles as the Ukraine news file holds. */
const LGL = new URL('../fixtures/toponyms/lgl.jsonl', import.meta.url).pathname;

/** Real news articles `copies` times over, each copy's articles distinct: an import that takes a while to index. */
export function manyArticles(copies: number): Buffer {
  const rows = readFileSync(LGL, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 224)
    .map((row) => {
      const { id, text } = JSON.parse(row) as { id: string; text: string };
      return JSON.stringify({ id, text });
    });
  const many = Array.from({ length: copies }, (_, copy) =>
    rows.map((row) => {
      const article = JSON.parse(row) as { id: string; text: string };
      return JSON.stringify({ ...article, id: `${article.id}-${copy}`, text: `Copy ${copy}. ${article.text}` });
    }),
  ).flat();
  return Buffer.from(many.join('\n'));
}

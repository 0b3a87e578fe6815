import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a fixture page must produce (tests/fixtures/pages/NAME/expected.json). */
export type PageExpectation =
  | {
      about: string;
      kind: 'article';
      title: string;
      byline: string | null;
      siteName: string | null;
      sameArticle?: string;
      related: string[];
      relatedFirst?: string;
      /** Place names (as the gazetteer names them) that must be found, checked by hand against the page. */
      places?: string[];
      /** Consistency notes the page must get: the figure as written, the check, the verdict and one corpus article among the evidence. */
      notes?: [figure: string, check: string, verdict: string, evidence: string][];
    }
  | { about: string; kind: 'no-article'; reason: string };

export const PAGES_DIR = new URL('../fixtures/pages/', import.meta.url).pathname;

export function fixturePages(): { name: string; html: string; expected: PageExpectation }[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      name,
      html: readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as PageExpectation,
    }));
}

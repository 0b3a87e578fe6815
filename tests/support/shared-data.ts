import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `../shared/data` beside the repository: real data written by others (the Ukraine news dev set,
 * real news pages, the toponym sets, the Recognizers-Text specifications) that the repository does
 * not carry, and the tests and figures that read it.
 */
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

const present = existsSync(SHARED_DATA);
/** Set by .ci/run: in CI a missing ../shared/data is a failure, never a skip. */
const required = process.env.SIDENOTE_REQUIRE_SHARED === '1';

/**
 * Whether a test that reads ../shared/data can run. On a clone with nothing beside it, it is
 * skipped and one line says which; where CI requires the data, its absence fails the run.
 */
export function hasSharedData(what: string): boolean {
  if (present) return true;
  if (required) throw new Error(`../shared/data is missing beside the repository, and CI runs ${what} on it`);
  console.warn(`skipped, no ../shared/data beside the repository: ${what}`);
  return false;
}

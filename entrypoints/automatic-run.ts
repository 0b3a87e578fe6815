import { AUTOMATIC_RUN } from '@/utils/page/automatic-run';

/**
 * Registered (never declared) to run just before the content script on the sites the reader
 * listed for automatic annotation: marks the content script's next run as not asked for by a click.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[AUTOMATIC_RUN] = true;
});

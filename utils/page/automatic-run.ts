/** The flag the automatic-run script sets for the content script, in their shared isolated world. */
export const AUTOMATIC_RUN = 'sidenoteAutomaticRun';

/** Whether this run of the content script came from automatic annotation rather than a click (read once). */
export function takeAutomaticRun(): boolean {
  const scope = globalThis as Record<string, unknown>;
  const automatic = scope[AUTOMATIC_RUN] === true;
  delete scope[AUTOMATIC_RUN];
  return automatic;
}

// performance is a global in Node and in browsers, but not part of the ECMAScript library the core is checked against.
const clock = (globalThis as { performance?: { now(): number } }).performance ?? Date;

export const now = (): number => clock.now();

/** Milliseconds since `start`, to two decimals: the timings the sidebar and the CLI report. */
export const since = (start: number): number => Math.round((now() - start) * 100) / 100;

/** Continents, countries and seas: named in passing far more often than a town is. */
export const BROAD_PLACE_KINDS: ReadonlySet<string> = new Set(['continent', 'country', 'sea']);

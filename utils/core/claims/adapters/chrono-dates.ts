/**
 * The one module that imports chrono-node (the lint holds it): Sidenote picks chrono's parsers by
 * the text of their patterns, which chrono does not promise to keep. package.json pins the version
 * this was written against, and the test beside this file fails when another one is installed.
 * What to re-check then: docs/library-adapters.md.
 */
import * as chrono from 'chrono-node';

/** The chrono-node version this module was written and tested against. */
export const CHRONO_VERSION = '2.10.3';

/** What Sidenote asks of a date reader. */
export type DateReader = Pick<chrono.Chrono, 'parse'>;

/**
 * chrono's parsers for a period counted from the reference date ("3 days ago", "two weeks
 * later"), recognized by the direction words that end their patterns (the bundle's class names are
 * minified). Their patterns spell out every number before every unit, and compiling them is paid on
 * the first pages each restarted worker reads (in Node, the dev set's 326 sentences that name a
 * month take 95 ms the first time without them, 240 with them; warm, the same); they find nothing
 * Sidenote keeps: a counted period names no month. On the shared data (6,671 sentences that name a
 * month) this changes 5 readings: 4 test sentences ("3 days after January 12th" now reads January
 * 12th, the date the text gives) and one news sentence chrono had misread ("on March 6–10 days
 * before the vote" as a range; now March 6).
 */
const COUNTED_PERIOD = /\\s\{0,5\}\((?:\?:)?(?:ago|later)\|/;

/** chrono's casual English parsers, split into those Sidenote keeps and those of counted periods. */
export function casualParsers(): {
  kept: chrono.Parser[];
  countedPeriods: chrono.Parser[];
  refiners: chrono.Refiner[];
} {
  const { parsers, refiners } = chrono.en.configuration.createCasualConfiguration();
  // A parser's pattern may depend on the context it reads in; an empty one shows the default pattern.
  const context = new chrono.ParsingContext('', new Date(0));
  const kept: chrono.Parser[] = [];
  const countedPeriods: chrono.Parser[] = [];
  for (const parser of parsers)
    (COUNTED_PERIOD.test(parser.pattern(context).source) ? countedPeriods : kept).push(parser);
  return { kept, countedPeriods, refiners };
}

/** chrono's casual English reader less its counted-period parsers: the dates Sidenote reads. */
export function monthDateReader(): DateReader {
  const { kept, refiners } = casualParsers();
  return new chrono.Chrono({ parsers: kept, refiners });
}

/** chrono's own casual English reader, which the tests hold the lean one to. */
export function casualDateReader(): DateReader {
  return chrono.en.casual;
}

import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { installedVersion, requestedVersion } from '../../../../tests/support/installed-version';
import { casualDateReader, casualParsers, CHRONO_VERSION, monthDateReader } from './chrono-dates';

const REFERENCE = new Date(Date.UTC(2023, 2, 20));
const RE_CHECK =
  'chrono-dates.ts picks chrono’s parsers by the text of their patterns. Before changing CHRONO_VERSION, re-check what docs/library-adapters.md lists ' +
  '(the two counted-period parsers are still found, and only they; the dates tests still pass) and pin the new version exactly in package.json.';

describe('the chrono-node adapter', () => {
  it('runs on the chrono-node version it was written against, pinned exactly', () => {
    expect(
      installedVersion('chrono-node'),
      `chrono-node ${installedVersion('chrono-node')} is installed, not ${CHRONO_VERSION}. ${RE_CHECK}`,
    ).toBe(CHRONO_VERSION);
    expect(requestedVersion('chrono-node'), `package.json must pin chrono-node exactly. ${RE_CHECK}`).toBe(
      CHRONO_VERSION,
    );
  });

  it('finds exactly two counted-period parsers among chrono’s casual English ones, each with a pattern', () => {
    const { kept, countedPeriods } = casualParsers();
    const context = new chrono.ParsingContext('', REFERENCE);
    expect(countedPeriods).toHaveLength(2);
    expect(kept.length + countedPeriods.length).toBe(chrono.en.casual.parsers.length);
    for (const parser of [...kept, ...countedPeriods]) expect(parser.pattern(context)).toBeInstanceOf(RegExp);
  });

  it('leaves out the parsers that read "3 days ago" and "two weeks later", and only those', () => {
    const { countedPeriods, refiners } = casualParsers();
    const countedOnly = new chrono.Chrono({ parsers: countedPeriods, refiners });
    expect(countedOnly.parse('It fell 3 days ago.', REFERENCE).map((result) => result.text)).toEqual(['3 days ago']);
    expect(countedOnly.parse('It fell two weeks later.', REFERENCE).map((result) => result.text)).toEqual([
      'two weeks later',
    ]);
    expect(countedOnly.parse('It fell on 24 February 2022.', REFERENCE)).toEqual([]);

    const lean = monthDateReader();
    expect(casualDateReader().parse('It fell 3 days ago.', REFERENCE)).toHaveLength(1);
    expect(lean.parse('It fell 3 days ago.', REFERENCE)).toEqual([]);
    expect(lean.parse('It fell two weeks later.', REFERENCE)).toEqual([]);
    expect(lean.parse('on 24 February 2022', REFERENCE)[0]?.start.get('day')).toBe(24);
  });
});

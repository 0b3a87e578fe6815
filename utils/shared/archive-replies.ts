/**
 * What a shared archive answers, checked before anything of it reaches the sidebar: the archive is
 * a server on the network, and its replies are as untrusted as a page. Each schema is typed as the
 * core's result it stands for, so the two cannot drift apart; unknown fields are dropped, and every
 * string and list is bounded.
 */
import { z } from './zod';
import type { Annotation, Consistency } from '../core/results';
import { PLACE_KINDS } from '../core/places/gazetteer-format';

const text = (max = 20_000) => z.string().check(z.maxLength(max));
const short = text(2_000);
const list = <T extends z.core.SomeType>(item: T, max = 5_000) => z.array(item).check(z.maxLength(max));
const nullable = <T extends z.core.SomeType>(schema: T) => z.nullable(schema);
const count = z.number().check(z.gte(0));
const range = { start: count, end: count };
// In the gazetteer's own order: one list of kinds.
const placeKind = z.enum(PLACE_KINDS);
const timings = z.record(short, z.number());

const snippet = z.object({
  text: text(),
  marks: list(z.object(range)),
  truncatedStart: z.boolean(),
  truncatedEnd: z.boolean(),
});
const copy = {
  id: short,
  title: text(),
  titleIsFallback: z.boolean(),
  source: nullable(short),
  date: nullable(short),
  url: nullable(short),
};
const place = {
  id: short,
  name: short,
  kind: placeKind,
  country: nullable(short),
  countryName: nullable(short),
  region: nullable(short),
  lat: z.number(),
  lon: z.number(),
  population: nullable(count),
};

const annotation = z.object({
  article: z.object({
    title: nullable(text()),
    byline: nullable(short),
    siteName: nullable(short),
    length: count,
    words: count,
  }),
  related: list(
    z.object({
      ...copy,
      score: z.number(),
      coverage: z.number(),
      reverseCoverage: z.number(),
      daysApart: nullable(z.number()),
      matchedTerms: list(short, 200),
      sharedPlaces: list(z.object({ id: short, name: short }), 200),
      sharedFigures: list(z.object({ text: short, places: list(short, 50) }), 200),
      snippet,
      copies: list(z.object(copy), 200),
    }),
    100,
  ),
  // An archive server older than this field says nothing of it: read as none withheld.
  relatedWithheldForDate: z.optional(count),
  sameArticle: nullable(z.object({ id: short, title: text(), titleIsFallback: z.boolean() })),
  corpus: z.object({ name: short, articles: count }),
  places: list(
    z.object({
      ...range,
      id: short,
      name: short,
      kind: placeKind,
      country: nullable(short),
      lat: z.number(),
      lon: z.number(),
      surface: short,
      prefix: short,
      suffix: short,
      inHeadline: z.optional(z.literal(true)),
    }),
    20_000,
  ),
  placeDetails: list(
    z.object({
      ...place,
      variants: list(short, 100),
      mentions: count,
      corpusArticles: count,
      corpus: list(z.object({ ...copy, snippet, mentions: count }), 100),
    }),
  ),
  timings,
}) satisfies z.ZodMiniType<Annotation, unknown>;

const claim = z.object({
  ...range,
  text: short,
  kind: z.enum([
    'percent',
    'distance',
    'area',
    'weight',
    'volume',
    'speed',
    'information',
    'angle',
    'temperature',
    'money',
    'count',
    'duration',
    'age',
    'date',
    'number',
  ]),
  value: z.number(),
  high: nullable(z.number()),
  unit: nullable(short),
  qualifier: nullable(short),
  bound: z.enum(['exact', 'about', 'at-least', 'at-most', 'well-over', 'well-under']),
  sentence: z.object(range),
  subject: z.object({
    places: list(
      z.object({ id: short, name: short, within: nullable(short), broad: z.optional(z.literal(true)) }),
      200,
    ),
    terms: list(short, 200),
  }),
  asOf: nullable(short),
  frame: nullable(
    z.object({
      measure: short,
      modifiers: list(short, 50),
      event: nullable(short),
      holders: list(short, 50),
      recipients: list(short, 50),
      // Figures an archive stored before frames told who says so read as saying no one.
      claimants: z._default(list(short, 50), []),
      of: list(short, 50),
      nature: z.enum(['level', 'change', 'rate', 'plan', 'forecast', 'cumulative', 'part']),
      period: nullable(short),
      since: nullable(short),
      // Figures an archive stored before frames told what is new read as not new.
      fresh: z._default(z.boolean(), false),
      // ...nor as lately done.
      recent: z._default(z.boolean(), false),
      // ...nor as told of the time before the war.
      earlier: z._default(z.boolean(), false),
      // ...and as of no day their sentences name.
      day: z._default(nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
    }),
  ),
});

const consistency = z.object({
  checkedCharacters: count,
  articleCharacters: count,
  claims: list(claim),
  notes: list(
    z.object({
      verdict: z.enum(['agrees', 'differs', 'only-here']),
      check: z.enum(['corpus', 'distance', 'direction', 'population', 'conversion', 'age', 'anniversary']),
      claim,
      sentence: text(),
      figureInSentence: z.object(range),
      evidence: list(
        z.object({
          id: short,
          origin: z.enum(['corpus', 'gazetteer', 'page']),
          title: text(),
          source: nullable(short),
          date: nullable(short),
          quote: text(),
          marks: list(z.object(range), 200),
          figure: short,
          agrees: z.boolean(),
          datesDiffer: z.optional(z.boolean()),
          at: z.optional(z.object(range)),
        }),
        200,
      ),
      message: text(),
      datesDiffer: z.boolean(),
      basis: z.optional(short),
    }),
    2_000,
  ),
  sourcing: z.object({
    named: list(z.object({ name: short, count }), 500),
    anonymous: list(z.object({ sentence: z.object(range), phrase: short }), 500),
    cited: list(short, 500),
  }),
  timings,
}) satisfies z.ZodMiniType<Consistency, unknown>;

const failure = z.object({ ok: z.literal(false), error: short });
export const archiveAnnotateReply = z.union([z.object({ ok: z.literal(true), annotation }), failure]);
export const archiveFiguresReply = z.union([z.object({ ok: z.literal(true), consistency }), failure]);
/** What an archive says when it refuses a request (401, 413, 429, 503...). */
export const archiveRefusal = z.looseObject({ error: short });

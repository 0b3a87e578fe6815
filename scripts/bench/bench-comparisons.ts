/**
 * The comparisons part of `npm run bench`: what Sidenote writes by hand beside what it would use
 * otherwise, measured in the same process. The corpus index beside MiniSearch and FlexSearch
 * (./library-comparison.ts) on a synthetic corpus of the main table's kind, and the sentence
 * splitter beside Intl.Segmenter (./sentence-comparison.ts) on the real articles the corpora are
 * made of and the benchmark's pages. Method and a dated run: docs/benchmarks-libraries.md.
 *
 * Alone (prints, writes nothing): npm run bench:comparisons [-- --library-size 10000] [--sentence-rounds 5]
 */
import { parseArgs } from 'node:util';
import type { ArticleInput } from '../../utils/core/types';
import { benchmarkPages, longestPageSource } from './bench-pages';
import { compareLibraries, libraryTable, type LibraryComparison } from './library-comparison';
import {
  compareSentences,
  sentenceTable,
  timeLongText,
  type LongTextTimes,
  type SentenceComparison,
} from './sentence-comparison';
import { realArticles, SyntheticCorpus } from './synthetic-corpus';

/**
 * The largest corpus compared: at 10,000 articles the libraries take 7-16 s to build and MiniSearch
 * holds 80 MB; ten times that would add minutes and most of a gigabyte to the run.
 */
export const LIBRARY_SIZE = 10_000;
/** Queries are cheap: many rounds steady the p95. */
const QUERY_ROUNDS = 20;
/** Intl.Segmenter's time grows faster than the text: 200,000 characters of a page source take it seconds. */
const LONG_TEXT_LENGTHS = [25_000, 50_000, 100_000, 200_000];

export interface Comparisons {
  libraries: LibraryComparison | null;
  sentences: SentenceComparison | null;
  longText: LongTextTimes | null;
}

export async function benchComparisons(
  pages: readonly ArticleInput[],
  librarySize: number,
  sentenceRounds: number,
): Promise<Comparisons> {
  const progress = (message: string) => process.stderr.write(`bench:   ${message}\n`);
  let libraries: LibraryComparison | null = null;
  if (librarySize > 0) {
    progress(`Sidenote's index, MiniSearch and FlexSearch on ${librarySize.toLocaleString('en')} articles`);
    libraries = await compareLibraries([...new SyntheticCorpus(librarySize).articles()], pages, QUERY_ROUNDS);
  }
  if (sentenceRounds <= 0) return { libraries, sentences: null, longText: null };
  progress('sentence splitting beside Intl.Segmenter');
  const texts = [...pages.map((page) => page.text), ...realArticles().map((paragraphs) => paragraphs.join('\n\n'))];
  const sentences = compareSentences(texts, sentenceRounds);
  const longest = longestPageSource();
  return { libraries, sentences, longText: longest && timeLongText(longest.name, longest.text, LONG_TEXT_LENGTHS) };
}

/** The comparisons as RESULTS.md gives them: a section each, with what the figures are. */
export function comparisonsReport({ libraries, sentences, longText }: Comparisons): string {
  return `## Against search libraries

Sidenote's corpus index beside MiniSearch and FlexSearch, on the same synthetic articles (built as
the main table's corpora; 10,000 at most: ten times the libraries' figures at 10,000 would add
minutes and most of a gigabyte to the run). All three index Sidenote's terms (its tokenizer), and
Sidenote's index is built without places or figures, the part a library would replace. The
queries are each page's key terms as related coverage weighs them; the libraries get them as a
plain OR query and rank with their own scoring (MiniSearch: BM25+ over the unweighted terms;
FlexSearch: where a term sits in an article and how many of the terms it holds, no scores), so
their answers differ from Sidenote's BM25 over weighted terms: "top 8 shared" says how far. Cold
load is from each one's stored form (Sidenote's binary file, MiniSearch's JSON, FlexSearch's
export) held in memory. Heap after build is the heap's growth once the collector ran, Sidenote's
typed arrays (outside the heap) added.

${libraries ? libraryTable(libraries) : 'not run (--library-size 0)'}

## Against Intl.Segmenter

Sidenote's sentence splitter (\`utils/core/sentence-breaks.ts\`) beside
\`Intl.Segmenter('en', { granularity: 'sentence' })\`, whose rules (UAX #29) it applies, on the
benchmark's pages and the real articles the corpora are made of: time per article, where each
puts sentence boundaries, and the start of the longest page source in \`../shared/data\`. The
splitter is meant to put its boundaries where the segmenter does (\`sentence-breaks.test.ts\` holds
it there); what it buys is time, most of all on long text, where the segmenter's time grows faster
than the text. Neither knows abbreviations: under UAX #29 a title before a name ends a sentence
(an article's lead, \`firstSentence\`, joins such pieces again).

${sentences ? sentenceTable(sentences, longText) : 'not run (--sentence-rounds 0)'}
`;
}

/** The comparisons' figures for the benchmark's JSON line. */
export function comparisonsJson({ libraries, sentences, longText }: Comparisons) {
  const round = (value: number, digits = 2) => +value.toFixed(digits);
  return {
    libraries: libraries && {
      articles: libraries.articles,
      engines: Object.fromEntries(
        libraries.engines.map((engine) => [
          engine.name,
          {
            buildMs: Math.round(engine.buildMs),
            heapMB: round(engine.heapMB, 1),
            storedBytes: engine.storedBytes,
            coldLoadMs: round(engine.coldLoadMs, 1),
            queryP50Ms: round(engine.queryP50, 3),
            queryP95Ms: round(engine.queryP95, 3),
            sharedTop: round(engine.sharedTop),
          },
        ]),
      ),
    },
    sentences: sentences && {
      articles: sentences.articles,
      sidenoteP50Ms: round(sentences.sidenoteP50, 4),
      segmenterP50Ms: round(sentences.segmenterP50, 4),
      boundariesInCommon: sentences.common,
      boundariesDiffering: sentences.onlySidenote + sentences.onlySegmenter,
      longText: longText?.rows.map(({ characters, sidenoteMs, segmenterMs }) => ({
        characters,
        sidenoteMs: round(sidenoteMs, 1),
        segmenterMs: round(segmenterMs, 1),
      })),
    },
  };
}

if (process.argv[1]?.endsWith('bench-comparisons.ts')) {
  const { values } = parseArgs({
    options: {
      'library-size': { type: 'string', default: String(LIBRARY_SIZE) },
      'sentence-rounds': { type: 'string', default: '5' },
    },
  });
  process.stderr.write('bench: comparisons…\n');
  const comparisons = await benchComparisons(
    benchmarkPages(),
    Number(values['library-size']),
    Number(values['sentence-rounds']),
  );
  console.log(comparisonsReport(comparisons));
}

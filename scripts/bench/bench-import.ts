/**
 * The import part of `npm run bench`: a JSON Lines file of N news-length articles taken through
 * the options page's whole import (read and check every record, index with places, take the
 * statistics, store in IndexedDB; fake-indexeddb in Node), timed by phase. Beside it, in the same
 * run, the floor: building the same index from the same articles already in memory.
 */
import 'fake-indexeddb/auto';
import { CorpusIndex } from '../../utils/core/corpus-index';
import type { PlaceFinder } from '../../utils/core/places/find-places';
import { runImport, type ImportPhase } from '../../utils/options/corpus-import/import-job';
import { openLibrary } from '../../utils/extension/library-db';
import { SyntheticCorpus } from './synthetic-corpus';

export interface ImportResult {
  articles: number;
  fileMB: number;
  imported: number;
  rejected: number;
  phaseMs: Record<ImportPhase, number>;
  totalMs: number;
  buildOnlyMs: number;
}

export async function benchImport(size: number, finder: PlaceFinder): Promise<ImportResult> {
  const corpus = new SyntheticCorpus(size);
  const articles = [...corpus.articles()];
  const bytes = new TextEncoder().encode(articles.map((article) => JSON.stringify(article)).join('\n'));
  const db = await openLibrary();
  const phaseMs: Record<ImportPhase, number> = { reading: 0, indexing: 0, storing: 0 };
  let phase: ImportPhase = 'reading';
  let phaseStart = performance.now();
  const started = performance.now();
  const outcome = await runImport(
    { name: 'bench', files: [{ name: 'bench.jsonl', bytes }] },
    {
      progress(step) {
        if (step.phase === phase) return;
        const now = performance.now();
        phaseMs[phase] += now - phaseStart;
        phase = step.phase;
        phaseStart = now;
      },
      cancelled: () => false,
      finder,
      db,
      newId: () => 'bench',
      now: () => new Date(),
    },
  );
  const totalMs = performance.now() - started;
  phaseMs[phase] += performance.now() - phaseStart;
  db.close();
  if (outcome.kind !== 'imported') throw new Error(`bench import: ${outcome.kind}`);
  const buildStarted = performance.now();
  CorpusIndex.build({ name: 'bench', articles }, finder);
  return {
    articles: size,
    fileMB: bytes.length / 1048576,
    imported: outcome.corpus.stats.articles,
    rejected: outcome.rejections.length,
    phaseMs,
    totalMs,
    buildOnlyMs: performance.now() - buildStarted,
  };
}

export function importTable(result: ImportResult): string {
  const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
  return [
    '| articles in the file | file | imported | left out (duplicates) | reading and checking | indexing with places | storing | whole import | index build alone (floor) |',
    `|${' --- |'.repeat(9)}`,
    `| ${result.articles.toLocaleString('en')} | ${result.fileMB.toFixed(1)} MB | ${result.imported.toLocaleString('en')} | ${result.rejected.toLocaleString('en')} | ${s(result.phaseMs.reading)} | ${s(result.phaseMs.indexing)} | ${s(result.phaseMs.storing)} | ${s(result.totalMs)} | ${s(result.buildOnlyMs)} |`,
  ].join('\n');
}

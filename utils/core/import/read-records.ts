/**
 * A file's text as records, each with where it came from ("line 12", "record 3"), so that a
 * rejected one can be named. A broken record is reported and skipped; only a file that is broken
 * as a whole (not JSON at all, a CSV without a header) is rejected as a file.
 */
import Papa from 'papaparse';
import { articleFromPlainText } from '../article-from-text';

export type FileKind = 'json' | 'jsonl' | 'csv' | 'text';

export interface RawRecord {
  /** "line 12" or "record 3": where in its file. */
  where: string;
  value: unknown;
  /**
   * Its place among all the file's records, counting from 0, when the file is checked in parts (an
   * archive reads a stream batch by batch): what a record without an id is named after.
   */
  position?: number;
}

export interface RecordProblem {
  where: string;
  reason: string;
}

export interface ReadResult {
  records: RawRecord[];
  problems: RecordProblem[];
  /** Field names as written in the file (a CSV's header, a JSON record's keys). */
  fields: string[];
}

export function kindOfFile(name: string): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  if (extension === 'txt' || extension === 'md' || extension === 'markdown') return 'text';
  return null;
}

export class FileProblem extends Error {
  override name = 'FileProblem';
}

/**
 * Keys that reach an object's prototype when code copies a record by assignment. They are dropped
 * as the file is parsed, at every depth, so no record ever carries them, whatever is done with it later.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const parseJson = (text: string): unknown =>
  JSON.parse(text, (key, value: unknown) => (PROTOTYPE_KEYS.has(key) ? undefined : value));

function readJson(content: string): ReadResult {
  const trimmed = content.trim();
  // An object on each line is JSON Lines, whatever the file is called.
  if (/^\{[^\n]*\}\s*\n\s*\{/.test(trimmed)) return readJsonLines(content);
  let parsed: unknown;
  try {
    parsed = parseJson(trimmed);
  } catch (error) {
    throw new FileProblem(`not valid JSON (${(error as Error).message})`);
  }
  let list: unknown[];
  if (Array.isArray(parsed)) list = parsed;
  else if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { articles?: unknown }).articles))
    list = (parsed as { articles: unknown[] }).articles;
  else if (parsed && typeof parsed === 'object') list = [parsed];
  else throw new FileProblem('the JSON holds neither an array of articles nor an object with an "articles" array');
  return {
    records: list.map((value, index) => ({ where: `record ${index + 1}`, value })),
    problems: [],
    fields: fieldNames(list),
  };
}

function readJsonLines(content: string): ReadResult {
  const records: RawRecord[] = [];
  const problems: RecordProblem[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      records.push({ where: `line ${index + 1}`, value: parseJson(line) });
    } catch {
      problems.push({ where: `line ${index + 1}`, reason: 'not JSON' });
    }
  });
  if (records.length === 0 && problems.length > 0) throw new FileProblem('no line of the file is JSON');
  return { records, problems, fields: fieldNames(records.map((record) => record.value)) };
}

function readCsv(content: string, name: string): ReadResult {
  const result = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter: name.toLowerCase().endsWith('.tsv') ? '\t' : '',
  });
  const fields = (result.meta.fields ?? []).filter((field) => field.trim() !== '' && !PROTOTYPE_KEYS.has(field));
  // papaparse fills plain objects by assignment: a "__proto__" column is lost there, the others are taken out here.
  for (const row of result.data) for (const key of PROTOTYPE_KEYS) if (Object.hasOwn(row, key)) delete row[key];
  if (fields.length < 1) throw new FileProblem('the CSV has no header row');
  const problems: RecordProblem[] = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({ where: `line ${(error.row ?? 0) + 2}`, reason: `CSV: ${error.message}` }));
  const broken = new Set(result.errors.map((error) => error.row));
  // Line numbers count the header as line 1; quoted newlines make this approximate, so rows are also numbered.
  const records = result.data.flatMap((value, row) =>
    broken.has(row) ? [] : [{ where: `row ${row + 1} (line ${row + 2})`, value }],
  );
  return { records, problems, fields };
}

function fieldNames(values: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const value of values.slice(0, 200))
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const key of Object.keys(value)) names.add(key);
  return [...names];
}

/** Reads a decoded file; throws FileProblem when the file as a whole cannot be read. */
export function readRecords(name: string, content: string): ReadResult {
  if (!content.trim()) throw new FileProblem('the file is empty');
  switch (kindOfFile(name)) {
    case 'json':
      return readJson(content);
    case 'jsonl':
      return readJsonLines(content);
    case 'csv':
      return readCsv(content, name);
    case 'text': {
      const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
      const article = articleFromPlainText(base, content);
      return { records: [{ where: 'file', value: article }], problems: [], fields: Object.keys(article) };
    }
    default:
      throw new FileProblem('not a file Sidenote reads (JSON, JSONL, CSV, TXT, MD, HTML or ZIP)');
  }
}

/**
 * One file as it comes from the reader's disk (or out of a zip), to records: checked for size,
 * binary content and UTF-8 first; a zip opened entry by entry against the import's limits (see
 * zip-archive.ts), refusing unsafe entry names; an HTML page read by Readability on linkedom (the
 * import runs in a worker, which has no DOM).
 */
import { parseHTML } from 'linkedom';
import { FileProblem, kindOfFile, readRecords, type ReadResult } from '../../core/import/read-records';
import { extractArticle } from '../../extract/extract-article';
import { FILE_LIMITS, megabytes, type FileLimits } from '../../shared/import-limits';
import { readZipDirectory, unpackZipEntry, unreadableEntry, type UnpackBudget } from './zip-archive';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
  /** The file's size when its bytes were not read (too large to be worth reading). */
  size?: number;
}

export type FileOutcome = { file: string; read: ReadResult } | { file: string; problem: string };

/** An import refused as a whole, before any file is read. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

/** Refuses a choice of files too many or too large together, by their sizes alone. */
export function checkSelection(sizes: readonly number[], limits: FileLimits = FILE_LIMITS): void {
  if (sizes.length > limits.maxFiles)
    throw new ImportRefused(
      `${sizes.length.toLocaleString('en')} files were chosen; one import reads at most ${limits.maxFiles.toLocaleString('en')} (import them in parts)`,
    );
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > limits.maxSelectedBytes)
    throw new ImportRefused(
      `the files chosen come to ${megabytes(total)}; one import reads at most ${megabytes(limits.maxSelectedBytes)} (import them in parts)`,
    );
}

const tooLarge = (size: number, limits: FileLimits) =>
  size > limits.maxFileBytes ? `file too large (${megabytes(size)}; at most ${megabytes(limits.maxFileBytes)})` : null;

export function decodeText(bytes: Uint8Array): string {
  // Text has no NUL bytes; images, PDFs and other binaries do, near their start.
  if (bytes.subarray(0, 8192).includes(0)) throw new FileProblem('a binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem('not UTF-8 text (save it as UTF-8 and import it again)');
  }
}

function readHtml(name: string, content: string): ReadResult {
  const { document } = parseHTML(content);
  const extraction = extractArticle(document as unknown as Document);
  if (extraction.kind === 'no-article') throw new FileProblem(`no article in this page: ${extraction.reason}`);
  const { text, title, byline, siteName, url, publishedTime } = extraction.article;
  const value = {
    id: name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
    text,
    title,
    byline,
    source: siteName,
    url,
    date: publishedTime,
  };
  return { records: [{ where: 'file', value }], problems: [], fields: Object.keys(value) };
}

const isHtml = (name: string) => /\.x?html?$/i.test(name);
const isZip = (name: string) => /\.zip$/i.test(name);
const unknownType = (name: string) =>
  isHtml(name) || kindOfFile(name) !== null
    ? null
    : 'not a file Sidenote reads (JSON, JSONL, CSV, TXT, MD, HTML or ZIP)';

/** A zip entry's name that would write outside the archive's folder, or is no name at all. */
export function unsafeEntryName(name: string): boolean {
  return name === '' || /(^|[\\/])\.\.([\\/]|$)/.test(name) || /^([a-z]:)?[\\/]/i.test(name) || name.includes('\0');
}

/**
 * Every file, zips opened, as records or as the reason it could not be read. An archive that breaks
 * a limit or lies in its headers is refused whole: what was read from it before is dropped.
 */
export function readFiles(files: readonly NamedBytes[], limits: FileLimits = FILE_LIMITS): FileOutcome[] {
  const budget: UnpackBudget = { max: limits.maxUnpackedBytes, used: 0 };
  const readOne = (file: NamedBytes): FileOutcome[] => {
    try {
      const large = tooLarge(file.size ?? file.bytes.length, limits);
      if (large) throw new FileProblem(large);
      if (isZip(file.name)) return readArchive(file, limits, budget, readOne);
      const unknown = unknownType(file.name);
      if (unknown) throw new FileProblem(unknown);
      const content = decodeText(file.bytes);
      return [
        { file: file.name, read: isHtml(file.name) ? readHtml(file.name, content) : readRecords(file.name, content) },
      ];
    } catch (error) {
      return [
        {
          file: file.name,
          problem: error instanceof FileProblem ? error.message : `could not be read (${(error as Error).message})`,
        },
      ];
    }
  };
  return files.flatMap(readOne);
}

function readArchive(
  archive: NamedBytes,
  limits: FileLimits,
  budget: UnpackBudget,
  readOne: (file: NamedBytes) => FileOutcome[],
): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  for (const entry of readZipDirectory(archive.bytes, limits.maxArchiveEntries)) {
    const file = `${archive.name}/${entry.name}`;
    if (entry.name.endsWith('/') || /(^|\/)(__MACOSX|\.DS_Store)/.test(entry.name)) continue;
    if (unsafeEntryName(entry.name)) {
      outcomes.push({
        file: `${archive.name}: ${JSON.stringify(entry.name)}`,
        problem: 'unsafe entry name (it points outside the archive); skipped',
      });
      continue;
    }
    // Refused unread: an entry of no type Sidenote reads, and one too large by its declared size (unpacking stops past it).
    const problem = isZip(entry.name)
      ? 'an archive inside the archive; unpack it first'
      : (unknownType(entry.name) ?? unreadableEntry(entry) ?? tooLarge(entry.size, limits));
    if (problem) outcomes.push({ file, problem });
    else outcomes.push(...readOne({ name: file, bytes: unpackZipEntry(archive.bytes, entry, budget) }));
  }
  return outcomes;
}

/**
 * One file as it comes from the reader's disk (or out of a zip), to records: checked for size,
 * binary content and UTF-8 first; a zip opened entry by entry, refusing unsafe entry names; an HTML
 * page read by Readability on linkedom (the import runs in a worker, which has no DOM).
 */
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { FileProblem, kindOfFile, readRecords, type ReadResult } from '../core/import/read-records';
import { extractArticle } from '../extract/extract-article';
import { FILE_LIMITS } from './limits';


export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
  /** The file's size when its bytes were not read (too large to be worth reading). */
  size?: number;
}

export type FileOutcome = { file: string; read: ReadResult } | { file: string; problem: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function checkSize(file: NamedBytes): void {
  const size = file.size ?? file.bytes.length;
  if (size > FILE_LIMITS.maxFileBytes) throw new FileProblem(`file too large (${megabytes(size)}; at most ${megabytes(FILE_LIMITS.maxFileBytes)})`);
}

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
  const value = { id: name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), text, title, byline, source: siteName, url, date: publishedTime };
  return { records: [{ where: 'file', value }], problems: [], fields: Object.keys(value) };
}

const isHtml = (name: string) => /\.x?html?$/i.test(name);
const isZip = (name: string) => /\.zip$/i.test(name);

/** A zip entry's name that would write outside the archive's folder, or is no name at all. */
export function unsafeEntryName(name: string): boolean {
  return name === '' || /(^|[\\/])\.\.([\\/]|$)/.test(name) || /^([a-z]:)?[\\/]/i.test(name) || name.includes('\0');
}

function unzip(file: NamedBytes): (NamedBytes | { name: string; problem: string })[] {
  const refused: { name: string; problem: string }[] = [];
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(file.bytes, {
      filter: (entry) => {
        const label = `${file.name}/${entry.name}`;
        if (entry.name.endsWith('/')) return false;
        if (unsafeEntryName(entry.name)) {
          refused.push({ name: `${file.name}: ${JSON.stringify(entry.name)}`, problem: 'unsafe entry name (it points outside the archive); skipped' });
          return false;
        }
        if (/(^|\/)(__MACOSX|\.DS_Store)/.test(entry.name)) return false;
        if (isZip(entry.name)) {
          refused.push({ name: label, problem: 'an archive inside the archive; unpack it first' });
          return false;
        }
        entries++;
        total += entry.originalSize;
        if (entries > FILE_LIMITS.maxArchiveEntries || total > FILE_LIMITS.maxArchiveBytes) {
          refused.push({ name: label, problem: `the archive holds more than ${FILE_LIMITS.maxArchiveEntries.toLocaleString('en')} files or ${megabytes(FILE_LIMITS.maxArchiveBytes)}; the rest is skipped` });
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new FileProblem(`not a readable zip archive (${(error as Error).message})`);
  }
  return [...refused, ...Object.entries(files).map(([name, bytes]) => ({ name: `${file.name}/${name}`, bytes }))];
}

/** Every file, zips opened, as records or as the reason it could not be read. */
export function readFiles(files: readonly NamedBytes[]): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  const readOne = (file: NamedBytes) => {
    try {
      checkSize(file);
      if (isZip(file.name)) {
        for (const entry of unzip(file)) {
          if ('problem' in entry) outcomes.push({ file: entry.name, problem: entry.problem });
          else readOne(entry);
        }
        return;
      }
      if (!isHtml(file.name) && kindOfFile(file.name) === null) throw new FileProblem('not a file Sidenote reads (JSON, JSONL, CSV, TXT, MD, HTML or ZIP)');
      const content = decodeText(file.bytes);
      outcomes.push({ file: file.name, read: isHtml(file.name) ? readHtml(file.name, content) : readRecords(file.name, content) });
    } catch (error) {
      outcomes.push({ file: file.name, problem: error instanceof FileProblem ? error.message : `could not be read (${(error as Error).message})` });
    }
  };
  for (const file of files) readOne(file);
  return outcomes;
}

/**
 * Each line of an ingest checked as the options page checks an imported file's records
 * (utils/core/import): JSON with the keys that reach a prototype dropped, fields matched by name,
 * text long enough and not too long, a date that parses, no field too long, no id or text twice.
 * The stream is checked batch by batch; what must hold across batches (ids and texts seen) is kept
 * for the whole ingest, and the archive itself refuses a text it already holds under another id.
 */
import { createHash } from 'node:crypto';
import { detectMapping, type FieldMapping } from '../../utils/core/import/fields';
import { parseJson, type RawRecord } from '../../utils/core/import/read-records';
import { ArticleCollector } from '../../utils/core/import/validate-records';
import type { CorpusArticle } from '../../utils/core/types';
import type { Line } from './read-lines';

export interface Rejection {
  /** "line 12" */
  where: string;
  reason: string;
}

export interface CheckedArticle {
  article: CorpusArticle;
  where: string;
  /** SHA-256 of the text as the importer compares texts (spaces folded, lower case). */
  textHash: Buffer;
}

export class IngestRefused extends Error {
  override name = 'IngestRefused';
}

/** The options page looks at this many records for the field names. */
const RECORDS_FOR_FIELDS = 200;

export class RecordChecker {
  private mapping: FieldMapping | null = null;
  /** Records read so far: an id-less record is named after its place among them, as on the options page. */
  private position = 0;
  private readonly ids = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  /** `file` names the ingest, as a file name does on the options page (and id-less records after it). */
  constructor(private readonly file: string) {}

  check(lines: readonly Line[]): { articles: CheckedArticle[]; rejections: Rejection[] } {
    const rejections: Rejection[] = [];
    const records: RawRecord[] = [];
    for (const line of lines) {
      const where = `line ${line.number}`;
      if (line.text === null) {
        rejections.push({ where, reason: 'line too long' });
        continue;
      }
      if (!line.text.trim()) continue;
      try {
        records.push({ where, value: parseJson(line.text), position: this.position++ });
      } catch {
        rejections.push({ where, reason: 'not JSON' });
      }
    }
    if (records.length === 0) return { articles: [], rejections };
    const mapping = this.fieldsOf(records);
    const collector = new ArticleCollector();
    collector.add(this.file, records, mapping);
    rejections.push(...collector.rejections.map(({ where, reason }) => ({ where, reason })));
    // The collector keeps the good records in order: the records it did not reject, one for one.
    const rejected = new Set(collector.rejections.map((rejection) => rejection.where));
    const kept = records.filter((record) => !rejected.has(record.where));
    const articles: CheckedArticle[] = [];
    collector.articles.forEach((article, index) => {
      const { where } = kept[index]!;
      const checked = this.acrossBatches(article, where);
      if ('reason' in checked) rejections.push(checked);
      else articles.push(checked);
    });
    rejections.sort((a, b) => lineNumber(a.where) - lineNumber(b.where));
    return { articles, rejections };
  }

  /** The field names of the first records decide the mapping for the whole ingest, as for one file. */
  private fieldsOf(records: readonly RawRecord[]): FieldMapping {
    if (this.mapping) return this.mapping;
    const names = new Set<string>();
    for (const { value } of records.slice(0, RECORDS_FOR_FIELDS))
      if (value && typeof value === 'object' && !Array.isArray(value))
        for (const key of Object.keys(value)) names.add(key);
    const mapping = detectMapping([...names]);
    if (!mapping.text)
      throw new IngestRefused(
        'no field of the records holds the text: name it "text" (or body, content, article, story)',
      );
    this.mapping = mapping;
    return mapping;
  }

  /** The collector's own duplicate checks, for a record whose twin came in an earlier batch. */
  private acrossBatches(article: CorpusArticle, where: string): CheckedArticle | Rejection {
    const origin = `${this.file} ${where}`;
    const sameId = this.ids.get(article.id);
    if (sameId) return { where, reason: `duplicate id "${article.id.slice(0, 60)}" (of ${sameId})` };
    const textHash = createHash('sha256').update(article.text.replace(/\s+/g, ' ').toLowerCase()).digest();
    const key = textHash.toString('base64');
    const sameText = this.texts.get(key);
    if (sameText) return { where, reason: `duplicate of ${sameText} (same text)` };
    this.ids.set(article.id, origin);
    this.texts.set(key, origin);
    return { article, where, textHash };
  }
}

const lineNumber = (where: string) => Number(/\d+/.exec(where)?.[0] ?? 0);

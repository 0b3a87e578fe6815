/**
 * Records to corpus articles, one by one: each field taken by the mapping, checked, and either
 * kept or rejected with its reason. Duplicates (the same id, or the same text) are rejected with
 * the record they repeat. The good records import even when others are bad.
 */
import type { CorpusArticle } from '../types';
import type { FieldMapping } from './fields';
import type { RawRecord } from './read-records';

/** The limits the options page states. */
export const IMPORT_LIMITS = {
  /** Shortest text that is an article rather than a caption or a stub. */
  minTextCharacters: 200,
  /** Longest text kept whole; a longer one is a book, not a news article. */
  maxTextCharacters: 200_000,
  maxFieldCharacters: 2_000,
  maxArticles: 200_000,
};

export interface Rejection {
  file: string;
  where: string;
  reason: string;
}

export class ArticleCollector {
  readonly articles: CorpusArticle[] = [];
  readonly rejections: Rejection[] = [];
  private readonly byId = new Map<string, string>();
  private readonly byText = new Map<string, string>();

  /** Takes one file's records with the mapping chosen for it. */
  add(file: string, records: readonly RawRecord[], mapping: FieldMapping): void {
    const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    records.forEach((record, index) => {
      const reject = (reason: string) => this.rejections.push({ file, where: record.where, reason });
      if (this.articles.length >= IMPORT_LIMITS.maxArticles)
        return reject(`over the limit of ${IMPORT_LIMITS.maxArticles.toLocaleString('en')} articles`);
      if (!record.value || typeof record.value !== 'object' || Array.isArray(record.value))
        return reject('not an object with fields');
      const value = record.value as Record<string, unknown>;
      const field = (name: keyof FieldMapping) => {
        const key = mapping[name];
        // Only the record's own fields: an inherited "constructor" or "toString" is no field of the file.
        const raw = key === undefined || !Object.hasOwn(value, key) ? undefined : value[key];
        if (raw === undefined || raw === null) return undefined;
        const text =
          typeof raw === 'string'
            ? raw.trim()
            : typeof raw === 'number'
              ? String(raw)
              : Array.isArray(raw)
                ? raw.filter((item) => typeof item === 'string').join(', ')
                : undefined;
        return text === undefined || text === '' ? undefined : text;
      };
      const text = field('text');
      if (text === undefined)
        return reject(mapping.text ? `no text (the "${mapping.text}" field is empty or missing)` : 'no text field');
      if (text.length < IMPORT_LIMITS.minTextCharacters)
        return reject(`text too short (${text.length} characters; at least ${IMPORT_LIMITS.minTextCharacters})`);
      if (text.length > IMPORT_LIMITS.maxTextCharacters)
        return reject(
          `text too long (${text.length.toLocaleString('en')} characters; at most ${IMPORT_LIMITS.maxTextCharacters.toLocaleString('en')})`,
        );
      const date = field('date');
      if (date !== undefined && Number.isNaN(Date.parse(date))) return reject(`bad date "${date.slice(0, 40)}"`);
      const long = (['title', 'source', 'url', 'byline'] as const).find(
        (name) => (field(name)?.length ?? 0) > IMPORT_LIMITS.maxFieldCharacters,
      );
      if (long)
        return reject(`${long} too long (over ${IMPORT_LIMITS.maxFieldCharacters.toLocaleString('en')} characters)`);
      const id = field('id') ?? `${base}-${(record.position ?? index) + 1}`;
      const origin = `${file} ${record.where}`;
      const sameId = this.byId.get(id);
      if (sameId) return reject(`duplicate id "${id.slice(0, 60)}" (of ${sameId})`);
      const fingerprint = text.replace(/\s+/g, ' ').toLowerCase();
      const sameText = this.byText.get(fingerprint);
      if (sameText) return reject(`duplicate of ${sameText} (same text)`);
      this.byId.set(id, origin);
      this.byText.set(fingerprint, origin);
      const article: CorpusArticle = { id, text };
      for (const name of ['title', 'source', 'url', 'byline'] as const) {
        const content = field(name);
        if (content !== undefined) article[name] = content;
      }
      if (date !== undefined) article.date = date;
      this.articles.push(article);
    });
  }

  /** A whole file that could not be read. */
  rejectFile(file: string, reason: string): void {
    this.rejections.push({ file, where: 'file', reason });
  }
}

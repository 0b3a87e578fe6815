/**
 * Which field of a record is the article's text, title, date...: matched by name across the
 * spellings people's exports use ("body", "content", "headline", "published_at"). Where no field
 * is the text, the reader maps the fields on the options page before importing.
 */
import type { CorpusArticle } from '../types';

export type ArticleField = Exclude<keyof CorpusArticle, never>;
export type FieldMapping = Partial<Record<ArticleField, string>>;

export const FIELD_SYNONYMS: Record<ArticleField, string[]> = {
  id: ['id', '_id', 'uuid', 'guid', 'doc_id', 'docid', 'article_id', 'articleid', 'key', 'identifier'],
  text: [
    'text',
    'body',
    'content',
    'article',
    'full_text',
    'fulltext',
    'story',
    'maintext',
    'article_text',
    'body_text',
    'description',
  ],
  title: ['title', 'headline', 'heading', 'head', 'name', 'subject'],
  date: [
    'date',
    'published',
    'published_at',
    'publishedat',
    'publish_date',
    'pubdate',
    'pub_date',
    'datetime',
    'time',
    'created_at',
    'timestamp',
    'date_published',
  ],
  source: ['source', 'outlet', 'publisher', 'site', 'site_name', 'sitename', 'domain', 'publication', 'media'],
  url: ['url', 'link', 'href', 'permalink', 'uri'],
  byline: ['byline', 'author', 'authors', 'by', 'writer'],
};

export const ARTICLE_FIELDS = Object.keys(FIELD_SYNONYMS) as ArticleField[];

const fold = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Maps the record fields it recognizes; `text` is missing when no field name says text. */
export function detectMapping(fieldNames: readonly string[]): FieldMapping {
  const mapping: FieldMapping = {};
  const byFolded = new Map(fieldNames.map((name) => [fold(name), name]));
  for (const field of ARTICLE_FIELDS) {
    const found = FIELD_SYNONYMS[field].map((synonym) => byFolded.get(synonym)).find((name) => name !== undefined);
    if (found !== undefined && !Object.values(mapping).includes(found)) mapping[field] = found;
  }
  return mapping;
}

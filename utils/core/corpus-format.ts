import { z } from 'zod';
import type { CorpusArticle } from './types';

/**
 * The corpus file format (README, "Corpus format"): a JSON object
 * `{ "format": "sidenote-corpus", "version": 1, "name": ..., "articles": [...] }`, a bare JSON array of
 * articles, or JSON Lines with one article a line. Only `text` is required.
 */
export const CORPUS_FORMAT = 'sidenote-corpus';
export const CORPUS_FORMAT_VERSION = 1;

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

export const corpusArticleSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number().transform(String)]),
  text: z.string().trim().min(1, 'the article has no text'),
  title: optionalText,
  source: optionalText,
  url: optionalText,
  date: optionalText.refine((date) => date === undefined || !Number.isNaN(Date.parse(date)), 'not a date'),
  byline: optionalText,
});

export interface CorpusFile {
  name: string;
  articles: CorpusArticle[];
}

export class CorpusFormatError extends Error {
  override name = 'CorpusFormatError';
}

function recordsOf(content: string): unknown[] {
  const trimmed = content.trim();
  if (!trimmed) throw new CorpusFormatError('the corpus file is empty');
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed;
      if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { articles?: unknown }).articles)) {
        return (parsed as { articles: unknown[] }).articles;
      }
      if (parsed && typeof parsed === 'object' && 'text' in parsed) return [parsed];
      throw new CorpusFormatError('the JSON holds neither an array of articles nor an "articles" array');
    } catch (error) {
      if (error instanceof CorpusFormatError) throw error;
      if (!trimmed.startsWith('{')) throw new CorpusFormatError(`not valid JSON: ${(error as Error).message}`);
      // Several objects, one a line: JSON Lines.
    }
  }
  return trimmed.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch {
      throw new CorpusFormatError(`line ${index + 1} is not valid JSON`);
    }
  });
}

/** Parses a corpus file; any invalid record rejects the whole file with the record's number and reason. */
export function parseCorpusFile(content: string, name: string): CorpusFile {
  const records = recordsOf(content);
  const seen = new Map<string, number>();
  const articles = records.map((record, index) => {
    const result = corpusArticleSchema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join('.') || 'record';
      throw new CorpusFormatError(`record ${index + 1}: ${field}: ${issue?.message ?? 'invalid'}`);
    }
    const previous = seen.get(result.data.id);
    if (previous !== undefined) {
      throw new CorpusFormatError(
        `record ${index + 1}: duplicate id "${result.data.id}" (first at record ${previous})`,
      );
    }
    seen.set(result.data.id, index + 1);
    return result.data satisfies CorpusArticle;
  });
  if (articles.length === 0) throw new CorpusFormatError('the corpus holds no articles');
  return { name, articles };
}

export function serializeCorpus(corpus: CorpusFile): string {
  return JSON.stringify({ format: CORPUS_FORMAT, version: CORPUS_FORMAT_VERSION, ...corpus }, null, 2);
}

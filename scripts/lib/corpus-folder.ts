import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { articleFromPlainText } from '../../utils/core/article-from-text';
import type { CorpusFile } from '../../utils/core/corpus-format';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** One article a file; the id is the file name without its extension. */
export function readCorpusFolder(folder: string, name: string): CorpusFile {
  const files = readdirSync(folder)
    .filter((file) => ARTICLE_EXTENSIONS.has(extname(file).toLowerCase()))
    .sort();
  if (files.length === 0) throw new Error(`${folder} holds no .txt or .md article files`);
  const articles = files.map((file) =>
    articleFromPlainText(basename(file, extname(file)), readFileSync(join(folder, file), 'utf8')),
  );
  return { name, articles };
}

export const BUNDLED_CORPUS_FOLDER = new URL('../../data/seeds/', import.meta.url).pathname;
export const BUNDLED_CORPUS_NAME = 'bundled corpus';

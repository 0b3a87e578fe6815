import { readdirSync, readFileSync } from 'node:fs';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../../scripts/lib/corpus-folder';

const SHARED = new URL('../../../shared/data/', import.meta.url).pathname;

const jsonLineTexts = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);

/** Real article text written by others: the seeds and every article of ../shared/data's corpora and toponym sets. */
export function sharedArticleTexts(): string[] {
  return [
    ...readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles.map((article) => article.text),
    ...jsonLineTexts(`${SHARED}corpora/ukraine-news-dev.jsonl`),
    ...jsonLineTexts(`${SHARED}toponyms/tr-news.jsonl`),
    ...jsonLineTexts(`${SHARED}toponyms/geovirus.jsonl`),
  ];
}

/** The raw HTML of every page of ../shared/data/pages, to `maxLength` characters: scripts, styles and markup are hostile text too. */
export function sharedPageSources(maxLength = Infinity): string[] {
  return readdirSync(`${SHARED}pages`).flatMap((folder) => {
    try {
      return [readFileSync(`${SHARED}pages/${folder}/source.html`, 'utf8').slice(0, maxLength)];
    } catch {
      return [];
    }
  });
}

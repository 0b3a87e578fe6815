import type { CorpusArticle } from './types';

/**
 * Where article texts live, apart from the index: in memory for small corpora and the CLI, in
 * IndexedDB or the extension's files in the browser. Asked only for the few results shown.
 */
export interface TextStore {
  get(ids: readonly string[]): Promise<Map<string, string>>;
}

export class MemoryTextStore implements TextStore {
  private readonly texts: Map<string, string>;

  constructor(articles: Iterable<Pick<CorpusArticle, 'id' | 'text'>>) {
    this.texts = new Map(Array.from(articles, ({ id, text }) => [id, text]));
  }

  get(ids: readonly string[]): Promise<Map<string, string>> {
    return Promise.resolve(
      new Map(ids.flatMap((id) => (this.texts.has(id) ? [[id, this.texts.get(id)!] as const] : []))),
    );
  }
}

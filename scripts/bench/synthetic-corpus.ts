/**
 * Deterministic benchmark corpora built from real article text: the seeds, the Ukraine news dev
 * set and the TR-News / GeoVirus articles of ../shared/data. Article i is recomputed from i alone,
 * so a 100k corpus is never held in memory: the index is built from a stream and the texts of the
 * few results shown are regenerated on demand.
 */
import { readFileSync } from 'node:fs';
import type { CorpusArticle } from '../../utils/core/types';
import type { TextStore } from '../../utils/core/text-store';
import { BUNDLED_CORPUS_FOLDER, readCorpusFolder } from '../lib/corpus-folder';

const SHARED = new URL('../../../shared/data/', import.meta.url).pathname;
const OUTLETS = [
  'Kyiv Independent',
  'Reuters',
  'AP',
  'BBC',
  'The Guardian',
  'Le Monde',
  'Meduza',
  'RFE/RL',
  'Ukrainska Pravda',
  'Al Jazeera',
];
/** One article in this many is a copy of an earlier one under another outlet (wire stories). */
const COPY_EVERY = 40;

function jsonLines(path: string): { text: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string });
}

/** Paragraphs of every real article, grouped by article. */
export function realArticles(): string[][] {
  const texts = [
    ...readCorpusFolder(BUNDLED_CORPUS_FOLDER, 'seeds').articles.map((article) => article.text),
    ...jsonLines(`${SHARED}corpora/ukraine-news-dev.jsonl`).map((record) => record.text),
    ...jsonLines(`${SHARED}toponyms/tr-news.jsonl`).map((record) => record.text),
    ...jsonLines(`${SHARED}toponyms/geovirus.jsonl`).map((record) => record.text),
  ];
  return texts.map((text) =>
    text
      .split(/\n+/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.length > 40),
  );
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SyntheticCorpus {
  private readonly sources: string[][];

  constructor(
    readonly size: number,
    sources = realArticles(),
  ) {
    this.sources = sources.filter((paragraphs) => paragraphs.length > 0);
  }

  /** Article i: most paragraphs from one real article, some from two others, a date and an outlet. */
  article(i: number): CorpusArticle {
    const random = mulberry32(i * 2654435761 + 1);
    if (i >= COPY_EVERY && i % COPY_EVERY === 0) {
      const original = this.article(Math.floor(random() * i));
      return { ...original, id: `a${i}`, source: OUTLETS[i % OUTLETS.length]! };
    }
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
    const main = this.sources[i % this.sources.length]!;
    const start = Math.floor(random() * Math.max(1, main.length - 4));
    const paragraphs = main.slice(start, start + 4 + Math.floor(random() * 6));
    for (let extra = 0; extra < 2; extra++)
      paragraphs.splice(Math.floor(random() * (paragraphs.length + 1)), 0, pick(pick(this.sources)));
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 1095) * 86_400_000);
    return {
      id: `a${i}`,
      text: paragraphs.join('\n\n'),
      source: OUTLETS[Math.floor(random() * OUTLETS.length)]!,
      date: day.toISOString().slice(0, 10),
    };
  }

  *articles(): Generator<CorpusArticle> {
    for (let i = 0; i < this.size; i++) yield this.article(i);
  }

  texts(): TextStore {
    return {
      get: async (ids) => new Map(ids.map((id) => [id, this.article(Number(id.slice(1))).text])),
    };
  }
}

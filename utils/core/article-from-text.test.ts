import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from './article-from-text';

const SEEDS = new URL('../../data/seeds/', import.meta.url).pathname;
const seed = (id: string) => articleFromPlainText(id, readFileSync(`${SEEDS}${id}.txt`, 'utf8'));

describe('articleFromPlainText on the seeds: metadata only from the text itself', () => {
  it('reads the leading date line of 003 and removes it from the text', () => {
    const article = seed('003_9ca9468ebf3219b2');
    expect(article.date).toBe('2023-11-09');
    expect(article.text.startsWith('As tensions escalate')).toBe(true);
    expect(article.title).toBeUndefined();
  });

  it('credits The Associated Press for 002 from its contributor line', () => {
    const article = seed('002_b653690046f4697e');
    expect(article.source).toBe('The Associated Press');
    expect(article.date).toBeUndefined();
  });

  it('takes 004’s repeated headline once, its blogger byline, and drops the comment form', () => {
    const article = seed('004_00ede0dd48624196');
    expect(article.title).toBe('Russia is closing in on Bakhmut in the Ukraine conflict');
    expect(article.byline).toBe('Daniel Harrison');
    expect(article.text).not.toContain('Leave a Reply');
    expect(article.text).not.toContain('As a blogger');
    expect(article.text.startsWith('Snow covers the blood-soaked earth of Bakhmut.')).toBe(true);
    expect(article.source).toBeUndefined();
  });

  it('invents nothing for 000 and 001: no title, date or source', () => {
    for (const id of ['000_9b88eb52003466db', '001_a7e6117e1f037954']) {
      const article = seed(id);
      expect(article).toEqual({ id, text: expect.any(String) });
    }
  });

  it('drops markdown emphasis but keeps the words (001 cites *The Global Times*)', () => {
    const article = seed('001_a7e6117e1f037954');
    expect(article.text).toContain('obtained by The Global Times,');
    expect(article.source).toBeUndefined();
  });

  it('keeps every seed’s body intact apart from the metadata lines', () => {
    for (const file of readdirSync(SEEDS)) {
      const id = file.replace(/\.txt$/, '');
      const raw = readFileSync(`${SEEDS}${file}`, 'utf8');
      const article = seed(id);
      expect(article.text.length).toBeGreaterThan(raw.length * 0.85);
    }
  });

  it('reads wire datelines too', () => {
    const article = articleFromPlainText(
      'x',
      'KYIV, Ukraine (AP) — Officials said on Monday that the bridge had reopened to traffic.',
    );
    expect(article.source).toBe('The Associated Press');
  });
});

import { describe, expect, it } from 'vitest';
import { CorpusFormatError, parseCorpusFile, serializeCorpus } from './corpus-format';

const article = (id: string, extra: object = {}) => ({ id, text: `Text of ${id}.`, ...extra });

describe('parseCorpusFile', () => {
  it('reads a bare array, an object with articles, and JSON Lines alike', () => {
    const articles = [article('a'), article('b', { title: 'B', date: '2024-05-01' })];
    const fromArray = parseCorpusFile(JSON.stringify(articles), 'x');
    const fromObject = parseCorpusFile(JSON.stringify({ articles }), 'x');
    const fromLines = parseCorpusFile(articles.map((a) => JSON.stringify(a)).join('\n'), 'x');
    expect(fromArray.articles).toEqual(fromObject.articles);
    expect(fromLines.articles).toEqual(fromArray.articles);
    expect(fromArray.articles[1]).toEqual({ id: 'b', text: 'Text of b.', title: 'B', date: '2024-05-01' });
  });

  it('round-trips through serializeCorpus', () => {
    const corpus = { name: 'n', articles: [article('a', { source: 'AP' })] };
    expect(parseCorpusFile(serializeCorpus(corpus), 'n')).toEqual(corpus);
  });

  it('treats blank optional fields as unknown and numeric ids as strings', () => {
    const [parsed] = parseCorpusFile(JSON.stringify([{ id: 7, text: 'T', title: '  ', source: '' }]), 'x').articles;
    expect(parsed).toEqual({ id: '7', text: 'T' });
  });

  it.each([
    ['', 'the corpus file is empty'],
    ['[]', 'the corpus holds no articles'],
    ['[{"id":"a"}]', 'record 1: text'],
    ['[{"id":"a","text":"   "}]', 'record 1: text: the article has no text'],
    ['[{"id":"a","text":"t","date":"yesterday-ish"}]', 'record 1: date: not a date'],
    ['[{"id":"a","text":"t"},{"id":"a","text":"u"}]', 'record 2: duplicate id "a" (first at record 1)'],
    ['{"id":"a","text":"t"}\n{broken', 'line 2 is not valid JSON'],
    ['[{"id":"a","text":"t"}', 'not valid JSON'],
    ['{"stories": []}', 'neither an array of articles nor an "articles" array'],
  ])('rejects %j with a clear reason', (content, reason) => {
    expect(() => parseCorpusFile(content, 'x')).toThrow(CorpusFormatError);
    expect(() => parseCorpusFile(content, 'x')).toThrow(reason);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectMapping } from './fields';
import { FileProblem, readRecords } from './read-records';
import { ArticleCollector, IMPORT_LIMITS } from './validate-records';

const TEXT = 'Ukrainian officials said the shelling of Kharkiv continued through the night, damaging homes. '.repeat(3);

describe('readRecords', () => {
  it('reads a JSON array, an object with "articles", and a single object', () => {
    expect(
      readRecords('a.json', JSON.stringify([{ text: 'x' }, { text: 'y' }])).records.map((record) => record.where),
    ).toEqual(['record 1', 'record 2']);
    expect(readRecords('a.json', JSON.stringify({ articles: [{ body: 'x' }] })).fields).toEqual(['body']);
    expect(readRecords('a.json', JSON.stringify({ text: 'x' })).records).toHaveLength(1);
  });

  it('reads JSON Lines line by line, reporting the broken lines and keeping the others', () => {
    const result = readRecords('a.jsonl', `{"text":"a"}\nnot json\n\n{"text":"b"}`);
    expect(result.records.map((record) => record.where)).toEqual(['line 1', 'line 4']);
    expect(result.problems).toEqual([{ where: 'line 2', reason: 'not JSON' }]);
    // A .json file that is really JSON Lines is read as such.
    expect(readRecords('a.json', `{"text":"a"}\n{"text":"b"}`).records).toHaveLength(2);
  });

  it('drops keys that name a prototype, at any depth, as it parses', () => {
    const json =
      '{"__proto__": {"polluted": 1}, "id": "a", "nested": {"constructor": {"prototype": {"polluted": 2}}, "kept": [{"__proto__": 3, "x": 4}]}}';
    for (const [name, content] of [
      ['a.json', `[${json}]`],
      ['a.jsonl', `${json}\n${json}`],
    ]) {
      const result = readRecords(name!, content!);
      for (const record of result.records)
        expect(JSON.stringify(record.value)).toBe('{"id":"a","nested":{"kept":[{"x":4}]}}');
      expect(result.fields).toEqual(['id', 'nested']);
    }
    const csv = readRecords('a.csv', '__proto__,constructor,prototype,text\n1,2,3,4\n');
    expect(csv.fields).toEqual(['text']);
    expect(JSON.stringify(csv.records[0]!.value)).toBe('{"text":"4"}');
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('reads CSV with a header, quoted fields and newlines inside them', () => {
    const result = readRecords('a.csv', 'title,body\n"One, two","Line one\nline two"\nThree,four\n');
    expect(result.fields).toEqual(['title', 'body']);
    expect(result.records.map((record) => record.value)).toEqual([
      { title: 'One, two', body: 'Line one\nline two' },
      { title: 'Three', body: 'four' },
    ]);
  });

  it('reads a text or Markdown file as one article with the builder’s rules', () => {
    const { records } = readRecords('notes/kupiansk.md', `# Kupiansk under fire\n\n${TEXT}`);
    expect(records[0]!.value).toMatchObject({ id: 'kupiansk', title: 'Kupiansk under fire' });
  });

  it('refuses whole files that cannot be read, with the reason', () => {
    expect(() => readRecords('a.json', '   ')).toThrow(new FileProblem('the file is empty'));
    expect(() => readRecords('a.json', '[{"text": ')).toThrow(/^not valid JSON/);
    expect(() => readRecords('a.json', '42')).toThrow(/neither an array of articles nor an object/);
    expect(() => readRecords('a.jsonl', 'x\ny')).toThrow('no line of the file is JSON');
    expect(() => readRecords('a.pdf', 'x')).toThrow(/not a file Sidenote reads/);
  });

  it('never throws anything but a FileProblem, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('a.json', 'a.jsonl', 'a.csv', 'a.txt', 'a.md'),
        (content, name) => {
          try {
            const result = readRecords(name, content);
            for (const record of result.records) expect(record.where).toMatch(/^(record|line|row|file)/);
          } catch (error) {
            expect(error).toBeInstanceOf(FileProblem);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('detectMapping', () => {
  it('matches fields by their usual names, whatever their case', () => {
    expect(detectMapping(['ID', 'Headline', 'Body', 'published_at', 'Author', 'link'])).toEqual({
      id: 'ID',
      title: 'Headline',
      text: 'Body',
      date: 'published_at',
      byline: 'Author',
      url: 'link',
    });
    expect(detectMapping(['headline', 'story_text']).text).toBeUndefined();
  });
});

describe('ArticleCollector', () => {
  it('keeps the good records and names each bad one with its reason', () => {
    const collector = new ArticleCollector();
    const records = [
      { id: 1, text: TEXT, date: '2024-01-02' },
      { id: 2, text: 'Short.' },
      { id: 3, text: TEXT.replace('Kharkiv', 'Sumy'), date: 'yesterday' },
      { id: 1, text: TEXT.replace('Kharkiv', 'Izium') },
      { id: 5, text: `  ${TEXT.toUpperCase()}  ` },
      'a string',
      { id: 7 },
      { text: TEXT.replace('Kharkiv', 'Kyiv'), title: 'x'.repeat(IMPORT_LIMITS.maxFieldCharacters + 1) },
    ].map((value, index) => ({ where: `line ${index + 1}`, value }));
    collector.add('a.jsonl', records, detectMapping(['id', 'text', 'date', 'title']));
    expect(collector.articles.map((article) => article.id)).toEqual(['1']);
    expect(collector.rejections.map((rejection) => `${rejection.where}: ${rejection.reason}`)).toEqual([
      'line 2: text too short (6 characters; at least 200)',
      'line 3: bad date "yesterday"',
      'line 4: duplicate id "1" (of a.jsonl line 1)',
      'line 5: duplicate of a.jsonl line 1 (same text)',
      'line 6: not an object with fields',
      'line 7: no text (the "text" field is empty or missing)',
      'line 8: title too long (over 2,000 characters)',
    ]);
  });

  it('gives records without an id one from their file and position', () => {
    const collector = new ArticleCollector();
    collector.add('dir/export.csv', [{ where: 'row 1', value: { body: TEXT } }], { text: 'body' });
    expect(collector.articles[0]!.id).toBe('export-1');
  });

  it('names a record without an id by its place among all the file’s records when the file is checked in parts', () => {
    const collector = new ArticleCollector();
    collector.add('dir/feed.jsonl', [{ where: 'line 9', value: { text: TEXT }, position: 6 }], { text: 'text' });
    expect(collector.articles[0]!.id).toBe('feed-7');
  });

  it('accepts every record that has a long enough text, and rejects the rest, never both', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ text: fc.option(fc.string({ maxLength: 400 })), date: fc.option(fc.string({ maxLength: 12 })) }),
          { maxLength: 30 },
        ),
        (values) => {
          const collector = new ArticleCollector();
          collector.add(
            'f.json',
            values.map((value, index) => ({ where: `record ${index + 1}`, value })),
            { text: 'text', date: 'date' },
          );
          expect(collector.articles.length + collector.rejections.length).toBe(values.length);
          for (const article of collector.articles)
            expect(article.text.length).toBeGreaterThanOrEqual(IMPORT_LIMITS.minTextCharacters);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/**
 * How tests/fixtures/toponyms/war-news.jsonl was made: articles of held-out war news
 * (tests/fixtures/heldout-news/articles.jsonl) whose place mentions a judge marked by hand, by the
 * criteria of the seeds (README.md), as `[[Kharkiv]]` in a copy of the text. Each marked copy must
 * give back the article's text exactly once its brackets are taken out.
 *   npx tsx scripts/toponyms/convert-marked.ts INDEX.json MARKED_DIR > tests/fixtures/toponyms/war-news.jsonl
 * INDEX.json lists the files: [{"n": "01", "id": "<article id>"}, ...]; MARKED_DIR holds NN.txt.
 */
import { readFileSync } from 'node:fs';
import type { GoldDocument } from '../../utils/core/places/evaluate';

/** The spans a marked copy brackets, at their offsets in the unmarked text. */
export function readMarked(marked: string): { text: string; toponyms: GoldDocument['toponyms'] } {
  const toponyms: GoldDocument['toponyms'] = [];
  let text = '';
  let at = 0;
  // "threaten [[[Russia]]]": a bracket of the text's own stays outside the marks.
  for (const match of marked.matchAll(/\[\[([^[\]]*)\]\]/g)) {
    text += marked.slice(at, match.index);
    toponyms.push({
      start: text.length,
      end: text.length + match[1]!.length,
      name: match[1]!,
    } as GoldDocument['toponyms'][number]);
    text += match[1]!;
    at = match.index! + match[0].length;
  }
  return { text: text + marked.slice(at), toponyms };
}

const [indexPath, markedDir] = process.argv.slice(2);
if (indexPath && markedDir) {
  const articles = new Map(
    readFileSync(new URL('../../tests/fixtures/heldout-news/articles.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .map((article) => [article.id, article.text]),
  );
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { n: string; id: string }[];
  for (const { n, id } of index) {
    const { text, toponyms } = readMarked(readFileSync(`${markedDir}/${n}.txt`, 'utf8'));
    if (text !== articles.get(id)) throw new Error(`${n}.txt is not the text of ${id} once unmarked`);
    console.log(JSON.stringify({ id, text, toponyms }));
  }
}

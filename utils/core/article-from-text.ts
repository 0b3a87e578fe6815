import { tidyText } from './text';
import type { CorpusArticle } from './types';

/**
 * Turns one plain-text article file into a corpus article, reading metadata only from what the
 * text itself states: a leading date line, a headline line, a wire-service credit, a closing
 * byline. Whatever the text does not say stays unset.
 */
export function articleFromPlainText(id: string, raw: string): CorpusArticle {
  let paragraphs = tidyText(stripEmphasis(raw)).split(/\n+/);
  const article: CorpusArticle = { id, text: '' };

  const dated = takeLeadingDate(paragraphs);
  paragraphs = dated.paragraphs;
  if (dated.date) article.date = dated.date;

  paragraphs = dropCommentForm(paragraphs);
  const signed = takeClosingByline(paragraphs);
  paragraphs = signed.paragraphs;
  if (signed.byline) article.byline = signed.byline;

  const headed = takeHeadline(paragraphs);
  paragraphs = headed.paragraphs;
  if (headed.title) article.title = headed.title;

  article.text = paragraphs.join('\n\n');
  const source = wireCredit(article.text);
  if (source) article.source = source;
  return article;
}

// Markdown emphasis (*The Global Times*) is markup, not text.
function stripEmphasis(text: string): string {
  return text.replace(/(^|[\s(“"])[*_]{1,2}([^*_\n]+?)[*_]{1,2}(?=[\s.,;:!?)”"]|$)/gm, '$1$2');
}

const DATE_LINE =
  /^(?:date|published|updated|posted)\s*:?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?)\b\s*/i;

function takeLeadingDate(paragraphs: string[]): { paragraphs: string[]; date?: string } {
  const [first = '', ...rest] = paragraphs;
  const match = DATE_LINE.exec(first);
  if (!match?.[1] || Number.isNaN(Date.parse(match[1]))) return { paragraphs };
  const remainder = first.slice(match[0].length).trim();
  return { paragraphs: remainder ? [remainder, ...rest] : rest, date: match[1] };
}

const COMMENT_FORM = /^(leave a (reply|comment)|your email address will not be published|required fields are marked)/i;

function dropCommentForm(paragraphs: string[]): string[] {
  const index = paragraphs.findIndex((paragraph) => COMMENT_FORM.test(paragraph));
  return index > 0 ? paragraphs.slice(0, index) : paragraphs;
}

const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;

/** A name alone on a line near the end, followed only by a first-person author note. */
function takeClosingByline(paragraphs: string[]): { paragraphs: string[]; byline?: string } {
  for (let index = paragraphs.length - 1; index >= Math.max(1, paragraphs.length - 3); index--) {
    const line = paragraphs[index] ?? '';
    if (!PERSON_NAME.test(line)) continue;
    const after = paragraphs.slice(index + 1);
    const isAuthorNote = after.length <= 2 && after.every((paragraph) => /\b(I|my|me)\b/.test(paragraph));
    if (isAuthorNote) return { paragraphs: paragraphs.slice(0, index), byline: line };
  }
  return { paragraphs };
}

/** A short first line without closing punctuation, followed by body text, is the headline. */
function takeHeadline(paragraphs: string[]): { paragraphs: string[]; title?: string } {
  const [first = '', ...rest] = paragraphs;
  const wordCount = first.split(/\s+/).length;
  const looksLikeHeadline = rest.length > 0 && first.length <= 150 && wordCount <= 22 && !/[.!?:;,"”’)]$/.test(first);
  if (!looksLikeHeadline) return { paragraphs };
  // Scraped pages often repeat the headline (page title, then h1).
  while (rest[0] === first) rest.shift();
  // A Markdown file writes its headline "# Kupiansk under fire".
  return { paragraphs: rest, title: first.replace(/^#{1,6}\s+/, '') };
}

const WIRE_SERVICES: [RegExp, string][] = [
  [/\b(?:The )?Associated Press\b|\(AP\)/, 'The Associated Press'],
  [/\bReuters\b/, 'Reuters'],
  [/\bAgence France-Presse\b|\bAFP\b/, 'Agence France-Presse'],
];

/** The wire service credited for the story ("Associated Press journalists ... contributed to this report"). */
function wireCredit(text: string): string | undefined {
  const credits = text.match(/^.*\bcontributed to this (?:report|story|article)\b.*$/gim) ?? [];
  // "KYIV, Ukraine (AP) —": a capitalized place, then the agency in parentheses.
  const datelines = text.match(/^\p{Lu}[\p{Lu} .'-]+(?:,[^()\n]{1,40})?\((?:AP|Reuters|AFP)\)\s*[—–-]/gmu) ?? [];
  for (const line of [...credits, ...datelines]) {
    const credited = WIRE_SERVICES.find(([pattern]) => pattern.test(line));
    if (credited) return credited[1];
  }
  return undefined;
}

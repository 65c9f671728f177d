import { parseArticleRecord } from './parse-article-record.js';
import type { ArticleRecordOptions, SourceItem } from './types.js';

// "# Title" (Markdown), or a short first line with no closing punctuation, then a blank line.
const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
const MAX_TITLE_CHARS = 200;

function splitTitle(text: string): { title?: string; body: string } {
  const [first = '', ...rest] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const body = rest.join('\n');
  const heading = MARKDOWN_HEADING.exec(first.trim())?.[1];
  if (heading) return { title: heading, body };
  const line = first.trim();
  const looksLikeHeading =
    line.length > 0 &&
    line.length <= MAX_TITLE_CHARS &&
    /^[\p{Lu}\p{N}"'“‘]/u.test(line) &&
    !/[.,;:!?]$/.test(line) &&
    rest[0]?.trim() === '' &&
    body.trim().length > 0;
  return looksLikeHeading ? { title: line, body } : { body: text };
}

// Markup that would otherwise reach extraction as text: "## Part", "[OpenAI](https://...)", "**bold**".
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

/**
 * Turns a plain-text or Markdown file into an article: the first line becomes the title when it
 * looks like a heading (a Markdown `#` line, or a short capitalized line followed by a blank line).
 * With `markdown`, headings, links, images and bold markers are reduced to their text.
 */
export function textToArticle(
  text: string,
  {
    id,
    origin,
    markdown = false,
    ...options
  }: ArticleRecordOptions & { id: string; origin: string; markdown?: boolean },
): SourceItem {
  const { title, body } = splitTitle(text);
  const plain = markdown ? stripMarkdown(body) : body;
  return parseArticleRecord({ id, title, text: plain }, origin, options);
}

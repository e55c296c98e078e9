import { createHash } from 'node:crypto';

/**
 * The seed format: a title line, a `YYYY-MM-DD HH:MM:SS.0` line, then the body.
 * Parsing keeps the text exactly as read so that extraction offsets index it.
 */
export interface ParsedArticle {
  /** Stable key: hash of the normalized title and date, so a corrected body replaces the old one. */
  id: string;
  /** Hash of the normalized whole text: tells an unchanged re-ingest from a correction. */
  contentHash: string;
  title: string;
  /** ISO 8601; the file's wall-clock time taken as UTC (the corpus gives no zone). Null with --body-only. */
  publishedAt: string | null;
  /** The whole text that was read; every offset indexes it. */
  text: string;
  titleStart: number;
  titleEnd: number;
  bodyStart: number;
  body: string;
  source?: string;
}

export type ArticleRejectReason =
  | 'empty'
  | 'binary'
  | 'no-title'
  | 'bad-date'
  | 'no-body'
  | 'too-large'
  | 'not-utf8'
  | 'unreadable'
  | 'duplicate'
  | 'title-too-long';

/** The longest title an article may have, in characters: a headline, not a paragraph (news headlines run to about 150). */
export const MAX_TITLE_CHARS = 1000;

export class ArticleError extends Error {
  constructor(
    readonly source: string,
    readonly reason: ArticleRejectReason,
    detail: string,
  ) {
    super(`${source}: ${reason}: ${detail}`);
    this.name = 'ArticleError';
  }
}

const DATE_LINE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*$/;

/** Whitespace-folded text for hashing: re-wrapped or re-spaced copies hash alike. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function sha256Hex(text: string, length = 32): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function articleId(title: string, publishedAt: string | null, body: string): string {
  // With a date, the story's identity is its title and time; without one (body-only), its content.
  return publishedAt ? sha256Hex(`${normalizeForHash(title)}\n${publishedAt}`) : sha256Hex(normalizeForHash(body));
}

function parseDate(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(ms);
  // Date.UTC rolls 2009-02-30 over to March: refuse instead of guessing.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return null;
  }
  return date.toISOString();
}

/** Finds the end of the line starting at `from` and where the next one starts. */
function lineAt(text: string, from: number): { end: number; next: number } {
  const nl = text.indexOf('\n', from);
  if (nl < 0) return { end: text.length, next: text.length };
  const end = nl > from && text[nl - 1] === '\r' ? nl - 1 : nl;
  return { end, next: nl + 1 };
}

export function parseArticle(text: string, source = '<input>'): ParsedArticle {
  if (text.trim() === '') throw new ArticleError(source, 'empty', 'the file has no text');
  if (text.includes('\u0000')) throw new ArticleError(source, 'binary', 'the file contains NUL bytes');

  let pos = 0;
  // Leading blank lines are tolerated; the first non-blank line is the title.
  while (pos < text.length) {
    const { end, next } = lineAt(text, pos);
    if (text.slice(pos, end).trim() !== '') break;
    pos = next;
  }
  const titleLine = lineAt(text, pos);
  const rawTitle = text.slice(pos, titleLine.end);
  const title = rawTitle.trim();
  const titleStart = pos + (rawTitle.length - rawTitle.trimStart().length);
  if (DATE_LINE.test(title)) throw new ArticleError(source, 'no-title', 'the first line is a date, not a title');

  const dateLine = lineAt(text, titleLine.next);
  const dateText = text.slice(titleLine.next, dateLine.end).trim();
  if (titleLine.next >= text.length || dateText === '') {
    throw new ArticleError(source, 'bad-date', 'missing the date line (YYYY-MM-DD HH:MM:SS.0) after the title');
  }
  const publishedAt = parseDate(dateText);
  if (!publishedAt) {
    throw new ArticleError(source, 'bad-date', `cannot parse ${JSON.stringify(dateText.slice(0, 40))} as YYYY-MM-DD HH:MM:SS.0`);
  }
  if (title.length > MAX_TITLE_CHARS) {
    throw new ArticleError(source, 'title-too-long', `the title has ${title.length} characters; at most ${MAX_TITLE_CHARS}`);
  }
  const bodyStart = dateLine.next;
  const body = text.slice(bodyStart);
  if (body.trim() === '') throw new ArticleError(source, 'no-body', 'the article has a title and date but no body');

  return {
    id: articleId(title, publishedAt, body),
    contentHash: sha256Hex(normalizeForHash(text)),
    title,
    publishedAt,
    text,
    titleStart,
    titleEnd: titleStart + title.length,
    bodyStart,
    body,
    source,
  };
}

/** --body-only: the whole input is the body; there is no title or date. */
export function parseBodyOnly(text: string, source = '<input>'): ParsedArticle {
  if (text.trim() === '') throw new ArticleError(source, 'empty', 'the input has no text');
  if (text.includes('\u0000')) throw new ArticleError(source, 'binary', 'the input contains NUL bytes');
  return {
    id: articleId('', null, text),
    contentHash: sha256Hex(normalizeForHash(text)),
    title: '',
    publishedAt: null,
    text,
    titleStart: 0,
    titleEnd: 0,
    bodyStart: 0,
    body: text,
    source,
  };
}

/** Decodes bytes as strict UTF-8, naming the file when they are not. */
export function decodeArticleBytes(bytes: Uint8Array, source: string): string {
  // NUL bytes mean a binary file (an image, a PDF), whatever else its bytes are.
  if (bytes.includes(0)) throw new ArticleError(source, 'binary', 'the file contains NUL bytes: binary, not article text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(source, 'not-utf8', 'the file is not valid UTF-8 text');
  }
}

/**
 * Complete HTML open and closing tags, as CommonMark defines them for raw inline HTML and for
 * HTML blocks of kind 7. Whitespace inside a tag may include line endings (inline HTML spans
 * lines within a paragraph); callers scanning a single line simply pass the line's end.
 */
import { codeAt, isAsciiAlpha, isAsciiAlphanumeric, isMarkdownWhitespace } from './characters';

function skipTagWhitespace(text: string, i: number, end: number): number {
  while (i < end && isMarkdownWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function skipTagName(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 45 /* - */ && !isAsciiAlphanumeric(c)) break;
    i++;
  }
  return i;
}

function isAttributeNameStart(c: number): boolean {
  return c === 58 /* : */ || c === 95 /* _ */ || isAsciiAlpha(c);
}

function isAttributeNameChar(c: number): boolean {
  return c === 45 || c === 46 || c === 58 || c === 95 || isAsciiAlphanumeric(c);
}

/** Returns the index after an attribute value starting at `i` (after `=` and whitespace), or -1. */
function skipAttributeValue(text: string, i: number, end: number): number {
  const c = codeAt(text, i, end);
  if (c === 34 || c === 39) {
    for (let j = i + 1; j < end; j++) if (text.charCodeAt(j) === c) return j + 1;
    return -1;
  }
  if (c === -1 || c === 60 || c === 61 || c === 62 || c === 96) return -1;
  let j = i + 1;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d === 34 || d === 39 || d === 60 || d === 61 || d === 96) return -1;
    if (d === 47 || d === 62 || isMarkdownWhitespace(d)) break;
  }
  return j;
}

/** An open tag `<name attr="v" …>` or `<name/>` whose `<` is at `i`; returns the index after `>`, or -1. */
export function scanOpenTag(text: string, i: number, end: number): number {
  if (!isAsciiAlpha(codeAt(text, i + 1, end))) return -1;
  let j = skipTagName(text, i + 2, end);
  for (;;) {
    const beforeSpace = j;
    j = skipTagWhitespace(text, j, end);
    const c = codeAt(text, j, end);
    if (c === 62 /* > */) return j + 1;
    if (c === 47 /* / */) return codeAt(text, j + 1, end) === 62 ? j + 2 : -1;
    if (j === beforeSpace || !isAttributeNameStart(c)) return -1;
    j++;
    while (j < end && isAttributeNameChar(text.charCodeAt(j))) j++;
    const afterName = j;
    j = skipTagWhitespace(text, j, end);
    if (codeAt(text, j, end) === 61 /* = */) {
      j = skipAttributeValue(text, skipTagWhitespace(text, j + 1, end), end);
      if (j < 0) return -1;
    } else {
      j = afterName;
    }
  }
}

/** A closing tag `</name >` whose `<` is at `i`; returns the index after `>`, or -1. */
export function scanClosingTag(text: string, i: number, end: number): number {
  if (codeAt(text, i + 1, end) !== 47 || !isAsciiAlpha(codeAt(text, i + 2, end))) return -1;
  const j = skipTagWhitespace(text, skipTagName(text, i + 3, end), end);
  return codeAt(text, j, end) === 62 ? j + 1 : -1;
}

/** True when [i, end) holds only spaces and tabs (no line ending). */
export function isBlankRest(text: string, i: number, end: number): boolean {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

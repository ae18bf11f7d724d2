/** What can follow `<` in inline content: an autolink or a piece of raw HTML. */
import { codeAt, isAsciiAlpha, isAsciiAlphanumeric, isAsciiControl } from './characters';
import type { ForwardSearch } from './forwardSearch';
import { scanClosingTag, scanOpenTag } from './htmlTags';

/** Searches for the ends of comments, processing instructions, CDATA and declarations. */
export interface RawHtmlSearches {
  comment: ForwardSearch;
  instruction: ForwardSearch;
  cdata: ForwardSearch;
  declaration: ForwardSearch;
  /** Not HTML: where the next `@` is, which email literals need. */
  atSign: ForwardSearch;
}

function isSchemeChar(c: number): boolean {
  return c === 43 || c === 45 || c === 46 || isAsciiAlphanumeric(c);
}

/** micromark's `asciiAtext`: the local part of an email autolink. */
function isAutolinkAtext(c: number): boolean {
  return (
    c === 35 || c === 36 || c === 37 || c === 38 || c === 39 || c === 42 || c === 43 ||
    (c >= 45 && c <= 57) || c === 61 || c === 63 || (c >= 65 && c <= 90) || (c >= 94 && c <= 126)
  );
}

/** `<scheme:…>` or `<local@domain>` at `i`; returns the index after `>`, or -1. */
export function angleAutolinkEnd(text: string, i: number, end: number): number {
  if (isAsciiAlpha(codeAt(text, i + 1, end))) {
    let j = i + 2;
    while (j - (i + 1) < 32 && isSchemeChar(codeAt(text, j, end))) j++;
    if (j - (i + 1) >= 2 && codeAt(text, j, end) === 58 /* : */) {
      for (j++; ; j++) {
        const c = codeAt(text, j, end);
        if (c === 62) return j + 1;
        if (c === -1 || c === 32 || c === 60 || isAsciiControl(c)) return -1;
      }
    }
  }
  let j = i + 1;
  while (isAutolinkAtext(codeAt(text, j, end))) j++;
  if (j === i + 1 || codeAt(text, j, end) !== 64 /* @ */) return -1;
  j++;
  for (;;) {
    if (!isAsciiAlphanumeric(codeAt(text, j, end))) return -1;
    let size = 0;
    let last = -1;
    for (;;) {
      const c = codeAt(text, j, end);
      if ((c === 45 || isAsciiAlphanumeric(c)) && size < 63) {
        size++;
        last = c;
        j++;
      } else {
        break;
      }
    }
    if (last === 45) return -1;
    const c = codeAt(text, j, end);
    if (c === 62) return j + 1;
    if (c !== 46) return -1;
    j++;
  }
}

function searchWithin(search: ForwardSearch, text: string, from: number, end: number, length: number): number {
  const found = search.find(text, from);
  return found >= 0 && found + length <= end ? found + length : -1;
}

/** Raw inline HTML at `<` at `i` (tag, comment, instruction, declaration, CDATA); returns its end, or -1. */
export function rawHtmlEnd(text: string, i: number, end: number, searches: RawHtmlSearches): number {
  const c1 = codeAt(text, i + 1, end);
  if (c1 === 33 /* ! */) {
    const c2 = codeAt(text, i + 2, end);
    if (c2 === 45) {
      // `<!-->` and `<!--->` are complete comments (CommonMark 0.31), hence searching from `<!`+1.
      return codeAt(text, i + 3, end) === 45 ? searchWithin(searches.comment, text, i + 2, end, 3) : -1;
    }
    if (c2 === 91) return text.startsWith('CDATA[', i + 3) ? searchWithin(searches.cdata, text, i + 9, end, 3) : -1;
    return isAsciiAlpha(c2) ? searchWithin(searches.declaration, text, i + 3, end, 1) : -1;
  }
  if (c1 === 63 /* ? */) return searchWithin(searches.instruction, text, i + 2, end, 2);
  if (c1 === 47 /* / */) return scanClosingTag(text, i, end);
  return scanOpenTag(text, i, end);
}

/**
 * Recognisers for the first line of leaf blocks. Each looks at [i, end) of one line, where `i` is
 * the first non-space character and `end` the line's end (line ending excluded).
 */
import { codeAt, isAsciiAlpha, isAsciiAlphanumeric, isSpaceOrTab } from './characters';
import { ForwardSearch } from './forwardSearch';
import { isBlankRest, scanClosingTag, scanOpenTag } from './htmlTags';

/** Level (1–6) of an ATX heading opening at `i`, or 0. */
export function atxHeadingLevel(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 7 && text.charCodeAt(j) === 35 /* # */) j++;
  const level = j - i;
  if (level === 0 || level > 6) return 0;
  return j === end || isSpaceOrTab(text.charCodeAt(j)) ? level : 0;
}

/** Start of an ATX heading's text: after its marker and the spaces that follow. */
export function atxHeadingTextStart(text: string, afterMarker: number, end: number): number {
  let start = afterMarker;
  while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
  return start;
}

/** End of an ATX heading's text starting at `start`: trimmed, closing `#` sequence removed. */
export function atxHeadingTextEnd(text: string, start: number, end: number): number {
  let stop = end;
  while (stop > start && isSpaceOrTab(text.charCodeAt(stop - 1))) stop--;
  let hashes = stop;
  while (hashes > start && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes < stop) {
    if (hashes === start) {
      stop = start;
    } else if (isSpaceOrTab(text.charCodeAt(hashes - 1))) {
      stop = hashes;
      while (stop > start && isSpaceOrTab(text.charCodeAt(stop - 1))) stop--;
    }
  }
  return stop;
}

/** Length of an opening code fence at `i` (``` without backticks in its info string, or ~~~), or 0. */
export function openingFenceLength(text: string, i: number, end: number): number {
  const marker = codeAt(text, i, end);
  if (marker !== 96 && marker !== 126) return 0;
  let j = i;
  while (j < end && text.charCodeAt(j) === marker) j++;
  const length = j - i;
  if (length < 3) return 0;
  if (marker === 96) {
    for (; j < end; j++) if (text.charCodeAt(j) === 96) return 0;
  }
  return length;
}

export function isClosingFence(text: string, i: number, end: number, marker: number, minLength: number): boolean {
  let j = i;
  while (j < end && text.charCodeAt(j) === marker) j++;
  return j - i >= minLength && isBlankRest(text, j, end);
}

/**
 * Three or more `*`, `-` or `_` (the same one), optionally separated by spaces or tabs: returns -1
 * when [i, end) is a thematic break, else the index of the first character that rules it out.
 */
export function thematicBreakFailure(text: string, i: number, end: number): number {
  const marker = codeAt(text, i, end);
  if (marker !== 42 && marker !== 45 && marker !== 95) return i;
  let count = 0;
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === marker) count++;
    else if (!isSpaceOrTab(c)) return j;
  }
  return count >= 3 ? -1 : end;
}

/** 1 for a `===` underline, 2 for `---`, else 0. */
export function setextUnderlineLevel(text: string, i: number, end: number): number {
  const marker = codeAt(text, i, end);
  if (marker !== 61 && marker !== 45) return 0;
  let j = i;
  while (j < end && text.charCodeAt(j) === marker) j++;
  if (!isBlankRest(text, j, end)) return 0;
  return marker === 61 ? 1 : 2;
}

const rawTagNames = new Set(['pre', 'script', 'style', 'textarea']);
const blockTagNames = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col',
  'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol',
  'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

/**
 * The CommonMark kind (1–7) of an HTML block starting at `<` at `i`, or 0. Kind 7 (a lone complete
 * tag) cannot interrupt a paragraph; the caller decides that.
 */
export function htmlBlockKind(text: string, i: number, end: number): number {
  const c1 = codeAt(text, i + 1, end);
  if (c1 === 33 /* ! */) {
    const c2 = codeAt(text, i + 2, end);
    if (c2 === 45) return codeAt(text, i + 3, end) === 45 ? 2 : 0;
    if (c2 === 91) return text.startsWith('CDATA[', i + 3) && i + 9 <= end ? 5 : 0;
    return isAsciiAlpha(c2) ? 4 : 0;
  }
  if (c1 === 63 /* ? */) return 3;
  const closing = c1 === 47;
  const nameStart = closing ? i + 2 : i + 1;
  if (!isAsciiAlpha(codeAt(text, nameStart, end))) return 0;
  let nameEnd = nameStart + 1;
  while (nameEnd < end) {
    const c = text.charCodeAt(nameEnd);
    if (c !== 45 && !isAsciiAlphanumeric(c)) break;
    nameEnd++;
  }
  const after = codeAt(text, nameEnd, end);
  if (after !== -1 && after !== 47 && after !== 62 && !isSpaceOrTab(after)) return 0;
  const name = text.slice(nameStart, nameEnd).toLowerCase();
  if (!closing && after !== 47 && rawTagNames.has(name)) return 1;
  if (blockTagNames.has(name)) {
    return after !== 47 || codeAt(text, nameEnd + 1, end) === 62 ? 6 : 0;
  }
  const tagEnd = closing ? scanClosingTag(text, i, end) : scanOpenTag(text, i, end);
  return tagEnd >= 0 && isBlankRest(text, tagEnd, end) ? 7 : 0;
}

const rawEndTag = /<\/(?:pre|script|style|textarea)>/i;

/** Finds the end conditions of HTML blocks of kinds 2–5; one per scan, since searches move forward. */
export class HtmlBlockEnds {
  private readonly searches = [new ForwardSearch('-->'), new ForwardSearch('?>'), new ForwardSearch('>'), new ForwardSearch(']]>')];

  /** Whether [i, end) contains the end condition of an HTML block of kind 1–5. */
  endsOnLine(kind: number, text: string, i: number, end: number): boolean {
    if (kind === 1) return rawEndTag.test(text.slice(i, end));
    if (kind < 2 || kind > 5) return false;
    const search = this.searches[kind - 2];
    let found = search.find(text, i);
    if (kind === 5) {
      // micromark's CDATA end state takes `]` in pairs, so `]]]>` does not end the block (`]]]]>` does).
      while (found >= 0 && found + 3 <= end && oddBracketRunBefore(text, found + 2, i)) found = search.find(text, found + 3);
    }
    return found >= 0 && found + (kind === 4 ? 1 : kind === 3 ? 2 : 3) <= end;
  }
}

function oddBracketRunBefore(text: string, close: number, from: number): boolean {
  let run = close;
  while (run > from && text.charCodeAt(run - 1) === 93) run--;
  return (close - run) % 2 === 1;
}

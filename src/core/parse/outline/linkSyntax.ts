/**
 * The pieces shared by inline links and link reference definitions: destinations, titles and
 * labels, with micromark's exact acceptance rules. Every function takes [i, end) of `text` and
 * returns the index just past what it matched, or -1.
 */
import {
  codeAt,
  isAsciiControl,
  isLineEnding,
  isMarkdownWhitespace,
  isSpaceOrTab,
} from './characters';

/** Longest link label, in characters (line endings not counted). */
const LINK_LABEL_MAX = 999;

export function skipSpacesAndTabs(text: string, i: number, end: number): number {
  while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i;
}

export function skipWhitespace(text: string, i: number, end: number): number {
  while (i < end && isMarkdownWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the line ending at `i` (\n, \r\n or \r), or `i` when there is none. */
export function skipLineEnding(text: string, i: number, end: number): number {
  const c = codeAt(text, i, end);
  if (c === 13) return codeAt(text, i + 1, end) === 10 ? i + 2 : i + 1;
  return c === 10 ? i + 1 : i;
}

/**
 * `<…>` or a raw destination. `parenLimit` caps nesting of unescaped parentheses in a raw
 * destination (micromark allows 32 in inline links, unlimited in definitions).
 */
export function parseDestination(text: string, i: number, end: number, parenLimit: number): number {
  let c = codeAt(text, i, end);
  if (c === 60 /* < */) {
    let j = i + 1;
    for (;;) {
      c = codeAt(text, j, end);
      if (c === 62 /* > */) return j + 1;
      if (c === -1 || c === 60 || isLineEnding(c)) return -1;
      if (c === 92 /* \ */) {
        const next = codeAt(text, j + 1, end);
        j += next === 60 || next === 62 || next === 92 ? 2 : 1;
      } else {
        j++;
      }
    }
  }
  if (c === -1 || c === 32 || c === 41 /* ) */ || isAsciiControl(c)) return -1;
  let balance = 0;
  let j = i;
  while (j < end) {
    c = text.charCodeAt(j);
    if (c > 41 && c !== 92 && c !== 127) {
      j++; // the common case: nothing special
    } else if (c === 40 /* ( */) {
      if (balance >= parenLimit) return -1;
      balance++;
      j++;
    } else if (c === 41) {
      if (balance === 0) return j;
      balance--;
      j++;
    } else if (c === 92) {
      const next = codeAt(text, j + 1, end);
      j += next === 40 || next === 41 || next === 92 ? 2 : 1;
    } else if (isMarkdownWhitespace(c)) {
      return balance === 0 ? j : -1;
    } else if (c === 32 || isAsciiControl(c)) {
      return -1;
    } else {
      j++;
    }
  }
  return balance === 0 ? j : -1;
}

/** The [start, end) of a destination's value: inside the angle brackets when it has them. */
export function destinationValueRange(text: string, start: number, destEnd: number): [number, number] {
  return text.charCodeAt(start) === 60 ? [start + 1, destEnd - 1] : [start, destEnd];
}

/**
 * Remembers where the last search for a title's closing marker ended, so that a run of failing
 * `](x (` attempts does not rescan the same tail of the paragraph each time.
 */
export class TitleCloserMemo {
  private readonly from = [-1, -1, -1];
  private readonly found = [-1, -1, -1];

  /** Forgets everything: for a new text, or a new range of it. */
  reset(): void {
    if (this.from[0] !== -1 || this.from[1] !== -1 || this.from[2] !== -1) this.from.fill(-1);
  }

  find(text: string, i: number, end: number, closer: number): number {
    const slot = closer === 34 ? 0 : closer === 39 ? 1 : 2;
    const from = this.from[slot];
    const found = this.found[slot];
    if (from >= 0 && i >= from && (found === -1 || i <= found)) return found;
    let j = i;
    let result = -1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === closer) {
        result = j;
        break;
      }
      if (c === 92 && j + 1 < end) {
        const next = text.charCodeAt(j + 1);
        j += next === closer || next === 92 ? 2 : 1;
      } else {
        j++;
      }
    }
    this.from[slot] = i;
    this.found[slot] = result;
    return result;
  }
}

/** `"…"`, `'…'` or `(…)`, possibly spanning lines. */
export function parseTitle(text: string, i: number, end: number, memo: TitleCloserMemo): number {
  const c = codeAt(text, i, end);
  if (c !== 34 && c !== 39 && c !== 40) return -1;
  const closer = c === 40 ? 41 : c;
  const found = memo.find(text, i + 1, end, closer);
  return found === -1 ? -1 : found + 1;
}

/**
 * A link label `[…]` at `i` (micromark's factoryLabel): at most 999 characters, no unescaped
 * brackets, not blank.
 */
export function parseLabel(text: string, i: number, end: number): number {
  if (codeAt(text, i, end) !== 91) return -1;
  let j = i + 1;
  let size = 0;
  let seen = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 91) return -1;
    if (c === 93) return seen ? j + 1 : -1;
    if (isLineEnding(c)) {
      j++;
      continue;
    }
    if (++size > LINK_LABEL_MAX) return -1;
    if (!isSpaceOrTab(c)) seen = true;
    if (c === 92) {
      const next = codeAt(text, j + 1, end);
      if (next === 91 || next === 92 || next === 93) {
        if (++size > LINK_LABEL_MAX) return -1;
        j += 2;
        continue;
      }
    }
    j++;
  }
  return -1;
}

const whitespaceRun = /[\t\n\r ]+/g;
const edgeSpace = /^ | $/g;

/** micromark's normalizeIdentifier: collapse whitespace, trim (ASCII only), fold case. */
export function normalizeLabel(raw: string): string {
  return raw.replace(whitespaceRun, ' ').replace(edgeSpace, '').toLowerCase().toUpperCase();
}

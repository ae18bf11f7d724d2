/**
 * mdast-util-gfm-autolink-literal's second chance: after parsing, remark runs regular expressions
 * over the text nodes outside links and turns URLs and emails there into links too. These functions
 * reproduce its matches (without regular expressions) for a literal starting at `p` inside a text
 * node that ends at `nodeEnd`; `previous` is the character before `p` in that node (-1 at its start).
 * Each returns the literal's end, or -1.
 */
import { isAsciiAlphanumeric, isLineEnding, isUnicodePunctuation, isUnicodeWhitespace } from './characters';

function isWordChar(c: number): boolean {
  return c === 95 || isAsciiAlphanumeric(c);
}

function isDomainChar(c: number): boolean {
  return c === 45 || isWordChar(c);
}

function startsWithIgnoringCase(text: string, p: number, end: number, prefix: string): boolean {
  if (p + prefix.length > end) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(p + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** `isCorrectDomain`: two labels or more, the last two free of `_` and holding a letter or digit. */
function isCorrectDomain(text: string, start: number, end: number): boolean {
  const labels = text.slice(start, end).split('.');
  if (labels.length < 2) return false;
  for (const label of [labels[labels.length - 1], labels[labels.length - 2]]) {
    if (label && (label.includes('_') || !/[\dA-Za-z]/.test(label))) return false;
  }
  return true;
}

function isTrimmedTrailer(c: number): boolean {
  return (
    c === 33 || c === 34 || c === 38 || c === 39 || c === 41 || c === 44 || c === 46 || c === 58 ||
    c === 59 || c === 60 || c === 62 || c === 63 || c === 93 || c === 125
  );
}

/** `splitUrl`: drops trailing punctuation, then gives back `)`s that close parentheses opened inside. */
function splitUrlEnd(text: string, start: number, end: number): number {
  let stop = end;
  while (stop > start && isTrimmedTrailer(text.charCodeAt(stop - 1))) {
    stop--;
    // An escaped trailer (`\>`) reads as the bare character in the text node.
    if (stop > start && text.charCodeAt(stop - 1) === 92) stop--;
  }
  if (stop === end) return end;
  let open = 0;
  let close = 0;
  for (let k = start; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  let k = stop;
  while (open > close) {
    while (k < end && text.charCodeAt(k) !== 41) k++;
    if (k >= end) break;
    k++;
    stop = k;
    close++;
  }
  return stop;
}

/** `http://…`, `https://…` or `www.…` as the transform finds them. */
export function transformedUrlEnd(text: string, p: number, nodeEnd: number, previous: number): number {
  if (previous !== -1 && !isUnicodeWhitespace(previous) && !isUnicodePunctuation(previous)) return -1;
  let j: number;
  let domainStart: number;
  if (startsWithIgnoringCase(text, p, nodeEnd, 'http://')) {
    j = p + 7;
    domainStart = j;
  } else if (startsWithIgnoringCase(text, p, nodeEnd, 'https://')) {
    j = p + 8;
    domainStart = j;
  } else if (startsWithIgnoringCase(text, p, nodeEnd, 'www.')) {
    j = p + 3;
    domainStart = p;
  } else {
    return -1;
  }
  while (j < nodeEnd && isDomainChar(text.charCodeAt(j))) j++;
  if (j >= nodeEnd || text.charCodeAt(j) !== 46) return -1;
  j++;
  while (j < nodeEnd && (isDomainChar(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
  const domainEnd = j;
  if (domainStart > p && isUnicodePunctuation(text.charCodeAt(domainStart))) return -1;
  if (!isCorrectDomain(text, domainStart, domainEnd)) return -1;
  while (j < nodeEnd) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9 || isLineEnding(c)) break;
    if (c === 92 && j + 1 < nodeEnd && isLineEnding(text.charCodeAt(j + 1))) break; // a hard line break
    j++;
  }
  return splitUrlEnd(text, domainStart, j);
}

/** `local@domain.tld` as the transform finds it (the label may not end in a digit, `-` or `_`). */
export function transformedEmailEnd(text: string, p: number, nodeEnd: number, previous: number): number {
  if (previous === 43 || previous === 45 || previous === 46 || isWordChar(previous)) return -1;
  let j = p;
  while (j < nodeEnd) {
    const c = text.charCodeAt(j);
    if (c !== 43 && c !== 45 && c !== 46 && !isWordChar(c)) break;
    j++;
  }
  if (j === p || j >= nodeEnd || text.charCodeAt(j) !== 64) return -1;
  j++;
  const labelStart = j;
  while (j < nodeEnd && isDomainChar(text.charCodeAt(j))) j++;
  if (j === labelStart) return -1;
  let parts = 0;
  while (j + 1 < nodeEnd && text.charCodeAt(j) === 46 && isDomainChar(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < nodeEnd && isDomainChar(text.charCodeAt(j))) j++;
    parts++;
  }
  if (parts === 0) return -1;
  const last = text.charCodeAt(j - 1);
  return last === 45 || last === 95 || (last >= 48 && last <= 57) ? -1 : j;
}

/** Cheap filter before `transformedUrlEnd`: the right prefix after a boundary. */
export function mayStartTransformedUrl(text: string, p: number, end: number, previous: number): boolean {
  if (previous !== -1 && !isUnicodeWhitespace(previous) && !isUnicodePunctuation(previous)) return false;
  return startsWithIgnoringCase(text, p, end, 'www.') || startsWithIgnoringCase(text, p, end, 'http');
}

/** Cheap filter before `transformedEmailEnd`: a run of `[\w+.-]` followed by `@`. */
export function atextRunReachesAtSign(text: string, p: number, end: number): boolean {
  let j = p;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c !== 43 && c !== 45 && c !== 46 && !isWordChar(c)) break;
    j++;
  }
  return j < end && text.charCodeAt(j) === 64;
}

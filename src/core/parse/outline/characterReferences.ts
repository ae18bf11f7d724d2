import { isAsciiAlphanumeric, isAsciiDigit, isAsciiPunctuation } from './characters';

/**
 * Named references decoded in destinations. The full HTML table has 2,000+ names; shipping it would
 * dwarf the scanner, and destinations in incident records almost only ever use these.
 */
const namedReferences: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function isHexDigit(c: number): boolean {
  return isAsciiDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Decodes `&#…;` / `&#x…;` / a known `&name;` at `i`; returns [text, end] or null. */
function decodeReferenceAt(text: string, i: number, end: number): [string, number] | null {
  let j = i + 1;
  if (text.charCodeAt(j) === 35 /* # */) {
    j++;
    const hex = text.charCodeAt(j) === 120 || text.charCodeAt(j) === 88;
    if (hex) j++;
    const digitsStart = j;
    const maxDigits = hex ? 6 : 7;
    while (j < end && j - digitsStart < maxDigits && (hex ? isHexDigit(text.charCodeAt(j)) : isAsciiDigit(text.charCodeAt(j)))) j++;
    if (j === digitsStart || j >= end || text.charCodeAt(j) !== 59 /* ; */) return null;
    let code = parseInt(text.slice(digitsStart, j), hex ? 16 : 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
    return [String.fromCodePoint(code), j + 1];
  }
  const nameStart = j;
  while (j < end && j - nameStart <= 32 && isAsciiAlphanumeric(text.charCodeAt(j))) j++;
  if (j >= end || text.charCodeAt(j) !== 59) return null;
  const value = namedReferences[text.slice(nameStart, j)];
  return value === undefined ? null : [value, j + 1];
}

/** The text of [start, end) with backslash escapes and character references resolved. */
export function unescapeString(text: string, start: number, end: number): string {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ || c === 38 /* & */) break;
    i++;
  }
  if (i === end) return text.slice(start, end);
  let out = text.slice(start, i);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92 && i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (c === 38) {
      const decoded = decodeReferenceAt(text, i, end);
      if (decoded) {
        out += decoded[0];
        i = decoded[1];
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

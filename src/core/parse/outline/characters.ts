/** Character-class tests on UTF-16 code units; -1 stands for "no character" (end of input). */

export function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** \n or \r. */
export function isLineEnding(c: number): boolean {
  return c === 10 || c === 13;
}

/** Space, tab or line ending: CommonMark's "whitespace" inside inline constructs. */
export function isMarkdownWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiAlpha(c) || isAsciiDigit(c);
}

export function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** ASCII control characters, as micromark counts them (tab and line endings included). */
export function isAsciiControl(c: number): boolean {
  return (c >= 0 && c < 32) || c === 127;
}

const unicodePunctuationPattern = /[\p{P}\p{S}]/u;
const unicodeWhitespacePattern = /\s/;

/** Unicode punctuation or symbol (micromark's `unicodePunctuation`). */
export function isUnicodePunctuation(c: number): boolean {
  if (c < 128) return isAsciiPunctuation(c);
  return unicodePunctuationPattern.test(String.fromCharCode(c));
}

export function isUnicodeWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return unicodeWhitespacePattern.test(String.fromCharCode(c));
}

/** The code unit at `i`, or -1 when `i` is outside [0, end). */
export function codeAt(text: string, i: number, end: number): number {
  return i < end && i >= 0 ? text.charCodeAt(i) : -1;
}

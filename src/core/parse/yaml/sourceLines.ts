// Line arithmetic over frontmatter source for the fast YAML path. Lines end at `\n` (a `\r` before
// it is not content); the fast path is never used on text with a lone `\r`.

/** Where the line starting at `start` ends its content (before `\r\n`/`\n`, or the text's end). */
export function contentEndOf(s: string, start: number): number {
  const lf = s.indexOf('\n', start);
  if (lf < 0) return s.length;
  return lf > start && s.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
}

/** Start of the line after the one whose content ends at `contentEnd`. */
export function nextLineStart(s: string, contentEnd: number): number {
  if (contentEnd >= s.length) return s.length;
  return s.charCodeAt(contentEnd) === 13 ? contentEnd + 2 : contentEnd + 1;
}

/** Number of spaces the line starting at `start` is indented by. */
export function indentOf(s: string, start: number, contentEnd: number): number {
  let i = start;
  while (i < contentEnd && s.charCodeAt(i) === 32) i++;
  return i - start;
}

/** A line with nothing but spaces, or (after any spaces) a `#` comment. */
export function isBlankOrComment(s: string, start: number, contentEnd: number): boolean {
  const i = start + indentOf(s, start, contentEnd);
  return i === contentEnd || s.charCodeAt(i) === 35;
}

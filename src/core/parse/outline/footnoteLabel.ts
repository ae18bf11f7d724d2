import { codeAt, isMarkdownWhitespace } from './characters';

/**
 * The `]` closing a GFM footnote label `[^label]` whose `[` is at `i`, or -1. Labels are 1–999
 * characters without whitespace or unescaped brackets, as micromark-extension-gfm-footnote reads them.
 */
export function footnoteLabelEnd(text: string, i: number, end: number): number {
  if (codeAt(text, i + 1, end) !== 94 /* ^ */) return -1;
  let j = i + 2;
  let size = 0;
  for (;;) {
    const c = codeAt(text, j, end);
    if (c === 93 /* ] */ && size > 0) return j;
    if (c === -1 || c === 91 || c === 93 || isMarkdownWhitespace(c) || size >= 999) return -1;
    const next = codeAt(text, j + 1, end);
    const escaped = c === 92 && (next === 91 || next === 92 || next === 93);
    size += escaped ? 2 : 1;
    j += escaped ? 2 : 1;
  }
}

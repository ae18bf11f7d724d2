// Scanners for the one-line YAML scalars the fast path is sure about. Each takes the source, where
// the scalar starts and where its line's content ends (before `\r\n`/`\n`), and returns where the
// scalar ends, or -1 when the text is anything it is not sure about: the caller then falls back
// to the `yaml` package. Being unsure is always allowed; being wrong never is.
import { DOUBLE_QUOTED_ESCAPES } from './scalarValues';

const SPACE = 32;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Escapes after `\` in double quotes that both parsers read alike (no \x, \u, \U: numeric escapes fall back). */
const SAFE_ESCAPES = DOUBLE_QUOTED_ESCAPES;

/** Characters that never start a plain scalar here: flow/structure indicators, tags, anchors, aliases, directives, quotes, block scalars, comments. */
const NOT_PLAIN_START = new Set([...'[]{},!&*%@`#|>\'"'].map((ch) => ch.charCodeAt(0)));

export function skipSpaces(s: string, i: number, lineEnd: number): number {
  while (i < lineEnd && s.charCodeAt(i) === SPACE) i++;
  return i;
}

/** After a scalar or collection ends at `i`: only spaces, optionally a comment after a space, to the line's end. */
export function restOfLineIsEmpty(s: string, i: number, lineEnd: number): boolean {
  const j = skipSpaces(s, i, lineEnd);
  return j === lineEnd || (j > i && s.charCodeAt(j) === HASH);
}

/** `"…"` closed on the same line, with escapes from SAFE_ESCAPES only. */
export function doubleQuotedEnd(s: string, start: number, lineEnd: number): number {
  for (let i = start + 1; i < lineEnd; i++) {
    const ch = s.charCodeAt(i);
    if (ch === DOUBLE_QUOTE) return i + 1;
    if (ch === BACKSLASH) {
      if (i + 1 >= lineEnd || !SAFE_ESCAPES.has(s.charCodeAt(i + 1))) return -1;
      i++;
    }
  }
  return -1;
}

/** `'…'` closed on the same line (`''` is a quote inside). */
export function singleQuotedEnd(s: string, start: number, lineEnd: number): number {
  for (let i = start + 1; i < lineEnd; i++) {
    if (s.charCodeAt(i) !== SINGLE_QUOTE) continue;
    if (i + 1 < lineEnd && s.charCodeAt(i + 1) === SINGLE_QUOTE) i++;
    else return i + 1;
  }
  return -1;
}

/** True when `-`, `?` or `:` at `i` is an indicator (followed by a space, the line's end, or in flow context a flow indicator). */
function isIndicatorAt(s: string, i: number, lineEnd: number, flow: boolean): boolean {
  const ch = s.charCodeAt(i);
  if (ch !== 45 && ch !== 63 && ch !== COLON) return false;
  if (i + 1 >= lineEnd) return true;
  const next = s.charCodeAt(i + 1);
  return next === SPACE || (flow && (next === COMMA || next === OPEN_BRACKET || next === CLOSE_BRACKET || next === OPEN_BRACE || next === CLOSE_BRACE));
}

export function canStartPlain(s: string, i: number, lineEnd: number, flow: boolean): boolean {
  return i < lineEnd && !NOT_PLAIN_START.has(s.charCodeAt(i)) && !isIndicatorAt(s, i, lineEnd, flow);
}

/**
 * A plain scalar in block context that must end on its line: its end excludes trailing spaces and a
 * ` #` comment. A `: ` or a final `:` inside would make it a mapping: unsure.
 */
export function blockPlainEnd(s: string, start: number, lineEnd: number): number {
  let end = start;
  for (let i = start; i < lineEnd; i++) {
    const ch = s.charCodeAt(i);
    if (ch === SPACE) continue;
    if (ch === HASH && s.charCodeAt(i - 1) === SPACE) break;
    if (ch === COLON && (i + 1 >= lineEnd || s.charCodeAt(i + 1) === SPACE)) return -1;
    end = i + 1;
  }
  return end;
}

/** A plain item of a one-line flow sequence, ending before `,` or `]` (trailing spaces excluded). */
function flowPlainEnd(s: string, start: number, lineEnd: number): number {
  let end = start;
  for (let i = start; i < lineEnd; i++) {
    const ch = s.charCodeAt(i);
    if (ch === COMMA || ch === CLOSE_BRACKET) return end;
    if (ch === SPACE) continue;
    if (ch === OPEN_BRACKET || ch === OPEN_BRACE || ch === CLOSE_BRACE) return -1;
    if (ch === HASH && s.charCodeAt(i - 1) === SPACE) return -1;
    if (ch === COLON && isIndicatorAt(s, i, lineEnd, true)) return -1;
    end = i + 1;
  }
  return -1;
}

/** One flow-sequence item (quoted or plain) at `i`; its end, or -1. */
function flowItemEnd(s: string, i: number, lineEnd: number): number {
  const ch = s.charCodeAt(i);
  if (ch === DOUBLE_QUOTE) return doubleQuotedEnd(s, i, lineEnd);
  if (ch === SINGLE_QUOTE) return singleQuotedEnd(s, i, lineEnd);
  return canStartPlain(s, i, lineEnd, true) ? flowPlainEnd(s, i, lineEnd) : -1;
}

/**
 * `[a, "b", 'c']` of scalars, opened at `start` and closed on the same line, with no empty items
 * and no trailing comma. Pushes each item's extent onto `items`; returns the end after `]`, or -1.
 */
export function flowSequenceEnd(s: string, start: number, lineEnd: number, items: Array<{ start: number; end: number }>): number {
  let i = skipSpaces(s, start + 1, lineEnd);
  if (i < lineEnd && s.charCodeAt(i) === CLOSE_BRACKET) return i + 1;
  for (;;) {
    const end = flowItemEnd(s, i, lineEnd);
    if (end < 0) return -1;
    items.push({ start: i, end });
    i = skipSpaces(s, end, lineEnd);
    if (i >= lineEnd) return -1;
    const ch = s.charCodeAt(i);
    if (ch === CLOSE_BRACKET) return i + 1;
    if (ch !== COMMA) return -1;
    i = skipSpaces(s, i + 1, lineEnd);
    if (i >= lineEnd) return -1;
  }
}

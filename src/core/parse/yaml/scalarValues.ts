// The values of one-line scalars as the `yaml` package's core schema gives them (its
// dist/schema/core/*.js and compose/resolve-flow-scalar.js): plain scalars resolve to null, a
// boolean, a number or a string; quoted scalars are always strings. js-yaml's own CORE_SCHEMA
// differs (0b…, `_` digit separators, more `.inf` spellings), so coreSchema.ts resolves with these
// rules too. Timestamps stay strings.

export const NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function isNumber(text: string): boolean {
  return INT.test(text) || FLOAT.test(text) || FLOAT_EXP.test(text) || INT_OCT.test(text) || INT_HEX.test(text) || FLOAT_NAN.test(text);
}

/** The number a plain scalar for which `isNumber` holds stands for (in the schema's tag order). */
export function toNumber(text: string): number {
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return parseFloat(text);
}

export function toBoolean(text: string): boolean {
  return text[0] === 't' || text[0] === 'T';
}

/** A plain scalar's value. Only texts starting with one of `~nNtTfF+-.0-9` (or empty) can be anything but a string. */
export function plainValue(text: string): string | number | boolean | null {
  if (text.length === 0) return null;
  const ch = text.charCodeAt(0);
  if ((ch >= 48 && ch <= 57) || ch === 43 || ch === 45 || ch === 46) return isNumber(text) ? toNumber(text) : text;
  if (ch === 110 || ch === 78 || ch === 126) return NULL.test(text) ? null : text;
  if (ch === 116 || ch === 84 || ch === 102 || ch === 70) return BOOL.test(text) ? toBoolean(text) : text;
  return text;
}

/**
 * What `\x` stands for in a double-quoted scalar, for every escape both YAML parsers read alike. The
 * numeric escapes (\x, \u, \U) are left out on purpose: the scanner refuses them, so the exact path reads them.
 */
export const DOUBLE_QUOTED_ESCAPES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    '\\': '\\',
    '"': '"',
    '/': '/',
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
  }).map(([escape, value]) => [escape.charCodeAt(0), value]),
);

/** The value of `"…"` from `start` (the opening quote) to `end` (after the closing one), on one line, with escapes from DOUBLE_QUOTED_ESCAPES only. */
export function doubleQuotedValue(s: string, start: number, end: number): string {
  const close = end - 1;
  let backslash = s.indexOf('\\', start + 1);
  if (backslash < 0 || backslash >= close) return s.slice(start + 1, close);
  let value = '';
  let from = start + 1;
  while (backslash >= 0 && backslash < close) {
    // doubleQuotedEnd (inlineScalars.ts) lets no other escape through
    value += s.slice(from, backslash) + (DOUBLE_QUOTED_ESCAPES.get(s.charCodeAt(backslash + 1)) as string);
    from = backslash + 2;
    backslash = s.indexOf('\\', from);
  }
  return value + s.slice(from, close);
}

/** The value of `'…'` from `start` (the opening quote) to `end` (after the closing one), on one line. */
export function singleQuotedValue(s: string, start: number, end: number): string {
  const text = s.slice(start + 1, end - 1);
  return text.includes("''") ? text.replace(/''/g, "'") : text;
}

/** The value of the one-line scalar (plain, quoted, or empty) a scanner in inlineScalars.ts found at [start, end). */
export function lineScalarValue(s: string, start: number, end: number): string | number | boolean | null {
  if (start === end) return null;
  const ch = s.charCodeAt(start);
  if (ch === 34) return doubleQuotedValue(s, start, end);
  if (ch === 39) return singleQuotedValue(s, start, end);
  return plainValue(s.slice(start, end));
}

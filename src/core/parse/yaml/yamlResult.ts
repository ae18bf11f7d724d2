/** Offsets (in the file's text) of one top-level frontmatter entry. */
export interface FieldLocation {
  keyStart: number;
  keyEnd: number;
  /** The value's extent; for a key with no value, the end of the key. */
  valueStart: number;
  valueEnd: number;
  /** For sequences: each item's extent. */
  items: Array<{ start: number; end: number }>;
}

export type YamlResult =
  | { ok: true; data: Record<string, unknown>; fields: Map<string, FieldLocation> }
  | { ok: false; message: string; start: number; end: number };

/** Bounds that keep hostile frontmatter from costing time or memory (billion laughs, deep nesting). */
export const MAX_ALIAS_COUNT = 100;
export const MAX_NESTING_DEPTH = 32;

/** Position of the first flow bracket that opens deeper than `limit`, or -1: checked before parsing. */
export function flowNestingExceeds(source: string, limit: number): number {
  if (opensAtMost(source, limit)) return -1;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 91 || ch === 123) {
      if (++depth > limit) return i;
    } else if ((ch === 93 || ch === 125) && depth > 0) depth--;
  }
  return -1;
}

/** True when `source` has at most `limit` opening brackets in all (the usual case, found with a fast indexOf). */
function opensAtMost(source: string, limit: number): boolean {
  let count = 0;
  for (let i = source.indexOf('['); i >= 0; i = source.indexOf('[', i + 1)) if (++count > limit) return false;
  for (let i = source.indexOf('{'); i >= 0; i = source.indexOf('{', i + 1)) if (++count > limit) return false;
  return true;
}

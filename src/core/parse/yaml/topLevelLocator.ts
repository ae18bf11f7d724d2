// Finds where each top-level `key: value` entry of frontmatter sits, line by line, for the shapes
// frontmatter is written in: keys at column 0; one-line plain or quoted scalars; one-line flow
// sequences of scalars; block sequences of one-line scalars; literal/folded block scalars; empty
// values. Anything else (flow mappings, nested mappings, multi-line plain or quoted scalars,
// anchors, aliases, tags, complex keys, directives, document markers…) makes it answer null.
import { blockScalar, blockSequence, lineScalarEnd, LocatedValue } from './blockValues';
import { flowSequenceEnd, restOfLineIsEmpty, skipSpaces } from './inlineScalars';
import { contentEndOf, indentOf, isBlankOrComment, nextLineStart } from './sourceLines';
import type { FieldLocation } from './yamlResult';

export interface LocatedFields {
  /** Ranges as the `yaml` package's node ranges give them, shifted by the caller's offset. */
  fields: Map<string, FieldLocation>;
  /** Keys whose value is a sequence (flow or block). */
  sequences: Set<string>;
}

/** Keys the core schema reads as null or a boolean, and the one a plain object must not take. */
const RESERVED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
const MAX_KEY_LENGTH = 256;

export function locateTopLevelFields(s: string, offset: number): LocatedFields | null {
  const fields = new Map<string, FieldLocation>();
  const sequences = new Set<string>();
  let line = 0;
  while (line < s.length) {
    const lineEnd = contentEndOf(s, line);
    const next = nextLineStart(s, lineEnd);
    if (isBlankOrComment(s, line, lineEnd)) {
      line = next;
      continue;
    }
    const keyEnd = keyEndAt(s, line, lineEnd);
    if (keyEnd < 0) return null;
    const name = s.slice(line, keyEnd);
    if (RESERVED_KEYS.has(name) || fields.has(name)) return null;
    if (keyEnd + 1 < lineEnd && s.charCodeAt(keyEnd + 1) !== 32) return null;
    const valueStart = skipSpaces(s, keyEnd + 1, lineEnd);
    const value = valueAt(s, valueStart, lineEnd, next);
    if (!value) return null;
    if (value.sequence) sequences.add(name);
    fields.set(name, {
      keyStart: offset + line,
      keyEnd: offset + keyEnd,
      valueStart: offset + value.start,
      valueEnd: offset + value.end,
      items: value.items.length === 0 ? value.items : value.items.map((item) => ({ start: offset + item.start, end: offset + item.end })),
    });
    line = value.resume;
  }
  return fields.size > 0 ? { fields, sequences } : null;
}

/** A plain key of word characters, `.` and `-`, directly followed by `:`; the colon's position or -1. */
function keyEndAt(s: string, start: number, lineEnd: number): number {
  const first = s.charCodeAt(start);
  if (!(isLetter(first) || first === 95)) return -1;
  const limit = Math.min(lineEnd, start + MAX_KEY_LENGTH);
  for (let i = start + 1; i < limit; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 58) return i;
    if (!(isLetter(ch) || (ch >= 48 && ch <= 57) || ch === 95 || ch === 45 || ch === 46)) return -1;
  }
  return -1;
}

function isLetter(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

/** The value starting at `start` on a key's line (content ending at `lineEnd`, next line at `next`). */
function valueAt(s: string, start: number, lineEnd: number, next: number): LocatedValue | null {
  const ch = start < lineEnd ? s.charCodeAt(start) : -1;
  if (ch === 91) {
    const items: Array<{ start: number; end: number }> = [];
    const end = flowSequenceEnd(s, start, lineEnd, items);
    if (end < 0 || !restOfLineIsEmpty(s, end, lineEnd)) return null;
    return new LocatedValue(start, end, items, true, next);
  }
  if (ch === 124 || ch === 62) return blockScalar(s, start, lineEnd);
  if (ch === -1 || ch === 35) {
    const below = firstContentLine(s, next);
    if (below < s.length && startsSequenceItem(s, below)) return blockSequence(s, below, indentOf(s, below, contentEndOf(s, below)));
    // an indented line below would be a nested mapping or a continued scalar: the caller refuses it
    return new LocatedValue(start, start, [], false, next);
  }
  const end = lineScalarEnd(s, start, lineEnd);
  return end < 0 ? null : new LocatedValue(start, end, [], false, next);
}

/** The first line from `line` on that is neither blank nor a comment (or the text's end). */
function firstContentLine(s: string, line: number): number {
  while (line < s.length) {
    const lineEnd = contentEndOf(s, line);
    if (!isBlankOrComment(s, line, lineEnd)) return line;
    line = nextLineStart(s, lineEnd);
  }
  return s.length;
}

function startsSequenceItem(s: string, line: number): boolean {
  const lineEnd = contentEndOf(s, line);
  const dash = line + indentOf(s, line, lineEnd);
  return s.charCodeAt(dash) === 45 && (dash + 1 === lineEnd || s.charCodeAt(dash + 1) === 32);
}

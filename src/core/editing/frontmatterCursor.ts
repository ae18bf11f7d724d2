import { frontmatterLines, LIST_ITEM, lineAt, parentKeyOf, TOP_LEVEL_KEY, type FrontmatterLines } from './frontmatterLines';

/**
 * What the cursor is on inside a record's frontmatter, for completion: a key being typed, or the value
 * of a key (a scalar, an item of a flow list `[a, b]`, or an item of a block list under the key).
 * `start`/`end` are the offsets of the token a completion replaces; `prefix` is what is typed of it.
 */
export type FrontmatterCursor = KeyCursor | ValueCursor;

interface CursorBase {
  start: number;
  end: number;
  prefix: string;
  /** Top-level keys present in the frontmatter, with their inline values. */
  values: Map<string, string>;
}

export interface KeyCursor extends CursorBase {
  kind: 'key';
  /** The line already has `:` after the key: insert the name alone. */
  colonFollows: boolean;
}

export interface ValueCursor extends CursorBase {
  kind: 'value';
  key: string;
  /** An item of a list (flow or block), not the whole value. */
  listItem: boolean;
  /** Nothing separates the cursor from the `:` or `-`: an inserted value needs a leading space. */
  needsSpace: boolean;
}

const KEY_CHARS = /^[\w.-]*/;
const VALUE_CHARS = /^[^\s,\]"'#]*/;

/** null when the offset is not on a content line of YAML frontmatter, or on a line nothing completes. */
export function frontmatterCursorAt(text: string, offset: number): FrontmatterCursor | null {
  const lines = frontmatterLines(text);
  if (!lines || offset < lines.contentStart || offset >= lines.contentEnd) return null;
  const line = lineAt(text, offset);
  const before = text.slice(line.start, offset);
  const after = text.slice(offset, line.end);
  if (/^[A-Za-z_][\w.-]*$|^$/.test(before)) {
    const rest = after.slice(KEY_CHARS.exec(after)![0].length);
    return {
      kind: 'key', start: line.start, end: offset + KEY_CHARS.exec(after)![0].length, prefix: before,
      colonFollows: /^[ \t]*:/.test(rest), values: lines.values,
    };
  }
  const keyLine = TOP_LEVEL_KEY.exec(before);
  if (keyLine) return valueCursor(lines, keyLine[1], keyLine[2] === '' && keyLine[3] === '', keyLine[3], offset, after);
  const item = LIST_ITEM.exec(before);
  if (item) {
    const key = parentKeyOf(text, lines, line.start);
    if (!key) return null;
    const { prefix, start } = unquoted(item[3], offset);
    return { kind: 'value', key, listItem: true, needsSpace: item[2] === '' && item[3] === '', prefix, start, end: offset + VALUE_CHARS.exec(after)![0].length, values: lines.values };
  }
  return null;
}

function valueCursor(lines: FrontmatterLines, key: string, needsSpace: boolean, typed: string, offset: number, after: string): ValueCursor | null {
  if (/(^|[ \t])#/.test(typed)) return null; // in a comment
  if (typed.startsWith('[')) {
    const lastSeparator = Math.max(typed.lastIndexOf('['), typed.lastIndexOf(','));
    const { prefix, start } = unquoted(typed.slice(lastSeparator + 1).trimStart(), offset);
    return { kind: 'value', key, listItem: true, needsSpace: false, prefix, start, end: offset + VALUE_CHARS.exec(after)![0].length, values: lines.values };
  }
  const { prefix, start } = unquoted(typed, offset);
  const end = offset + (/^["']/.test(typed) ? /^[^"']*/.exec(after)![0].length : /^\S*/.exec(after)![0].length);
  return { kind: 'value', key, listItem: false, needsSpace, prefix, start, end, values: lines.values };
}

/** Drops an opening quote from the typed text: the completion replaces what is inside the quotes. */
function unquoted(typed: string, offset: number): { prefix: string; start: number } {
  const prefix = /^["']/.test(typed) ? typed.slice(1) : typed;
  return { prefix, start: offset - prefix.length };
}

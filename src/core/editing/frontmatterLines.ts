import { findFrontmatterBlock, isYamlFrontmatter } from '../parse/frontmatterBlock';

/**
 * A line-by-line view of a record's frontmatter for editor assistance. It never needs valid YAML:
 * while a person types, the frontmatter is usually half-written.
 */
export interface FrontmatterLines {
  /** Offset of the first content line and just past the last one (the closing `---` line's start). */
  contentStart: number;
  contentEnd: number;
  /** Top-level keys in order, with their inline scalar text (unquoted, comment removed; '' for block values). */
  values: Map<string, string>;
}

export interface LineSpan {
  start: number;
  end: number;
  text: string;
}

/** `key:` at the start of a line (top level), then the rest. */
export const TOP_LEVEL_KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)([ \t]*)(.*)$/;
/** A block-sequence item, optionally indented. */
export const LIST_ITEM = /^([ \t]*)-(?=[ \t]|$)([ \t]*)(.*)$/;

export function frontmatterLines(text: string): FrontmatterLines | null {
  const block = findFrontmatterBlock(text);
  if (!block || !isYamlFrontmatter(block)) return null;
  const values = new Map<string, string>();
  for (const line of linesBetween(text, block.contentStart, block.contentEnd)) {
    const match = TOP_LEVEL_KEY.exec(line.text);
    if (match && !values.has(match[1])) values.set(match[1], scalarText(match[3]));
  }
  return { contentStart: block.contentStart, contentEnd: block.contentEnd, values };
}

/** The line holding `offset` (its start, its end before the line break, its text). */
export function lineAt(text: string, offset: number): LineSpan {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end, text: text.slice(start, end) };
}

export function linesBetween(text: string, from: number, to: number): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = from;
  while (start < to) {
    const line = lineAt(text, start);
    lines.push(line);
    start = line.end + (text[line.end] === '\r' && text[line.end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}

/**
 * The top-level key whose block value a list-item line belongs to: the nearest line above that is a
 * `key:` with nothing after the colon. Blank lines, comments and other items may sit in between.
 */
export function parentKeyOf(text: string, lines: FrontmatterLines, lineStart: number): string | null {
  const above = linesBetween(text, lines.contentStart, lineStart).reverse();
  for (const line of above) {
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.startsWith('#') || LIST_ITEM.test(line.text)) continue;
    const key = TOP_LEVEL_KEY.exec(line.text);
    if (key && scalarText(key[3]) === '') return key[1];
    return null;
  }
  return null;
}

/** A scalar as written after `key:`: comment removed, trimmed, outer quotes removed. */
export function scalarText(raw: string): string {
  const withoutComment = raw.replace(/(^|[ \t])#.*$/, '');
  const trimmed = withoutComment.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2] : trimmed;
}

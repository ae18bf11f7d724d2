// The multi-line values of a top-level key the fast path locates: a block sequence of one-line
// scalars, and a literal/folded block scalar. Each returns null when unsure.
import { blockPlainEnd, canStartPlain, doubleQuotedEnd, restOfLineIsEmpty, singleQuotedEnd, skipSpaces } from './inlineScalars';
import { contentEndOf, indentOf, isBlankOrComment, nextLineStart } from './sourceLines';

/** Where a value sits. A class, so every value has one shape (object spreads here cost more than the scan). */
export class LocatedValue {
  constructor(
    readonly start: number,
    /** As the `yaml` package's node range ends (for block values: after the last line's break). */
    readonly end: number,
    readonly items: Array<{ start: number; end: number }>,
    readonly sequence: boolean,
    /** Where the line after the value starts. */
    readonly resume: number,
  ) {}
}

/** The end of the one scalar (quoted, plain, or empty) on the rest of a line, or -1. */
export function lineScalarEnd(s: string, start: number, lineEnd: number): number {
  if (start === lineEnd || s.charCodeAt(start) === 35) return start;
  const ch = s.charCodeAt(start);
  let end: number;
  if (ch === 34) end = doubleQuotedEnd(s, start, lineEnd);
  else if (ch === 39) end = singleQuotedEnd(s, start, lineEnd);
  else if (canStartPlain(s, start, lineEnd, false)) end = blockPlainEnd(s, start, lineEnd);
  else return -1;
  return end >= 0 && restOfLineIsEmpty(s, end, lineEnd) ? end : -1;
}

/**
 * `- item` lines at `indent`, the first at `lineStart`, each item a one-line scalar, with blank
 * and comment lines between them. Ends before the next line at indentation 0 that is not an item.
 */
export function blockSequence(s: string, lineStart: number, indent: number): LocatedValue | null {
  const items: Array<{ start: number; end: number }> = [];
  let end = lineStart;
  let resume = lineStart;
  let extending = false;
  let lastItemEmpty = false;
  let line = lineStart;
  while (line < s.length) {
    const lineEnd = contentEndOf(s, line);
    const lineIndent = indentOf(s, line, lineEnd);
    if (isBlankOrComment(s, line, lineEnd)) {
      if (line + lineIndent < lineEnd) {
        // comments indented deeper than the items, right after the last one, belong to the sequence
        if (lineIndent <= indent) extending = false;
        else if (extending) end = resume = nextLineStart(s, lineEnd);
      }
    } else {
      const dash = line + lineIndent;
      if (lineIndent === indent && s.charCodeAt(dash) === 45 && (dash + 1 === lineEnd || s.charCodeAt(dash + 1) === 32)) {
        const itemStart = skipSpaces(s, dash + 1, lineEnd);
        const itemEnd = lineScalarEnd(s, itemStart, lineEnd);
        if (itemEnd < 0) return null;
        items.push({ start: itemStart, end: itemEnd });
        extending = true;
        lastItemEmpty = itemStart === itemEnd;
        end = resume = nextLineStart(s, lineEnd);
      } else if (lineIndent === 0) {
        break;
      } else {
        return null;
      }
    }
    line = nextLineStart(s, lineEnd);
  }
  // where the `yaml` package ends a sequence whose last item is empty depends on the comments and
  // blank lines around it: unsure
  if (lastItemEmpty) return null;
  return new LocatedValue(lineStart + indent, end, items, true, resume);
}

/**
 * `|`, `>`, `|-` or `>-` at `start` (the header's line ends at `headerEnd`) and the indented lines
 * below it. Keep chomping, explicit indentation and whitespace-only lines deeper than the content
 * are left to the `yaml` package.
 */
export function blockScalar(s: string, start: number, headerEnd: number): LocatedValue | null {
  let i = start + 1;
  if (i < headerEnd && s.charCodeAt(i) === 45) i++;
  if (!restOfLineIsEmpty(s, i, headerEnd)) return null;
  let end = nextLineStart(s, headerEnd);
  let line = end;
  let contentIndent = -1;
  let leadingBlank = -1;
  while (line < s.length) {
    const lineEnd = contentEndOf(s, line);
    const indent = indentOf(s, line, lineEnd);
    if (line + indent === lineEnd) {
      if (contentIndent < 0) leadingBlank = Math.max(leadingBlank, indent);
      else if (indent > contentIndent) return null;
    } else if (indent === 0) {
      break;
    } else if (indent < contentIndent) {
      // less indented than the content: only a comment may end the scalar here
      if (s.charCodeAt(line + indent) !== 35) return null;
      break;
    } else {
      if (contentIndent < 0) contentIndent = indent;
      end = nextLineStart(s, lineEnd);
    }
    line = nextLineStart(s, lineEnd);
  }
  // blank lines under an empty block scalar, or more indented than its content: unsure
  if (leadingBlank >= 0 && (contentIndent < 0 || leadingBlank > contentIndent)) return null;
  return new LocatedValue(start, end, [], false, end);
}

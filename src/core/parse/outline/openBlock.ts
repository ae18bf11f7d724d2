/** The blocks the block pass keeps open between lines. Headings and thematic breaks close at once. */
export const enum BlockKind {
  Document,
  BlockQuote,
  List,
  ListItem,
  FootnoteDefinition,
  Paragraph,
  FencedCode,
  IndentedCode,
  HtmlBlock,
  Table,
}

export function isContainer(kind: BlockKind): boolean {
  return kind <= BlockKind.FootnoteDefinition;
}

const noLines: number[] = [];

/** One shape for every kind (fields unused by a kind keep their defaults) so property access stays monomorphic. */
export class OpenBlock {
  /** Offset where the block starts (first character after container markers and indentation). */
  start = 0;
  /** End of the last line added to the block, line ending excluded. */
  end = 0;
  /** A child block was ever added (an empty list item ends at its first blank line). */
  hasChild = false;
  /** Inside a block quote: paragraph lines are separated by `>` markers and must be copied to be scanned. */
  inBlockQuote = false;

  // Lists and list items.
  ordered = false;
  /** Bullet character, or the delimiter (`.` / `)`) of an ordered list. */
  marker = 0;
  /** Columns from the container's content start to the list marker, and from the marker to the item's content. */
  markerOffset = 0;
  padding = 0;

  // Fenced code.
  fenceChar = 0;
  fenceLength = 0;

  // HTML blocks.
  htmlKind = 0;

  // Paragraphs: per line (the first `lineCount` entries), where its content starts, where the line
  // ends, and its indentation. Only one paragraph is open at a time (it is a leaf), so the block
  // pass lends each new one the same arrays, which never shrink: no allocation per paragraph.
  lineCount = 0;
  lineStarts = noLines;
  lineEnds = noLines;
  lineIndents = noLines;
  /** Start of the first line itself (indentation included), for heading offsets. */
  firstLineStart = 0;
  /** The first paragraph of a list item (where `[ ]` is a task checkbox). */
  firstInListItem = false;
  /** Index of the first line not consumed by link reference definitions, once they were parsed. */
  contentLine = 0;

  // Indented code: end of the last non-blank line (trailing blank lines are not part of it).
  lastNonBlankEnd = 0;

  constructor(readonly kind: BlockKind) {}
}

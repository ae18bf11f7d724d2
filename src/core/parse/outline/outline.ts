/**
 * A fast, allocation-light view of a Markdown body: just the block and inline structure that the
 * checks need. All offsets are UTF-16 offsets into the text that was scanned (half-open [start, end)).
 * The scanner agrees with remark (CommonMark + GFM) on these facts; see test/unit/outline*.test.ts.
 */
export interface OutlineHeading {
  /** 1–6. */
  level: number;
  /** The heading's inline text, trimmed, closing ATX sequence removed, setext lines joined with '\n'. */
  text: string;
  /** Offset of the first character of the heading's first line (including indentation and `#`s). */
  start: number;
  /** Offset just past the heading's last line (the underline for setext), excluding the line break. */
  end: number;
  /** Offset of the first character of the heading text, and just past its last one. */
  textStart: number;
  textEnd: number;
}

export type OutlineLinkKind = 'link' | 'image' | 'autolink' | 'literal' | 'reference';

export interface OutlineLink {
  kind: OutlineLinkKind;
  /** The destination as written (angle brackets removed, backslash escapes resolved); for references, the definition's. */
  destination: string;
  /** Offsets of the whole construct (`[text](dest)`, `![alt](dest)`, `<https://x>`, `[text][ref]`). */
  start: number;
  end: number;
}

export interface OutlineBlock {
  start: number;
  end: number;
}

export interface Outline {
  /** Headings at document level only: not inside block quotes, list items, code, HTML blocks. */
  headings: OutlineHeading[];
  /** Links, images, autolinks, GFM literal autolinks and reference links with a matching definition, outside code and HTML. */
  links: OutlineLink[];
  /** Fenced and indented code blocks, at any depth. */
  codeBlocks: OutlineBlock[];
  /** HTML comments (`<!-- … -->`), block or inline, and other HTML blocks: text that renders as nothing. */
  comments: OutlineBlock[];
}

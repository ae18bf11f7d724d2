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

/**
 * `link` `[text](dest)`, `image` `![alt](dest)`, `autolink` `<https://x>` / `<who@x.com>`, `literal` a
 * GFM literal autolink (`https://x`, `www.x.com`, `who@x.com`), `reference` a link or image
 * reference (`[text][label]`, `[label][]`, `[label]`, `![alt][label]`) resolved by a definition.
 */
export type OutlineLinkKind = 'link' | 'image' | 'autolink' | 'literal' | 'reference';

export interface OutlineLink {
  kind: OutlineLinkKind;
  /**
   * The destination as written (angle brackets removed, backslash escapes resolved); for references, the definition's.
   * Autolinks and literals keep what is written, without the `mailto:` or `http://` a renderer adds.
   * Character references are decoded when numeric or one of &amp; &lt; &gt; &quot; &apos; &nbsp;.
   */
  destination: string;
  /** Offsets of the whole construct (`[text](dest)`, `![alt](dest)`, `<https://x>`, `[text][ref]`). */
  start: number;
  end: number;
}

export interface OutlineBlock {
  /** Offset of the block's first character: the first fence character, the start of an indented
   *  code block's indentation, the `<` of an HTML block or comment. */
  start: number;
  /** Offset just past the block's last line (closing fence included; for indented code, the last
   *  non-blank line), excluding the line break; for an inline comment, just past `-->`. */
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

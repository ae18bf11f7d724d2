/**
 * Hand-written Markdown cases for the outline scanner, each with what the scanner must report.
 * Lines are 0-based. The differential test also checks every case against remark.
 */
import type { OutlineLinkKind } from '../../src/core/parse/outline/outline';

export interface OutlineFixture {
  name: string;
  markdown: string;
  /** [level, text, line of the heading's first line] for each document-level heading. */
  headings: [number, string, number][];
  /** [kind, destination] for each link, in document order. */
  links?: [OutlineLinkKind, string][];
  /** [first line, last line] of each code block. */
  codeBlocks?: [number, number][];
  /** [first line, last line] of each comment or HTML block. */
  comments?: [number, number][];
}

export const outlineFixtures: OutlineFixture[] = [
  // ATX headings
  {
    name: 'ATX headings, closing sequences, indentation up to 3 spaces',
    markdown: '# One\n## Two ##\n   ### Three ###   \n#### Four #not-closing\n##### Five \\#\n###### Six\n####### Seven\n#Eight\n',
    headings: [[1, 'One', 0], [2, 'Two', 1], [3, 'Three', 2], [4, 'Four #not-closing', 3], [5, 'Five \\#', 4], [6, 'Six', 5]],
  },
  {
    name: 'empty ATX headings and a tab after the marker',
    markdown: '#\n## ##\n#\tTabbed\n',
    headings: [[1, '', 0], [2, '', 1], [1, 'Tabbed', 2]],
  },
  {
    name: 'four spaces of indentation make code, not a heading',
    markdown: '    # Not a heading\n\n# Heading\n',
    headings: [[1, 'Heading', 2]],
    codeBlocks: [[0, 0]],
  },
  {
    name: 'an ATX heading interrupts a paragraph',
    markdown: 'Some text\n## Right after\nmore\n',
    headings: [[2, 'Right after', 1]],
  },

  // Setext headings and thematic breaks
  {
    name: 'setext headings, multi-line text joined with newlines and trimmed',
    markdown: 'Title\n=====\n\n  Two  \n lines \n---\n',
    headings: [[1, 'Title', 0], [2, 'Two\nlines', 3]],
  },
  {
    name: '--- after a blank line is a thematic break; after a paragraph it underlines it',
    markdown: 'Para\n\n---\n\nHeading\n---\n',
    headings: [[2, 'Heading', 4]],
  },
  {
    name: 'an underline under definitions only is not a heading',
    markdown: '[a]: /url\n===\n\n[b]: /other\n---\n',
    headings: [],
  },
  {
    name: 'definitions before a setext heading are not part of it',
    markdown: '[a]: /url\nReal title\n==========\n',
    headings: [[1, 'Real title', 1]],
  },
  {
    name: 'a setext underline cannot be a lazy continuation line',
    markdown: '> quoted\n---\n',
    headings: [],
  },

  // Containers
  {
    name: 'headings in block quotes and list items are not document-level',
    markdown: '> # Quoted\n\n- # In a list\n- item\n\n  ## Still in the item\n\n1. x\n   y\n   ---\n',
    headings: [],
  },
  {
    name: 'a --- under a list item paragraph belongs to the item',
    markdown: '- item\n  ---\n\nAfter\n---\n',
    headings: [[2, 'After', 3]],
  },
  {
    name: 'a line at lower indentation ends the list item unless it is lazy paragraph text',
    markdown: '- one\ncontinued lazily\n# Out of the list\n- two\n\n  nested para\n## Also out\n',
    headings: [[1, 'Out of the list', 2], [2, 'Also out', 6]],
  },
  {
    name: 'nested lists, then a heading at document level',
    markdown: '- a\n  - b\n    - c\n      # deep\n# top\n',
    headings: [[1, 'top', 4]],
  },
  {
    name: 'ordered lists only interrupt a paragraph when they start at 1',
    markdown: 'Text\n2. not a list\n# After\n',
    headings: [[1, 'After', 2]],
  },
  {
    name: 'block quote ends at a line without > that is not lazy text',
    markdown: '> quote\n> more\n\n# Heading\n> quote\n# Heading 2\n',
    headings: [[1, 'Heading', 3], [1, 'Heading 2', 5]],
  },

  // Code blocks
  {
    name: 'fenced code hides headings and links; closing fence must be at least as long',
    markdown: '````md\n# not heading\n```\n[x](y)\n````\n# Real\n~~~\n## nope\n~~~\n',
    headings: [[1, 'Real', 5]],
    links: [],
    codeBlocks: [[0, 4], [6, 8]],
  },
  {
    name: 'an unclosed fence runs to the end of the document',
    markdown: '# Before\n```\n# inside\n\ntext\n',
    headings: [[1, 'Before', 0]],
    codeBlocks: [[1, 4]],
  },
  {
    name: 'an unclosed fence in a list item ends with the item',
    markdown: '- ```\n  # inside\n# outside\n',
    headings: [[1, 'outside', 2]],
    codeBlocks: [[0, 1]],
  },
  {
    name: 'a backtick fence cannot have backticks in its info string',
    markdown: '``` a`b\n# heading\n',
    headings: [[1, 'heading', 1]],
    codeBlocks: [],
  },
  {
    name: 'indented code excludes trailing blank lines and cannot interrupt a paragraph',
    markdown: '    code\n\n    more\n\n\ntext\n    not code\n',
    headings: [],
    codeBlocks: [[0, 2]],
  },

  // HTML blocks and comments
  {
    name: 'a multi-line HTML comment hides a heading',
    markdown: '<!--\n# hidden\n-->\n# visible <!-- inline --> text\n',
    headings: [[1, 'visible <!-- inline --> text', 3]],
    comments: [[0, 2], [3, 3]],
  },
  {
    name: 'HTML blocks of kind 6 end at a blank line, kind 1 at its end tag',
    markdown: '<div>\n# hidden\n\n# shown\n<pre>\n\n# hidden too\n</pre>\n# shown too\n',
    headings: [[1, 'shown', 3], [1, 'shown too', 8]],
    comments: [[0, 1], [4, 7]],
  },
  {
    name: 'a lone tag (kind 7) cannot interrupt a paragraph',
    markdown: 'text\n<span>\n# heading\n',
    headings: [[1, 'heading', 2]],
    comments: [],
  },
  {
    name: 'processing instructions, declarations and CDATA blocks',
    markdown: '<?php\n# no\n?>\n<!DOCTYPE html\n# no>\n<![CDATA[\n# no\n]]>\n# yes\n',
    headings: [[1, 'yes', 8]],
    comments: [[0, 2], [3, 4], [5, 7]],
  },
  {
    name: 'like micromark, a CDATA block is not ended by an odd run of ] before >',
    markdown: '<![CDATA[\nx]]]>\n# inside\n]]>\n# after\n',
    headings: [[1, 'after', 4]],
    comments: [[0, 3]],
  },

  // Tables
  {
    name: 'a table ends at a heading; rows are not headings',
    markdown: '| a | b |\n|---|---|\n| # x | [l](u) |\n# After table\n',
    headings: [[1, 'After table', 3]],
    links: [['link', 'u']],
  },
  {
    name: 'a pipe row over --- is a setext heading, not a table',
    markdown: 'a | b\n---\n',
    headings: [[2, 'a | b', 0]],
  },
  {
    name: 'a table interrupts a paragraph; an escaped pipe does not split cells',
    markdown: 'intro\n| x \\| y | z |\n| - | - |\n| [a](b) | c |\n',
    headings: [],
    links: [['link', 'b']],
  },

  // Long tables at the document level take their rows in runs (tableRowRuns.ts): where a run ends,
  // which rows get inline runs, and tables in containers, which take the line-by-line path.
  {
    name: 'table rows run up to a blank line; a pipe line after it is a paragraph',
    markdown: '| a | b |\n|---|---|\n| 1 | 2 |\n| [x](y) | `c` |\n\n# After\n| [l](u) |\n',
    headings: [[1, 'After', 5]],
    links: [['link', 'y'], ['link', 'u']],
  },
  {
    name: 'table rows run up to a list item or a block quote',
    markdown: '| a | b |\n|---|---|\n| 1 | 2 |\n- [x](y)\n| [l](u) |\n\n| a | b |\n|---|---|\n| 1 | 2 |\n> [q](r)\n| [m](v) |\n',
    headings: [],
    links: [['link', 'y'], ['link', 'u'], ['link', 'r'], ['link', 'v']],
  },
  {
    name: 'a row may be indented by 3 spaces; 4 spaces or a tab make code and end the table',
    markdown: '| a | b |\n|---|---|\n   | [x](y) | 3 spaces |\n    | [z](w) | 4 spaces |\n\t| [t](v) |\n| [l](u) |\n',
    headings: [],
    links: [['link', 'y'], ['link', 'u']],
    codeBlocks: [[3, 4]],
  },
  {
    name: 'table rows holding every kind of inline candidate, between rows holding none',
    markdown:
      '| a | b |\n|---|---|\n| plain | row |\n| <https://a.example> | `[no](link)` |\n| \\[not](x) | ![i](j.png) |\n| @dana | plain |\n' +
      '| u@v.example | @dana |\n| plain | row |\n| www.w.example | HTTPS://H.EXAMPLE/p |\n| <!-- c --> | <b>x</b> |\n| x@ | .@y |\n| plain | row |\n',
    headings: [],
    links: [['autolink', 'https://a.example'], ['image', 'j.png'], ['literal', 'u@v.example'], ['literal', 'www.w.example'], ['literal', 'HTTPS://H.EXAMPLE/p']],
    comments: [[9, 9]],
  },
  {
    name: 'table rows in a block quote or a list item; a pipe line outside is a paragraph',
    markdown: '> | a | b |\n> |---|---|\n> | [x](y) |\n| [z](w) |\n> # q\n\n- | a | b |\n  |---|---|\n  | [s](t) |\n| [o](p) |\n  | [n](m) |\n',
    headings: [],
    links: [['link', 'y'], ['link', 'w'], ['link', 't'], ['link', 'p'], ['link', 'm']],
  },
  {
    name: 'table rows with CRLF and with lone CR line endings',
    markdown: '| a | b |\r\n|---|---|\r\n| [x](y) | 1 |\r\n| 2 | 3 |\r\n\r\n# After\r\n| a |\r|---|\r| [v](w) |\r| 2 |\r# Last\r',
    headings: [[1, 'After', 5], [1, 'Last', 10]],
    links: [['link', 'y'], ['link', 'w']],
  },
  {
    name: 'rows without a leading pipe between rows with one; the last row without a line ending',
    markdown: '| a | b |\n|---|---|\nc | [d](e)\n| [f](g) |\nh | i\n| [j](k) |\n\n| a |\n|---|\n| 1 |\n| [x](y) |',
    headings: [],
    links: [['link', 'e'], ['link', 'g'], ['link', 'k'], ['link', 'y']],
  },
  {
    name: 'table rows end at a heading and at a code fence; references in rows resolve',
    markdown: '| a |\n|---|\n| [x](y) |\n## Next\n| [r] |\n\n| a |\n|---|\n| [s][] |\n```\n| [no](link) |\n```\n\n[r]: /r\n[s]: /s\n',
    headings: [[2, 'Next', 3]],
    links: [['link', 'y'], ['reference', '/r'], ['reference', '/s']],
    codeBlocks: [[9, 11]],
  },

  // Line endings, tabs, BOM
  {
    name: 'CRLF line endings',
    markdown: '# One\r\nText\r\n===\r\n```\r\n# code\r\n```\r\n[a](b)\r\n',
    headings: [[1, 'One', 0], [1, 'Text', 1]],
    links: [['link', 'b']],
    codeBlocks: [[3, 5]],
  },
  {
    name: 'lone CR line endings',
    markdown: '# One\rTwo\r---\r',
    headings: [[1, 'One', 0], [2, 'Two', 1]],
  },
  {
    name: 'a byte order mark does not hide the first heading',
    markdown: '\uFEFF# Title\n',
    headings: [[1, 'Title', 0]],
  },
  {
    name: 'tabs as list indentation and as code indentation',
    markdown: '-\ta\n\n\t# code, not heading\n\n\t- not a list\n# heading\n',
    headings: [[1, 'heading', 5]],
  },

  // Links
  {
    name: 'inline links and images, titles, angle brackets, escapes',
    markdown: 'See [a](http://x.com/a "T"), [b](<c d>), ![i](img.png), [e](f\\_g) and [empty]().\n',
    headings: [],
    links: [['link', 'http://x.com/a'], ['link', 'c d'], ['image', 'img.png'], ['link', 'f_g'], ['link', '']],
  },
  {
    name: 'autolinks and GFM literal autolinks',
    markdown: 'Go <https://a.example/x> or <ops@example.com>, https://b.example/y. and www.c.example, ping d@example.com.\n',
    headings: [],
    links: [['autolink', 'https://a.example/x'], ['autolink', 'ops@example.com'], ['literal', 'https://b.example/y'], ['literal', 'www.c.example'], ['literal', 'd@example.com']],
  },
  {
    name: 'reference links resolve through definitions anywhere, labels fold case and whitespace',
    markdown: '[Full][The  Ref], [the ref][], [THE REF] and ![pic][the ref].\n\n> [the ref]: https://ref.example "t"\n',
    headings: [],
    links: [['reference', 'https://ref.example'], ['reference', 'https://ref.example'], ['reference', 'https://ref.example'], ['reference', 'https://ref.example']],
  },
  {
    name: 'references without a definition are not links; definitions are not links',
    markdown: '[nope], [nope][], [text][nope]\n\n[yes]: /y\n',
    headings: [],
    links: [],
  },
  {
    name: 'no links in code spans, code blocks, HTML blocks or comments',
    markdown: '`[a](b)` ``https://x.com`` <!-- [c](d) -->\n\n    [e](f)\n\n<div>\n[g](h)\n</div>\n',
    headings: [],
    links: [],
    comments: [[0, 0], [4, 6]],
  },
  {
    name: 'links count in lists, block quotes and headings',
    markdown: '# Head [h](1)\n- item [l](2)\n> quote [q](3)\n',
    headings: [[1, 'Head [h](1)', 0]],
    links: [['link', '1'], ['link', '2'], ['link', '3']],
  },
  {
    name: 'code spans bind tighter than links; links cannot contain links',
    markdown: '[not `a](b)` link] [outer [inner](i) text](o)\n',
    headings: [],
    links: [['link', 'i']],
  },
  {
    name: 'a link inside an image description is only alt text',
    markdown: '![see [inner](i)](pic.png)\n',
    headings: [],
    links: [['image', 'pic.png']],
  },
  {
    name: 'task list checkboxes and footnote calls are not links',
    markdown: '- [x] done\n- [ ] todo\n\nNote[^1].\n\n[x]: /x\n[^1]: The note.\n',
    headings: [],
    links: [],
  },
  {
    name: 'a literal URL inside link text belongs to the link',
    markdown: '[see https://x.example](https://y.example)\n',
    headings: [],
    links: [['link', 'https://y.example']],
  },
  // Literal autolinks where the inline pass must not skip ahead: right after inline nodes, in any
  // case, at word starts only, in table cells.
  {
    name: 'literal autolinks right after a code span, raw HTML and a link',
    markdown: 'Right after code `x`www.a.example and after HTML <b>https://b.example/p</b>, after a link [l](u)http://c.example.\n',
    headings: [],
    links: [['literal', 'www.a.example'], ['literal', 'https://b.example/p'], ['link', 'u'], ['literal', 'http://c.example']],
  },
  {
    name: 'literal URLs in any case, and words that only look like their start',
    markdown: 'Any case: HTTPS://D.EXAMPLE/Q, Http://e.example and WwW.F.Example; not links: http:g.example, httpx://h.example, wwwx.i.example, ww.j.example.\n',
    headings: [],
    links: [['literal', 'HTTPS://D.EXAMPLE/Q'], ['literal', 'Http://e.example'], ['literal', 'WwW.F.Example']],
  },
  {
    name: 'email literals: whole runs of email characters, after punctuation and after code',
    markdown: 'Emails: a.b-c+d@k.example, (l@m.example), word_n@o.example; not at word start: x/p@q.example; after code `c`r@s.example.\n',
    headings: [],
    links: [['literal', 'a.b-c+d@k.example'], ['literal', 'l@m.example'], ['literal', 'word_n@o.example'], ['literal', 'p@q.example'], ['literal', 'r@s.example']],
  },
  {
    name: 'literal autolinks in table cells, next to cells holding nothing',
    markdown: '| www.t.example | u@v.example | `c`http://w.example |\n|---|---|---|\n| ![i](x.png) | plain text | a\\|b https://y.example |\n',
    headings: [],
    links: [['literal', 'www.t.example'], ['literal', 'u@v.example'], ['literal', 'http://w.example'], ['image', 'x.png'], ['literal', 'https://y.example']],
  },
  {
    name: 'a letter before a scheme rules the literal out, a digit or an underscore does not',
    markdown: 'Letters before a scheme: xhttps://z.example and 1https://a1.example, _www.b1.example.\n',
    headings: [],
    links: [['literal', 'https://a1.example'], ['literal', 'www.b1.example']],
  },
];

/**
 * Differential test: the outline scanner against remark-parse 11 + remark-gfm 4, on every example of
 * the CommonMark 0.31 spec, on our fixtures and on random Markdown-ish documents.
 *
 * What is compared
 * - Headings at document level: presence, order, depth and line must agree exactly. The line is that
 *   of the heading's first content: for a setext heading whose paragraph opened with link reference
 *   definitions, remark's position starts at those definitions (spec example 215: `[foo]: /url` /
 *   `bar` / `===`), while the scanner points at `bar`, where the heading really is.
 *   The text must agree too where remark's heading holds plain text only and the source has no
 *   backslash escape or character reference (remark reports rendered text, we report source text),
 *   line endings inside setext headings read as `\n`.
 * - Links: links, images, autolinks and resolved references (definitions excluded) must agree as a
 *   multiset of (start offset, URL); GFM literal autolinks as a multiset of URLs. remark prefixes
 *   `http://` / `mailto:` where the scanner reports the destination as written, so a literal matches
 *   if any of those readings does.
 *   On random input, literal autolinks are compared only when the input has no emphasis or
 *   strikethrough markers and no backslash: remark finds some literals with a regular expression over
 *   text nodes, whose boundaries emphasis moves and in which escapes are already resolved; the scanner
 *   parses neither emphasis nor that second view of the text.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanOutline } from '../../src/core/parse/outline/scanOutline';
import { lineAt } from './outlineAssertions';
import { outlineFixtures } from './outlineFixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const commonmarkSpec: { tests: { markdown: string; number: number; section: string }[] } = require('commonmark-spec');

/** Spec examples where links legitimately differ, with the reason. Headings have none. */
const KNOWN_LINK_DIFFERENCES = new Map<number, string>([
  [32, 'named character references beyond &amp; &lt; &gt; &quot; &apos; &nbsp; are not decoded in destinations (no 2,000-entry table)'],
  [33, 'same as 32, in a definition'],
  [503, 'same as 32 (&auml;)'],
  [606, 'remark finds an email literal in the text node where `\\+` is already unescaped; the scanner reads the source'],
]);

interface HeadingFact {
  depth: number;
  line: number;
  text: string;
  /** The heading holds only text nodes (no emphasis, code, links, breaks). */
  plain: boolean;
}

interface Facts {
  headings: HeadingFact[];
  /** `start:url` of links, images, autolinks and references. */
  links: string[];
  /** URLs of GFM literal autolinks, with the alternative readings of ours. */
  literals: string[][];
}

interface MdastNode {
  type: string;
  children?: MdastNode[];
  value?: string;
  url?: string;
  identifier?: string;
  depth?: number;
  position?: { start: { line: number; offset: number } };
}

/** remark-parse + remark-gfm; loaded in `before` (they are ES modules, this file is CommonJS). */
let parseMarkdown: (markdown: string) => MdastNode;

async function loadRemark(): Promise<void> {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
  ]);
  const processor = unified().use(remarkParse).use(remarkGfm);
  parseMarkdown = (markdown) => processor.parse(markdown) as unknown as MdastNode;
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function plainText(node: MdastNode): string {
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(plainText).join('');
}

function remarkFacts(markdown: string): Facts {
  const tree = parseMarkdown(markdown);
  const headings = (tree.children ?? [])
    .filter((n) => n.type === 'heading')
    .map((n) => ({
      depth: n.depth as number,
      line: ((n.children?.[0]?.position ?? n.position) as { start: { line: number } }).start.line - 1,
      text: plainText(n),
      plain: (n.children ?? []).every((c) => c.type === 'text'),
    }));
  const definitions = new Map<string, string>();
  walk(tree, (n) => {
    if (n.type === 'definition' && !definitions.has(n.identifier as string)) definitions.set(n.identifier as string, n.url as string);
  });
  const links: string[] = [];
  const literals: string[][] = [];
  walk(tree, (n) => {
    const start = n.position?.start.offset;
    if (n.type === 'linkReference' || n.type === 'imageReference') {
      links.push(`${start}:${definitions.get(n.identifier as string)}`);
    } else if (n.type === 'image') {
      links.push(`${start}:${n.url}`);
    } else if (n.type === 'link') {
      const literal = start === undefined || (markdown[start] !== '[' && markdown[start] !== '<');
      if (literal) literals.push([n.url as string]);
      else links.push(`${start}:${n.url}`);
    }
  });
  return { headings, links, literals };
}

function scannerFacts(markdown: string): Facts {
  const outline = scanOutline(markdown);
  const headings = outline.headings.map((h) => ({ depth: h.level, line: lineAt(markdown, h.start), text: h.text, plain: true }));
  const links: string[] = [];
  const literals: string[][] = [];
  for (const link of outline.links) {
    if (link.kind === 'literal') {
      literals.push([link.destination, 'http://' + link.destination, 'mailto:' + link.destination]);
    } else {
      const isEmail = link.kind === 'autolink' && !/^[a-z][a-z0-9+.-]{1,31}:/i.test(link.destination);
      links.push(`${link.start}:${isEmail ? 'mailto:' : ''}${link.destination}`);
    }
  }
  return { headings, links, literals };
}

/** Pairs each literal of ours with one of remark's; returns what is left on either side. */
function unmatchedLiterals(remark: string[][], ours: string[][]): { remarkOnly: string[]; oursOnly: string[] } {
  const left = remark.map((r) => r[0]);
  const oursOnly: string[] = [];
  for (const readings of ours) {
    const index = left.findIndex((url) => readings.includes(url));
    if (index >= 0) left.splice(index, 1);
    else oursOnly.push(readings[0]);
  }
  return { remarkOnly: left, oursOnly };
}

const sorted = (items: string[]) => [...items].sort();

function assertHeadingsAgree(markdown: string, remark: Facts, ours: Facts, label: string): void {
  const key = (h: HeadingFact) => `h${h.depth}@${h.line}`;
  assert.deepEqual(ours.headings.map(key), remark.headings.map(key), `${label}: headings\n${JSON.stringify(markdown)}`);
  remark.headings.forEach((h, i) => {
    const ourText = ours.headings[i].text;
    const theirText = h.text.replace(/\r\n?/g, '\n'); // remark keeps a setext heading's CRLF; we join lines with \n
    if (h.plain && !/[\\&]/.test(ourText)) assert.equal(ourText, theirText, `${label}: heading text\n${JSON.stringify(markdown)}`);
  });
}

function assertLinksAgree(markdown: string, remark: Facts, ours: Facts, label: string, compareLiterals: boolean): void {
  assert.deepEqual(sorted(ours.links), sorted(remark.links), `${label}: links\n${JSON.stringify(markdown)}`);
  if (!compareLiterals) return;
  const unmatched = unmatchedLiterals(remark.literals, ours.literals);
  assert.deepEqual(unmatched, { remarkOnly: [], oursOnly: [] }, `${label}: literal autolinks\n${JSON.stringify(markdown)}`);
}

describe('scanOutline agrees with remark + GFM', () => {
  before(loadRemark);

  describe('on every CommonMark spec example', () => {
    it(`headings: all ${commonmarkSpec.tests.length} examples`, () => {
      for (const example of commonmarkSpec.tests) {
        const label = `example ${example.number} (${example.section})`;
        assertHeadingsAgree(example.markdown, remarkFacts(example.markdown), scannerFacts(example.markdown), label);
      }
    });

    it('links: all examples but the documented known differences', () => {
      const differing: number[] = [];
      for (const example of commonmarkSpec.tests) {
        try {
          assertLinksAgree(example.markdown, remarkFacts(example.markdown), scannerFacts(example.markdown), `example ${example.number}`, true);
        } catch (error) {
          if (!KNOWN_LINK_DIFFERENCES.has(example.number)) throw error;
          differing.push(example.number);
        }
      }
      // A known difference that disappeared should leave the list, to keep it honest.
      assert.deepEqual(differing, [...KNOWN_LINK_DIFFERENCES.keys()]);
    });
  });

  describe('on the fixtures', () => {
    for (const fixture of outlineFixtures) {
      it(fixture.name, () => {
        const remark = remarkFacts(fixture.markdown);
        const ours = scannerFacts(fixture.markdown);
        assertHeadingsAgree(fixture.markdown, remark, ours, fixture.name);
        assertLinksAgree(fixture.markdown, remark, ours, fixture.name, true);
      });
    }
  });

  describe('on random Markdown-ish documents (property)', () => {
    const structural = [
      '#', '##', '###### ', '####### ', '# ', ' # ', '#\t', '---', '- - -', '===', '***', '___', '>', '> ', '> > ',
      '- ', '* ', '+ ', '-', '1. ', '1) ', '2. ', '10. ', ' - ', '  - ', '   - ', '\t- ', '\t', ' ', '  ', '    ',
      '\n', '\n', '\n', '\n\n', '\r\n', '\r', '```', '````', '~~~', '``` js', '<!--', '-->', '<div>', '</div>',
      '<pre>', '</pre>', '<x>', '<?', '?>', '<!X', '<![CDATA[', ']]>', 'text', 'a', 'b c', '[a](b)', '[x]: y',
      '[x]:', ' y', '[x]', '[x][]', '![i](j)', '|a|b|', '|-|-|', 'a|b', '-|-', ':-', '|', '[^1]: n', '[^1]',
      '`', '``', '[', ']', '(', ')', '"t"', ':', '\\', '\\#', '_', '*',
    ];
    const linky = [
      ' ', '\n', '\n\n', '- ', '> ', '# ', '|a|b|\n|-|-|\n|', 'text ', 'https://e.com/p', 'www.e.com', 'u@e.co',
      'h@e.co', 'HTTPS://E.CO/x', '<http://a.b>', '<u@e.co>', '[a](b)', '[a](<b c> "t")', '![i](j)', '[x]: y\n',
      '[x]', '[X][]', '[t][x]', '`', '``', '(', ')', '[', ']', '.', ',', '?', '!', '"', "'", ':', '/', '<!-- c -->',
      '<span>', '[^1]', '[^1]: n\n',
    ];
    const documents = (fragments: string[]) => fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join(''));

    it('headings and links on structure-heavy documents', () => {
      fc.assert(
        fc.property(documents(structural), (markdown) => {
          const remark = remarkFacts(markdown);
          const ours = scannerFacts(markdown);
          assertHeadingsAgree(markdown, remark, ours, 'random');
          assertLinksAgree(markdown, remark, ours, 'random', !/[*_~\\]/.test(markdown));
        }),
        { numRuns: 2500 },
      );
    });

    // Tables at the document level take their rows in runs: table-heavy lines around other blocks.
    const tabular = [
      '| a | b |\n', '|---|---|\n', '| - | :-: |\n', '| [x](y) | `c` |\n', '| <b> | \\| |\n', '| u@e.co | @d |\n',
      '| www.e.com |\n', '| https://e.com/p |\n', '   | c |\n', '    | d |\n', '\t| e |\n', '|\n', 'a | b\n', '| f |\r\n',
      '| g |\r', '\n', '\n', '# h\n', '- | i |\n', '  | j |\n', '> | k |\n', '> ', 'lazy\n', '```\n', '<!-- c -->\n',
      '[x]: y\n', '[x]', '| [x] |\n', '---\n', '| l |',
    ];

    it('headings and links on table-heavy documents', () => {
      fc.assert(
        fc.property(documents(tabular), (markdown) => {
          const remark = remarkFacts(markdown);
          const ours = scannerFacts(markdown);
          assertHeadingsAgree(markdown, remark, ours, 'random');
          assertLinksAgree(markdown, remark, ours, 'random', !/\\/.test(markdown));
        }),
        { numRuns: 2500 },
      );
    });

    it('links on link-heavy documents', () => {
      fc.assert(
        fc.property(documents(linky), (markdown) => {
          const remark = remarkFacts(markdown);
          const ours = scannerFacts(markdown);
          assertHeadingsAgree(markdown, remark, ours, 'random');
          assertLinksAgree(markdown, remark, ours, 'random', true);
        }),
        { numRuns: 2500 },
      );
    });
  });
});

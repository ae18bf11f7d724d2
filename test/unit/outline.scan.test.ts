import { strict as assert } from 'node:assert';
import { scanOutline } from '../../src/core/parse/outline/scanOutline';
import { assertWellFormed, lineAt } from './outlineAssertions';
import { outlineFixtures } from './outlineFixtures';

describe('scanOutline: fixtures', () => {
  for (const fixture of outlineFixtures) {
    it(fixture.name, () => {
      const text = fixture.markdown;
      const outline = scanOutline(text);
      assertWellFormed(text, outline);
      assert.deepEqual(
        outline.headings.map((h) => [h.level, h.text, lineAt(text, h.start)]),
        fixture.headings,
      );
      if (fixture.links) assert.deepEqual(outline.links.map((l) => [l.kind, l.destination]), fixture.links);
      const lines = (blocks: { start: number; end: number }[]) => blocks.map((b) => [lineAt(text, b.start), lineAt(text, b.end)]);
      if (fixture.codeBlocks) assert.deepEqual(lines(outline.codeBlocks), fixture.codeBlocks);
      if (fixture.comments) assert.deepEqual(lines(outline.comments), fixture.comments);
    });
  }
});

describe('scanOutline: offsets', () => {
  it('an ATX heading spans its whole line; its text excludes markers and the closing sequence', () => {
    const text = 'intro\n  ## Title ##  \nnext';
    const [h] = scanOutline(text).headings;
    assert.equal(h.start, 6);
    assert.equal(h.end, 21);
    assert.equal(text.slice(h.textStart, h.textEnd), 'Title');
  });

  it('a setext heading runs from its first line to the end of its underline', () => {
    const text = '\n  First\nsecond  \n---\n';
    const [h] = scanOutline(text).headings;
    assert.deepEqual([h.start, h.end, h.textStart, h.textEnd], [1, 21, 3, 15]);
    assert.equal(h.text, 'First\nsecond');
  });

  it('offsets count the byte order mark and CRLF pairs as they are in the text', () => {
    const text = '\uFEFF# A\r\n\r\n[l](u)\r\n';
    const outline = scanOutline(text);
    assert.deepEqual([outline.headings[0].start, outline.headings[0].end], [1, 4]);
    assert.deepEqual([outline.links[0].start, outline.links[0].end], [8, 14]);
  });

  it('links keep their source offsets inside block quotes spanning lines', () => {
    const text = '> a [multi\n> line](x) and\n> [b](y)\n';
    const links = scanOutline(text).links;
    assert.deepEqual(links.map((l) => text.slice(l.start, l.end)), ['[multi\n> line](x)', '[b](y)']);
  });

  it('code blocks run from the fence (or indentation) to the end of their last line', () => {
    const text = 'a\n\n ```js\n x\n ```\n\n    code\n\n';
    const [fenced, indented] = scanOutline(text).codeBlocks;
    assert.equal(text.slice(fenced.start, fenced.end), '```js\n x\n ```');
    assert.equal(text.slice(indented.start, indented.end), '    code');
  });

  it('comments cover the whole inline comment or HTML block', () => {
    const text = 'a <!-- one\ntwo --> b\n\n<!-- block -->\n';
    const comments = scanOutline(text).comments;
    assert.deepEqual(comments.map((c) => text.slice(c.start, c.end)), ['<!-- one\ntwo -->', '<!-- block -->']);
  });

  it('reports the heading text verbatim from the source for ATX headings', () => {
    const text = '# A *b* `c` [d](e)\n';
    const [h] = scanOutline(text).headings;
    assert.equal(h.text, text.slice(h.textStart, h.textEnd));
    assert.equal(h.text, 'A *b* `c` [d](e)');
  });
});

describe('scanOutline: edge cases', () => {
  it('returns an empty outline for empty and blank input', () => {
    for (const text of ['', '\n', '   \n\t\n', '\uFEFF']) {
      assert.deepEqual(scanOutline(text), { headings: [], links: [], codeBlocks: [], comments: [] });
    }
  });

  it('a list item may start with one blank line, not two', () => {
    assert.deepEqual(scanOutline('-\n  # in item\n').headings, []);
    assert.deepEqual(scanOutline('-\n\n  # after item\n').headings.map((h) => h.text), ['after item']);
  });

  it('resolves a reference defined after its use, and only the first of duplicate definitions', () => {
    const links = scanOutline('[a]\n\n[a]: /first\n[A]: /second\n').links;
    assert.deepEqual(links.map((l) => l.destination), ['/first']);
  });

  it('decodes numeric and common named character references in destinations', () => {
    const links = scanOutline('[a](/x?a=1&amp;b=&#50;)\n').links;
    assert.equal(links[0].destination, '/x?a=1&b=2');
  });
});

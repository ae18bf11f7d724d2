import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import matter from 'gray-matter';
import { findFrontmatterBlock } from '../../src/core/parse/frontmatterBlock';

/**
 * gray-matter is the usual way to read frontmatter, but it evaluates `---js` and caches by content, so
 * the core has its own block finder. On plain `---` … `---` input the two must agree on where the
 * frontmatter and the body are; gray-matter is given an engine that only returns the raw text.
 */
function grayMatterSplit(text: string): { frontmatter: string; body: string } {
  const engine = (raw: string) => ({ raw });
  const parsed = matter(text, { engines: { yaml: engine } as never, language: 'yaml' });
  return { frontmatter: parsed.matter, body: parsed.content };
}

const trimBreaks = (text: string) => text.replace(/^\n+|\n+$/g, '');

describe('frontmatter block finder agrees with gray-matter on plain frontmatter', () => {
  const cases = [
    '---\nid: A\n---\n# Body\n',
    '---\nid: A\ntitle: "x: y"\n---\n',
    '---\na: 1\n\nb: 2\n---\nbody\n---\nmore\n',
    'no frontmatter\n',
    '---\nunclosed: yes\n',
  ];

  it('on hand-written cases', () => {
    for (const text of cases) compare(text);
  });

  it('on random line soups (property)', () => {
    // not '--- ' or '----': gray-matter closes on any line starting with `---` and puts the rest of that
    // line in the body; the core accepts only `---` (or `...`) with trailing whitespace, as Jekyll does
    const line = fc.constantFrom('---', 'id: A', 'title: T', '', '# h', 'text', '- item', '-- -', ' ---');
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      compare(`---\n${lines.join('\n')}\n`);
    }), { numRuns: 400 });
  });
});

function compare(text: string): void {
  const ours = findFrontmatterBlock(text);
  const theirs = grayMatterSplit(text);
  if (!ours) {
    // the one intended difference: gray-matter reads an unclosed block to the end of the file
    if (theirs.frontmatter !== '') assert.equal(theirs.body, '', JSON.stringify(text));
    else assert.equal(theirs.body, text, JSON.stringify(text));
    return;
  }
  assert.equal(trimBreaks(text.slice(ours.contentStart, ours.contentEnd)), trimBreaks(theirs.frontmatter), JSON.stringify(text));
  assert.equal(text.slice(ours.bodyStart), theirs.body, JSON.stringify(text));
}

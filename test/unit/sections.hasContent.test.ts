/**
 * `hasContent` decides most sections from their first visible characters; this compares it with the
 * plain definition (drop HTML comments, trim, reject a lone TBD/TODO) on random section text.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { hasContent, type Section } from '../../src/core/parse/sections';

function reference(text: string, section: Section): boolean {
  const remaining = text.slice(section.contentStart, section.contentEnd).replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim();
  return remaining !== '' && !/^(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:tbd|todo)[.!?:…]*$/i.test(remaining);
}

function section(contentStart: number, contentEnd: number): Section {
  return { title: 'S', key: 's', headingStart: 0, headingEnd: 0, contentStart, contentEnd };
}

const FRAGMENTS = ['TBD', 'tbd', 'TODO', 'ToDo', 'T', 't', 'B', 'o', 'D', 'do', '-', '*', '+', '1.', '12)', '1234567890.', ' ', '  ', '\t', '\n', '\r\n',
  '<!--', '-->', '<!-- note -->', '<!-->', '.', '!', '…', ':', 'text', 'The', '\u00a0', '\u2003', '<', '<div>', '#', '`'];

describe('sections: hasContent', () => {
  it('treats comments, whitespace and lone placeholders as empty', () => {
    const cases: Array<[string, boolean]> = [
      ['', false], ['\n  \n', false], ['<!-- fill in -->\n', false], ['TBD', false], ['- todo.', false], ['12) TBD!', false],
      ['T<!-- x -->BD', false], ['-   <!-- x --> TBD', false], ['<!-- unclosed', false],
      ['The responder', true], ['TBD soon', true], ['- [alert](https://x)', true], ['T', true], ['-x', true], ['<div>', true],
    ];
    for (const [text, expected] of cases) assert.equal(hasContent(text, section(0, text.length)), expected, JSON.stringify(text));
  });

  it('agrees with the plain definition on random sections, bounded by the section end', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.equal(hasContent(text, section(start, end)), reference(text, section(start, end)), JSON.stringify(text.slice(start, end)));
      }),
      { numRuns: 30000 },
    );
  });
});

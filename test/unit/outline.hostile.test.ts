/**
 * The scanner runs on every keystroke: it must never throw and must stay linear on any input.
 * There are no timing assertions here; the pathological inputs below would take minutes (or blow
 * the stack) under a quadratic or recursive implementation, and mocha's timeout catches that.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanOutline } from '../../src/core/parse/outline/scanOutline';
import { assertWellFormed } from './outlineAssertions';

const FRAGMENTS = [
  '#', '# ', '---', '===', '>', '> ', '- ', '1. ', '* ', '```', '~~~', '    ', '\t', ' ', '\n', '\r\n', '\r',
  '<!--', '-->', '<div>', '<a b="', "'", '"', '[', ']', '(', ')', '![', '](', '<', '>', '`', '``', '\\', '|',
  '|-|', ':', '[x]: y', '[^1]: n', '[^1]', 'http://a.b', 'www.', '@', 'a@b.co', '&amp;', '&#', '*', '_', '~',
  '\uFEFF', '\u0000', '\uD800', '\uFFFD', 'é', '\u00A0', '\u3000',
];

describe('scanOutline on hostile input', () => {
  it('never throws and stays well-formed on fragment soup (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        assertWellFormed(text, scanOutline(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and stays well-formed on arbitrary unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        assertWellFormed(text, scanOutline(text));
      }),
      { numRuns: 2000 },
    );
  });

  const pathological: [string, string][] = [
    ['100k unclosed [', '['.repeat(100_000)],
    ['100k ![', '!['.repeat(100_000)],
    ['nested brackets closed at the end', '['.repeat(50_000) + 'a' + ']'.repeat(50_000) + '\n\n[a]: /x'],
    ['nested images closed one by one', '!['.repeat(20_000) + 'x' + '](y)'.repeat(20_000)],
    ['100k <!-- without end, inline', 'a ' + '<!--'.repeat(100_000)],
    ['100k lines of <!-- without end', '<!--\n'.repeat(100_000)],
    ['a CDATA block with 50k non-closing ]]]>', '<![CDATA[\n' + ']]]>'.repeat(50_000) + '\n' + 'x]]]>\n'.repeat(50_000)],
    ['50k backticks in one run', '`'.repeat(50_000)],
    ['backtick runs of growing length', Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 1)).join(' ')],
    ['alternating backticks and text', '` a '.repeat(50_000)],
    ['10k nested block quotes', '> '.repeat(10_000) + '# deep\n' + 'lazy\n'.repeat(10_000)],
    ['10k nested list markers on one line', '- '.repeat(10_000) + 'item\n' + 'text\n'.repeat(10_000)],
    ['a 2k-deep staircase of list items', Array.from({ length: 2_000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')],
    ['100k unclosed link destinations', '[a](b'.repeat(100_000)],
    ['unclosed parenthesised titles', '[a](b ('.repeat(50_000)],
    ['unclosed quoted titles', '[a](b "'.repeat(50_000)],
    ['deep parentheses in a destination', '[a](' + '('.repeat(100_000)],
    ['unclosed attribute values', '<a b="'.repeat(30_000) + "<a b='".repeat(30_000)],
    ['100k < without >', '<a'.repeat(100_000)],
    ['autolink-like schemes', '<ab:'.repeat(100_000)],
    ['a URL followed by 100k punctuation', 'http://a.b/' + '!'.repeat(100_000) + 'x'],
    ['100k www. fragments', 'www.'.repeat(100_000)],
    ['100k @ in a word', 'a@'.repeat(100_000) + 'b.co'],
    ['dotted words before an @', 'a.'.repeat(100_000) + '@b.co'],
    ['100k pipes', '|'.repeat(100_000) + '\n' + '|-'.repeat(50_000)],
    ['a 5,000-row table', '| a | b |\n|---|---|\n' + '| [x](y) | `c` |\n'.repeat(5_000)],
    ['100k definitions', '[a]: b\n'.repeat(100_000) + '[a]'],
    ['100k setext underlines after a definition', '[a]: b\n' + '===\n'.repeat(100_000)],
    ['100k lines in one block-quoted paragraph', '> a [b](c)\n'.repeat(100_000)],
    ['100k entities', '&#'.repeat(50_000) + '&amp'.repeat(50_000)],
    ['100k backslashes', '\\'.repeat(100_000)],
    ['100k tabs and spaces', '\t \t  '.repeat(25_000) + '#'],
    ['100k blank lines', '\n'.repeat(100_000) + '# end'],
    ['100k CRs', '\r'.repeat(100_000) + '# end'],
    ['footnote-like labels', '[^'.repeat(100_000)],
    ['100k http: without //', 'http:'.repeat(100_000)],
    ['100k // after words', 'a// '.repeat(100_000)],
    ['a 100k run of email characters before an @ inside brackets', '[' + 'a'.repeat(100_000) + '@b'],
    ['50k @ runs in brackets', '[ ' + 'ab@'.repeat(50_000)],
    ['20k table rows with @ after words', '| a | b |\n|---|---|\n' + '| x@ | y@z |\n'.repeat(20_000)],
    ['a 100k-row timeline of @mentions', '| a | b |\n|---|---|\n' + '| 2026-01-01 | @dana | step |\n'.repeat(100_000) + '[x](y)'],
    ['50k two-row tables', '| a |\n|---|\n| b |\n\n'.repeat(50_000) + '[x](y)'],
    ['50k table rows, each with a candidate', '| a | b |\n|---|---|\n' + '| u@v.co | www.x.co | <b> |\n'.repeat(50_000)],
    ['50k table rows with one lone CR at the end', '| a |\n|---|\n' + '| b |\n'.repeat(50_000) + '\r'],
    ['50k table rows with lone CR line endings', '| a |\r|---|\r' + '| [b](c) |\r'.repeat(50_000)],
  ];

  for (const [name, text] of pathological) {
    it(`completes on ${name}`, () => {
      assertWellFormed(text, scanOutline(text));
    });
  }

  it('still finds the structure around pathological content', () => {
    const text = '# Before\n\n' + '['.repeat(10_000) + '\n\ntext ' + '`'.repeat(10_001) + '\n\n## After [l](u)\n';
    const outline = scanOutline(text);
    assert.deepEqual(outline.headings.map((h) => h.text), ['Before', 'After [l](u)']);
    assert.deepEqual(outline.links.map((l) => l.destination), ['u']);
  });
});

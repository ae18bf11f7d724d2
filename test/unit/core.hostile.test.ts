import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { RecordIndex, workspaceSetup } from '../../src/core';
import { NOW, checkText } from './coreTestKit';

const FRAGMENTS = ['---', '---js', '...', '\n', '\r\n', 'type: incident', 'status: closed', 'id: X', '&a', '*a', '<<: *a', '[', ']', '{', '}', '- ', '## ', '# ', '```', '<!--', '-->', '[a](b)', '|', 'TBD', '\uFEFF', '\t', ' ', ':', '"', "'", '!!js/function', '\u0000', '\uFFFD', '2026-01-01T00:00Z'];

describe('hostile and random input', () => {
  it('never throws on random fragment soup (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), (parts) => {
      const result = checkText(parts.join(''));
      assert.ok(Array.isArray(result.findings));
    }), { numRuns: 800 });
  });

  it('never throws on arbitrary unicode text, with or without a record header (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (body, header) => {
      const text = header ? `---\ntype: incident\nid: X\ntitle: ${body.slice(0, 40)}\nstatus: closed\n---\n${body}` : body;
      checkText(text);
    }), { numRuns: 800 });
  });

  it('an index of random files never throws and stays consistent', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('a.md', 'b.md', 'c.md'), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 })), { maxLength: 12 }), (ops) => {
      const setup = workspaceSetup({});
      const index = new RecordIndex(setup.checker, setup.rules);
      for (const [path, parts] of ops) index.update(parts.join(''), { path, now: NOW });
      for (const path of index.paths()) index.findingsFor(path);
    }), { numRuns: 300 });
  });

  it('completes on pathological inputs (bounded, no catastrophic backtracking)', () => {
    const header = '---\ntype: incident\nid: X\ntitle: T\nstatus: closed\n---\n';
    const inputs = [
      header + '['.repeat(200_000),
      header + '<!--'.repeat(50_000),
      header + '`'.repeat(100_000),
      header + '> '.repeat(20_000) + '## deep',
      header + '- '.repeat(20_000) + 'item',
      header + '## Timeline\n' + '| 2026-01-01T00:00Z |'.repeat(20_000),
      header + '## Evidence\n' + '![a]('.repeat(30_000),
      '---\n' + 'a: '.repeat(30_000) + '\n---\n',
      '---\n' + '- '.repeat(30_000) + '\n---\n',
      '---\n' + 'k: "' + '\\'.repeat(100_000) + '"\n---\n',
      '---\n'.repeat(50_000),
    ];
    for (const input of inputs) checkText(input);
  });

  it('skips files over 5 MB with a finding instead of parsing them', () => {
    const result = checkText('x'.repeat(5 * 1024 * 1024 + 1));
    assert.deepEqual(result.findings.map((f) => f.rule), ['file-too-large']);
  });
});

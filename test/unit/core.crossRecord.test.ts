import { strict as assert } from 'node:assert';
import { CLOSED_INCIDENT, COMPLETE_SECTIONS, NOW, indexOf, record, summarize } from './coreTestKit';

const incident = (id: string, extra: Record<string, string> = {}) => record({ ...CLOSED_INCIDENT, id, ...extra }, COMPLETE_SECTIONS);
const action = (id: string, source: string, extra: Record<string, string> = {}) =>
  record({ id, title: 'Fix', type: 'corrective-action', status: 'open', owner: 'M', due_date: '2026-12-01', source, ...extra });

describe('cross-record rules', () => {
  it('duplicate-id is reported on each record, at the id, with the other as related', () => {
    const index = indexOf({ 'a.md': incident('INC-1'), 'b.md': incident('INC-1') });
    for (const [file, other] of [['a.md', 'b.md'], ['b.md', 'a.md']]) {
      const findings = index.findingsFor(file);
      assert.deepEqual(summarize(findings), ['duplicate-id@2:error']);
      assert.equal(findings[0].related?.[0].file, other);
      assert.equal(findings[0].range.start.character, 4);
    }
  });

  it('unknown-reference: corrective_actions must name corrective-action records; URLs are external', () => {
    const index = indexOf({
      'inc.md': incident('INC-1', { corrective_actions: '[CA-1, CA-404, INC-2, https://jira.example/SEC-1]' }),
      'inc2.md': incident('INC-2'),
      'ca.md': action('CA-1', 'INC-1'),
    });
    const findings = index.findingsFor('inc.md');
    assert.deepEqual(findings.map((f) => f.rule), ['unknown-reference', 'unknown-reference']);
    assert.match(findings[0].message, /CA-404, but no corrective-action record/);
    assert.match(findings[1].message, /INC-2, which is an incident record/);
    assert.equal(findings[1].related?.[0].file, 'inc2.md');
    assert.deepEqual(index.findingsFor('ca.md'), []);
  });

  it('unknown-reference: source must be an incident, near-miss or tabletop', () => {
    const index = indexOf({ 'ca.md': action('CA-1', 'CA-2'), 'ca2.md': action('CA-2', 'https://tickets.example/1') });
    assert.deepEqual(index.findingsFor('ca.md').map((f) => f.rule), ['unknown-reference']);
    assert.deepEqual(index.findingsFor('ca2.md'), []);
  });

  it('an update returns every file whose cross-record findings may change', () => {
    const index = indexOf({ 'inc.md': incident('INC-1', { corrective_actions: '[CA-1]' }), 'other.md': incident('INC-9') });
    assert.deepEqual(index.findingsFor('inc.md').map((f) => f.rule), ['unknown-reference']);
    const affected = index.update(action('CA-1', 'INC-1'), { path: 'ca.md', now: NOW });
    assert.deepEqual([...affected].sort(), ['ca.md', 'inc.md']);
    assert.deepEqual(index.findingsFor('inc.md'), []);
    const removed = index.remove('ca.md');
    assert.deepEqual([...removed].sort(), ['ca.md', 'inc.md']);
    assert.deepEqual(index.findingsFor('inc.md').map((f) => f.rule), ['unknown-reference']);
    const duplicated = index.update(incident('INC-9'), { path: 'dup.md', now: NOW });
    assert.deepEqual([...duplicated].sort(), ['dup.md', 'other.md']);
  });

  it('rule settings turn rules off or change their severity everywhere', () => {
    const files = { 'a.md': incident('INC-1'), 'b.md': incident('INC-1', { severity: 'loud' }) };
    const index = indexOf(files, { rules: { 'duplicate-id': 'warning', schema: 'off' } });
    assert.deepEqual(summarize(index.findingsFor('b.md')), ['duplicate-id@2:warning']);
  });
});

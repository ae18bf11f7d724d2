import { strict as assert } from 'node:assert';
import { workspaceSetup } from '../../src/core';
import { CLOSED_INCIDENT, COMPLETE_SECTIONS, checkText, record, summarize } from './coreTestKit';

describe('timeline-order rule', () => {
  it('lifecycle times must run detected ≤ contained ≤ resolved ≤ closed', () => {
    const text = record({ ...CLOSED_INCIDENT, resolved_at: '2026-02-10T08:00:00Z' }, COMPLETE_SECTIONS);
    const result = checkText(text);
    assert.deepEqual(summarize(result.findings), ['timeline-order@11:warning']);
    assert.match(result.findings[0].message, /`resolved_at` is earlier than `contained_at`/);
  });

  it('compares across time zones', () => {
    const text = record({ ...CLOSED_INCIDENT, contained_at: '2026-02-10T10:00:00+02:00' }, COMPLETE_SECTIONS);
    assert.deepEqual(summarize(checkText(text).findings), ['timeline-order@10:warning']);
  });

  it('flags lifecycle times in the future and a completed tabletop exercised in the future', () => {
    const future = checkText(record({ ...CLOSED_INCIDENT, closed_at: '2027-01-01T00:00:00Z' }, COMPLETE_SECTIONS));
    assert.deepEqual(summarize(future.findings), ['timeline-order@12:warning']);
    const ttx = { id: 'T', title: 'T', type: 'tabletop', owner: 'o', exercised_at: '2027-01-01', attendees: '[a]' };
    const sections = { Scenario: 's', Observations: 'o', 'Action items': 'a', 'Lessons learned': 'l' };
    assert.deepEqual(checkText(record({ ...ttx, status: 'planned' }, sections)).findings, []);
    assert.deepEqual(checkText(record({ ...ttx, status: 'completed' }, sections)).findings.map((f) => f.rule), ['timeline-order']);
  });

  it('flags Timeline list items and table rows out of order, at the row, with a sort fix', () => {
    const list = '- 2026-02-10T09:00Z B\n- 2026-02-10T08:00Z A\n  continued\n- 2026-02-10 10:00 UTC C';
    const text = record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, Timeline: list });
    const result = checkText(text);
    const rowLine = text.split('\n').indexOf('- 2026-02-10T08:00Z A');
    assert.deepEqual(summarize(result.findings), [`timeline-order@${rowLine + 1}:warning`]);
    const edit = result.findings[0].fixes![0].edits[0];
    assert.equal(edit.newText, '- 2026-02-10T08:00Z A\n  continued\n- 2026-02-10T09:00Z B\n- 2026-02-10 10:00 UTC C\n');

    const table = '| Time | Event |\n|---|---|\n| 2026-02-10T09:00Z | B |\n| **2026-02-10T08:00Z** | A |';
    const tableResult = checkText(record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, Timeline: table }));
    assert.deepEqual(tableResult.findings.map((f) => f.rule), ['timeline-order']);
  });

  it('ignores timestamps in code blocks and other sections', () => {
    const timeline = '- 2026-02-10T09:00Z B\n\n```\n- 2026-02-10T08:00Z in code\n```';
    const text = record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, Timeline: timeline, Investigation: '- 2026-01-01T00:00Z earlier, but not timeline' });
    assert.deepEqual(checkText(text).findings, []);
  });
});

describe('broken-link rule', () => {
  const withEvidence = (evidence: string, files: string[] = []) =>
    checkText(record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, Evidence: evidence }), { path: 'incidents/inc.md', files });

  it('resolves relative links and images against the record folder', () => {
    assert.deepEqual(withEvidence('[log](../evidence/a.log) ![s](shot.png)', ['evidence/a.log', 'incidents/shot.png']).findings, []);
    const result = withEvidence('[log](../evidence/missing.log#L3) and ![s](img/none.png?raw=1)');
    assert.deepEqual(result.findings.map((f) => f.rule), ['broken-link', 'broken-link']);
    assert.match(result.findings[0].message, /"\.\.\/evidence\/missing\.log#L3" does not exist/);
    assert.match(result.findings[1].message, /^Image target/);
  });

  it('flags targets outside the workspace and ignores URLs, mail, fragments and code', () => {
    assert.match(withEvidence('[x](../../../etc/passwd)').findings[0].message, /outside the workspace/);
    assert.deepEqual(withEvidence('[a](https://x.test/a) [m](mailto:a@b.c) [f](#closure) `[c](nope.md)`\n\n```\n[d](nope.md)\n```').findings, []);
  });

  it('decodes percent-encoding and treats a leading / as the workspace root', () => {
    assert.deepEqual(withEvidence('[a](../evidence/my%20file.txt) [b](/evidence/b.txt)', ['evidence/my file.txt', 'evidence/b.txt']).findings, []);
  });

  it('says nothing when existence is unknown', () => {
    const result = checkText(record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, Evidence: '[x](nope.txt)' }), { path: 'i.md' });
    assert.deepEqual(result.findings.map((f) => f.rule), ['broken-link']);
    const setup = workspaceSetup({});
    const unknown = setup.checker.check(record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, Evidence: '[x](nope.txt)' }), { path: 'i.md', now: new Date(), fileExists: () => undefined });
    assert.deepEqual(unknown.findings, []);
  });
});

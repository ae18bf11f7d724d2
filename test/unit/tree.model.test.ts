import { strict as assert } from 'node:assert';
import type { ChecklistEntry, Finding, ItemState, RecordSummary } from '../../src/core';
import { buildProfile } from '../../src/core/profile/profile';
import {
  DEFAULT_TREE_OPTIONS, RecordsTreeModel, countRecords, groupNodeId, healthOf, itemNodeId, naturalSortKey, recordNodeId, summaryLine, treeRecordOf,
  vocabularyOf, type TreeOptions, type TreeRecord,
} from '../../src/core/tree';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const VOCABULARY = vocabularyOf([buildProfile()]);

function entries(states: ItemState[]): ChecklistEntry[] {
  return states.map((state, i) => ({ item: `item-${i}`, label: `Item ${i}`, state, range: ZERO }));
}

function summary(fields: Partial<RecordSummary> & { states?: ItemState[] }): RecordSummary {
  const checklist = entries(fields.states ?? ['done', 'done']);
  return {
    file: `${fields.id ?? 'x'}.md`, id: null, type: 'incident', status: 'triage', title: null, severity: null, owner: null, date: null,
    correctiveActions: [], source: null, idRange: null, checklist,
    completeness: { done: checklist.filter((e) => e.state === 'done').length, due: checklist.filter((e) => e.state !== 'pending').length, total: checklist.length },
    ...fields,
  };
}

const error = (fixable = false): Finding => ({ rule: 'schema', severity: 'error', message: 'bad', range: ZERO, fixes: fixable ? [{ title: 'fix', edits: [] }] : undefined });

function rec(fields: Partial<RecordSummary> & { states?: ItemState[] }, findings: Finding[] = []): TreeRecord {
  const s = summary(fields);
  return treeRecordOf(`file:///ws/${s.file}`, s, findings);
}

const model = (records: TreeRecord[], options: Partial<TreeOptions> = {}) => new RecordsTreeModel(records, { ...DEFAULT_TREE_OPTIONS, ...options }, VOCABULARY);
const ids = (records: TreeRecord[]) => records.map((r) => r.summary.id);

describe('tree model: health and counts', () => {
  it('complete needs every due item done and no errors; pending items do not count against it', () => {
    assert.equal(healthOf(rec({ states: ['done', 'pending'] })), 'complete');
    assert.equal(healthOf(rec({ states: ['done', 'missing'] })), 'incomplete');
    assert.equal(healthOf(rec({ states: ['done', 'done'] }, [error()])), 'errors');
  });

  it('treeRecordOf counts errors (not warnings) and notes quick fixes', () => {
    const warning: Finding = { ...error(true), severity: 'warning' };
    const record = rec({}, [error(), error(), warning]);
    assert.equal(record.errors, 2);
    assert.equal(record.fixable, true);
    assert.equal(rec({}, [error()]).fixable, false);
  });

  it('counts every record; "incomplete" is all that are not complete, errors included', () => {
    const counts = countRecords([rec({}), rec({ states: ['missing'] }), rec({}, [error()]), rec({ states: ['pending'] })]);
    assert.deepEqual(counts, { records: 4, complete: 2, incomplete: 2, withErrors: 1 });
    assert.equal(summaryLine(counts), '4 records · 2 complete · 2 incomplete · 1 with errors');
    assert.equal(summaryLine(countRecords([rec({})])), '1 record · 1 complete · 0 incomplete · 0 with errors');
  });
});

describe('tree model: grouping', () => {
  const records = [
    rec({ id: 'A', status: 'closed', severity: 'SEV3', owner: 'zoe', type: 'incident' }),
    rec({ id: 'B', status: 'triage', severity: 'SEV1', owner: 'Adam', type: 'corrective-action' }),
    rec({ id: 'C', status: 'weird', severity: null, owner: null, type: 'near-miss' }),
    rec({ id: 'D', status: null, severity: 'SEV10', owner: 'adam', type: 'tabletop' }),
    rec({ id: 'E', status: 'in-progress', severity: 'SEV2', owner: 'Adam', type: 'corrective-action' }),
  ];

  it("labels wont-do as Won't do", () => {
    const groups = model([rec({ id: 'W', status: 'wont-do', severity: null, owner: null, type: 'corrective-action' })]).groups;
    assert.deepEqual(groups.map((g) => g.label), ["Won't do"]);
  });

  it('by status: lifecycle order from the profile, unknown statuses after, none last', () => {
    const groups = model(records).groups;
    assert.deepEqual(groups.map((g) => g.label), ['Triage', 'Closed', 'In progress', 'Weird', 'No status']);
    assert.deepEqual(groups.map((g) => g.id), ['triage', 'closed', 'in-progress', 'weird', null].map((v) => groupNodeId('status', v)));
  });

  it('by type uses the profile labels in profile order', () => {
    assert.deepEqual(model(records, { groupBy: 'type' }).groups.map((g) => `${g.label}:${g.size}`), ['Incident:1', 'Near miss:1', 'Tabletop exercise:1', 'Corrective action:2']);
  });

  it('by severity: SEV1..SEV4, then others naturally, then none', () => {
    assert.deepEqual(model(records, { groupBy: 'severity' }).groups.map((g) => g.label), ['SEV1', 'SEV2', 'SEV3', 'SEV10', 'No severity']);
  });

  it('by owner: alphabetical, exact values, none last', () => {
    assert.deepEqual(model(records, { groupBy: 'owner' }).groups.map((g) => g.label), ['Adam', 'adam', 'zoe', 'No owner']);
  });

  it('groups count their incomplete records; groupOf finds a record\'s group', () => {
    const m = model([rec({ id: 'A' }), rec({ id: 'B', states: ['missing'] }), rec({ id: 'C' }, [error()])]);
    assert.deepEqual(m.groups.map((g) => [g.size, g.incomplete]), [[3, 2]]);
    assert.equal(m.groupOf('file:///ws/B.md'), m.groups[0]);
    assert.equal(m.groupOf('file:///ws/nope.md'), undefined);
    assert.equal(m.largestGroup(), m.groups[0]);
  });
});

describe('tree model: sorting', () => {
  const records = [
    rec({ id: 'INC-10', date: '2026-03-01T10:00:00Z', states: ['done', 'missing', 'missing'] }),
    rec({ id: 'INC-9', date: '2026-03-02T10:00:00+05:00', states: ['done', 'done', 'missing'] }),
    rec({ id: 'INC-2', date: null, states: ['done'] }),
    rec({ id: 'INC-1', date: '2026-03-02', states: ['done', 'done', 'done'] }, [error()]),
    rec({ id: 'INC-3', date: '2026-03-02', states: ['done'] }),
  ];

  it('by date: newest first (time zones honoured), ties by id in natural order, undated last', () => {
    const m = model(records);
    assert.deepEqual(ids(m.children(m.groups[0])), ['INC-9', 'INC-1', 'INC-3', 'INC-10', 'INC-2']);
  });

  it('by completeness: errors, then incomplete least complete first, then complete', () => {
    const m = model(records, { sortBy: 'completeness' });
    assert.deepEqual(ids(m.children(m.groups[0])), ['INC-1', 'INC-10', 'INC-9', 'INC-3', 'INC-2']);
  });

  it('natural sort keys order numbers by value, ignore case and leading zeros', () => {
    const names = ['INC-2026-10', 'inc-2026-9', 'INC-2026-009a', 'CA-1', 'INC-2026-0100'];
    assert.deepEqual([...names].sort((a, b) => (naturalSortKey(a) < naturalSortKey(b) ? -1 : 1)), ['CA-1', 'inc-2026-9', 'INC-2026-009a', 'INC-2026-10', 'INC-2026-0100']);
  });

  it('a group is sorted once and then reused', () => {
    const m = model(records);
    assert.equal(m.children(m.groups[0]), m.children(m.groups[0]));
  });
});

describe('tree model: filters', () => {
  const records = [
    rec({ id: 'INC-1', title: 'Phished admin', owner: 'Dana', states: ['missing'] }),
    rec({ id: 'INC-2', title: 'Public bucket', owner: 'Marco' }),
    rec({ id: 'CA-1', title: 'WebAuthn for admins', owner: 'Dana', type: 'corrective-action', status: 'open' }, [error()]),
  ];

  it('incomplete only hides complete records but counts stay over all records', () => {
    const m = model(records, { incompleteOnly: true });
    assert.equal(m.shown, 2);
    assert.deepEqual(m.groups.flatMap((g) => ids(m.children(g))).sort(), ['CA-1', 'INC-1']);
    assert.equal(m.counts.records, 3);
    assert.equal(m.groupOf('file:///ws/INC-2.md'), undefined);
  });

  it('text: every word, case-insensitive, over id, title, owner, type, status and path', () => {
    const shown = (text: string) => { const m = model(records, { text }); return m.groups.flatMap((g) => ids(m.children(g))).sort(); };
    assert.deepEqual(shown('admin'), ['CA-1', 'INC-1']);
    assert.deepEqual(shown('ADMIN dana corrective'), ['CA-1']);
    assert.deepEqual(shown('  inc-2.md '), ['INC-2']);
    assert.deepEqual(shown('nothing-like-this'), []);
  });

  it('filtering out everything leaves no groups', () => {
    const m = model(records, { text: 'zzz', incompleteOnly: true });
    assert.deepEqual([m.groups.length, m.shown, m.counts.records], [0, 0, 3]);
  });
});

describe('tree model: node ids', () => {
  it('are stable and never collide between kinds', () => {
    const all = [recordNodeId('file:///a.md'), itemNodeId('file:///a.md', 'owner'), groupNodeId('status', 'closed'), groupNodeId('status', null), groupNodeId('owner', '-')];
    assert.equal(new Set(all).size, all.length);
    assert.equal(recordNodeId('file:///a.md'), recordNodeId('file:///a.md'));
  });
});

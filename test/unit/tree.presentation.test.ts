import { strict as assert } from 'node:assert';
import type { RecordSummary } from '../../src/core';
import { ITEM_MARKS, completenessText, itemStateText, recordLabel, recordTooltip, treeRecordOf } from '../../src/core/tree';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const summary: RecordSummary = {
  file: 'incidents/INC-2026-001-phish.md', id: 'INC-2026-001', type: 'incident', status: 'contained', title: 'Phished [admin] credentials',
  severity: 'SEV2', owner: 'Dana', date: '2026-02-10T08:42:00Z', correctiveActions: [], source: null, idRange: null,
  checklist: [
    { item: 'owner', label: 'Owner', state: 'done', range: ZERO },
    { item: 'evidence', label: 'Evidence', state: 'missing', range: ZERO },
    { item: 'communication', label: 'Communication', state: 'missing', range: ZERO },
    { item: 'closed-at', label: 'Closed at', state: 'pending', range: ZERO },
  ],
  completeness: { done: 1, due: 3, total: 4 },
};

describe('tree presentation', () => {
  it('a record reads "id title" with done/total as its completeness', () => {
    assert.equal(recordLabel(summary), 'INC-2026-001 Phished [admin] credentials');
    assert.equal(completenessText(summary), '1/4');
  });

  it('a record without id or title falls back to its file name', () => {
    assert.equal(recordLabel({ ...summary, id: null, title: null }), 'INC-2026-001-phish.md');
    assert.equal(recordLabel({ ...summary, title: null }), 'INC-2026-001');
  });

  it('the tooltip lists the missing items, escaped, and the error count', () => {
    const tooltip = recordTooltip(treeRecordOf('k', summary, [{ rule: 'x', severity: 'error', message: 'm', range: ZERO }]));
    assert.match(tooltip, /\*\*INC\\-2026\\-001 Phished \\\[admin\\\] credentials\*\*/);
    assert.match(tooltip, /1\/4 checklist items done, has errors\./);
    assert.match(tooltip, /Missing:\n\n- ✗ Evidence\n- ✗ Communication/);
    assert.doesNotMatch(tooltip, /Closed at/);
    assert.match(tooltip, /1 error: see the Problems panel/);
  });

  it('a complete record\'s tooltip has no "Missing" list', () => {
    const complete = { ...summary, checklist: summary.checklist.filter((entry) => entry.state !== 'missing') };
    assert.doesNotMatch(recordTooltip(treeRecordOf('k', complete, [])), /Missing/);
  });

  it('checklist items are ✓ done, ✗ missing, ○ pending', () => {
    assert.deepEqual(ITEM_MARKS, { done: '✓', missing: '✗', pending: '○' });
    assert.deepEqual(summary.checklist.map(itemStateText), ['done', 'missing', 'missing', 'not due yet']);
  });
});

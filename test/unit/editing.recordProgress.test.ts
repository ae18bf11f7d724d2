import { strict as assert } from 'node:assert';
import { missingItemPicks, recordProgress } from '../../src/core/editing/recordProgress';
import type { ChecklistEntry, ItemState, RecordSummary } from '../../src/core/model/record';
import { buildProfile } from '../../src/core/profile/profile';

const profile = buildProfile();
const entry = (item: string, label: string, state: ItemState, line = 0): ChecklistEntry => ({
  item, label, state, range: { start: { line, character: 0 }, end: { line, character: 3 } },
});

function incident(checklist: ChecklistEntry[]): RecordSummary {
  const done = checklist.filter((e) => e.state === 'done').length;
  return {
    file: 'incidents/INC-1.md', id: 'INC-1', type: 'incident', status: 'contained', title: 'Phished admin', severity: 'SEV2',
    owner: 'Ana', date: null, correctiveActions: [], source: null, idRange: null, checklist,
    completeness: { done, due: checklist.filter((e) => e.state !== 'pending').length, total: checklist.length },
  };
}

describe('recordProgress', () => {
  it('shows the type prefix, a warning and done/total when something due is missing', () => {
    const progress = recordProgress(incident([entry('owner', 'Owner', 'done'), entry('investigation', 'Investigation', 'missing', 12), entry('closed-at', 'Closed at', 'pending')]), profile);
    assert.equal(progress.text, '$(shield) INC $(warning) 1/3');
    assert.match(progress.tooltip, /\*\*Missing now:\*\*\n- Investigation/);
    assert.match(progress.tooltip, /- Closed at \(from status closed\)/);
    assert.deepEqual(progress.missing.map((e) => e.item), ['investigation']);
  });

  it('shows a check when nothing due is missing', () => {
    const progress = recordProgress(incident([entry('owner', 'Owner', 'done'), entry('closed-at', 'Closed at', 'pending')]), profile);
    assert.equal(progress.text, '$(shield) INC $(check) 1/2');
  });

  it('lists missing items first, then pending ones, each with where to go', () => {
    const picks = missingItemPicks(incident([
      entry('closed-at', 'Closed at', 'pending', 3),
      entry('owner', 'Owner', 'done', 4),
      entry('evidence', 'Evidence', 'missing', 20),
    ]), profile);
    assert.deepEqual(picks.map((p) => p.label), ['$(warning) Evidence', '$(circle-large-outline) Closed at']);
    assert.equal(picks[0].entry.range.start.line, 20);
    assert.equal(picks[1].description, 'due from status closed');
  });
});

import { strict as assert } from 'node:assert';
import { findRecordMentions } from '../../src/core/templates/recordMentions';

const PREFIXES = ['INC', 'NM', 'TTX', 'CA'];
const ids = (text: string) => findRecordMentions(text, PREFIXES).map((mention) => mention.id);

describe('record ids mentioned in text (document links, hovers)', () => {
  it('finds ids of every prefix with their offsets', () => {
    const text = 'See INC-2026-014, CA-2026-003 and (NM-2025-1); TTX-2026-002.';
    assert.deepEqual(ids(text), ['INC-2026-014', 'CA-2026-003', 'NM-2025-1', 'TTX-2026-002']);
    const [first] = findRecordMentions(text, PREFIXES);
    assert.equal(text.slice(first.start, first.end), 'INC-2026-014');
  });

  it('finds ids in frontmatter lists and link texts', () => {
    assert.deepEqual(ids('corrective_actions: [CA-2026-001, CA-2026-002]\nsource: INC-2026-001'), ['CA-2026-001', 'CA-2026-002', 'INC-2026-001']);
    assert.deepEqual(ids('[CA-2026-003](../corrective-actions/CA-2026-003-pin.md)'), ['CA-2026-003']);
  });

  it('skips look-alikes, paths and file names', () => {
    assert.deepEqual(ids('XINC-2026-001 INC-2026-001a INC-2026-001-db-outage.md ../incidents/INC-2026-002.md INC-26-001 inc-2026-001'), []);
  });

  it('uses the profile\'s prefixes, longest first', () => {
    assert.deepEqual(findRecordMentions('SEC-2026-001 SECX-2026-002', ['SEC', 'SECX']).map((m) => m.id), ['SEC-2026-001', 'SECX-2026-002']);
    assert.deepEqual(findRecordMentions('INC-2026-001', []), []);
  });
});

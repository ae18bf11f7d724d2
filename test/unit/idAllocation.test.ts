import { strict as assert } from 'node:assert';
import { formatRecordId, idFromFileName, IdReservations, nextRecordId, parseRecordId } from '../../src/core/templates/idAllocation';
import { indexOf, record } from './coreTestKit';

describe('record id allocation', () => {
  it('starts at 001 for a type and year with no records', () => {
    assert.equal(nextRecordId('INC', 2026, []), 'INC-2026-001');
    assert.equal(nextRecordId('CA', 2026, ['INC-2026-007']), 'CA-2026-001');
  });

  it('takes one more than the highest number, never filling gaps', () => {
    assert.equal(nextRecordId('INC', 2026, ['INC-2026-001', 'INC-2026-013', 'INC-2026-004']), 'INC-2026-014');
    assert.equal(nextRecordId('INC', 2026, ['INC-2026-002']), 'INC-2026-003', 'a deleted INC-2026-001 is not reused');
  });

  it('counts per year: last year\'s ids do not carry over, next year\'s do not leak back', () => {
    const taken = ['INC-2025-120', 'INC-2027-003', 'INC-2026-009'];
    assert.equal(nextRecordId('INC', 2026, taken), 'INC-2026-010');
    assert.equal(nextRecordId('INC', 2028, taken), 'INC-2028-001');
  });

  it('ignores other prefixes, non-ids and prefixes that merely start the same', () => {
    const taken = ['NM-2026-050', 'INCX-2026-040', 'https://tickets/INC-2026-030', 'INC-2026', 'INC-2026-005'];
    assert.equal(nextRecordId('INC', 2026, taken), 'INC-2026-006');
  });

  it('reads hand-written ids case-insensitively and grows past three digits', () => {
    assert.equal(nextRecordId('INC', 2026, ['inc-2026-041']), 'INC-2026-042');
    assert.equal(nextRecordId('INC', 2026, ['INC-2026-999']), 'INC-2026-1000');
    assert.equal(nextRecordId('INC', 2026, ['INC-2026-7']), 'INC-2026-008');
  });

  it('parses and formats ids', () => {
    assert.deepEqual(parseRecordId('TTX-2026-003'), { prefix: 'TTX', year: 2026, number: 3 });
    assert.equal(parseRecordId('TTX-26-003'), null);
    assert.equal(formatRecordId('NM', 2026, 12), 'NM-2026-012');
  });

  it('reads ids from file names, for files the index does not hold', () => {
    assert.equal(idFromFileName('INC-2026-014-database-outage.md'), 'INC-2026-014');
    assert.equal(idFromFileName('INC-2026-014.md'), 'INC-2026-014');
    assert.equal(idFromFileName('notes.md'), null);
  });

  describe('concurrent creation', () => {
    it('hands out distinct ids to creations that run at once', () => {
      const reservations = new IdReservations();
      const known = ['INC-2026-003'];
      const first = reservations.allocate('INC', 2026, known);
      const second = reservations.allocate('INC', 2026, known);
      const third = reservations.allocate('INC', 2026, known);
      assert.deepEqual([first, second, third], ['INC-2026-004', 'INC-2026-005', 'INC-2026-006']);
      assert.equal(reservations.size, 3);
    });

    it('keeps an id reserved until released, then relies on what is known', () => {
      const reservations = new IdReservations();
      const id = reservations.allocate('CA', 2026, []);
      assert.ok(reservations.has(id));
      reservations.release(id);
      assert.equal(reservations.size, 0);
      assert.equal(reservations.allocate('CA', 2026, [id]), 'CA-2026-002', 'once the file is indexed, its id counts as taken');
    });

    it('reservations of one type or year do not shift another', () => {
      const reservations = new IdReservations();
      reservations.allocate('INC', 2026, []);
      assert.equal(reservations.allocate('NM', 2026, []), 'NM-2026-001');
      assert.equal(reservations.allocate('INC', 2027, []), 'INC-2027-001');
    });
  });

  it('counts ids of records that are open but not saved (the index holds their current text)', () => {
    const saved = record({ id: 'INC-2026-002', title: 'Saved', type: 'incident', status: 'triage' });
    const unsaved = record({ id: 'INC-2026-008', title: 'Typed, not yet saved', type: 'incident', status: 'triage' });
    const index = indexOf({ 'incidents/a.md': saved });
    // the workspace feeds an open document's text into the index as it is typed
    index.update(unsaved, { path: 'incidents/untitled.md', now: new Date() });
    const ids = index.records().map((summary) => summary.id!);
    assert.equal(nextRecordId('INC', 2026, ids), 'INC-2026-009');
  });
});

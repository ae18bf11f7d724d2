import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isIsoDate, isIsoDateTime, parseIsoDateTime } from '../../src/core/model/dates';

describe('dates', () => {
  it('reads date-times with a zone, and dates as midnight UTC', () => {
    assert.equal(parseIsoDateTime('2026-03-04T09:15:00Z'), Date.UTC(2026, 2, 4, 9, 15));
    assert.equal(parseIsoDateTime('2026-03-04T09:15:00.5+01:30'), Date.UTC(2026, 2, 4, 7, 45, 0, 500));
    assert.equal(parseIsoDateTime(' 2026-03-04 '), Date.UTC(2026, 2, 4));
    assert.equal(parseIsoDateTime(new Date(Date.UTC(2026, 0, 1))), Date.UTC(2026, 0, 1));
    for (const bad of ['2026-13-01', '2026-00-10', '2026-04-31', '2026-01-01T24:00Z', 'yesterday', 42]) assert.equal(parseIsoDateTime(bad), null, String(bad));
  });

  it('knows the Gregorian leap years', () => {
    assert.ok(isIsoDate('2024-02-29') && isIsoDate('2000-02-29') && isIsoDate('2400-02-29'));
    assert.ok(!isIsoDate('2026-02-29') && !isIsoDate('1900-02-29') && !isIsoDate('2100-02-29') && !isIsoDate('2024-02-30'));
    assert.ok(isIsoDateTime('2024-02-29T12:00:00Z'));
  });

  it('accepts exactly the calendar days that exist (against Date)', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
      const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const exists = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
      assert.equal(isIsoDate(text), exists, text);
    }));
  });
});

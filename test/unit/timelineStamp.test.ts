/**
 * The timeline-entry scanner against the RegExps it replaced (kept here as the specification): a
 * list item or table row whose text starts with an optionally wrapped ISO-like date-time.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { timelineStampOf } from '../../src/core/checks/timelineStamp';

const STAMP = '(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:[ ]?(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?';
const WRAPPER = '(?:\\*\\*|__|`|\\[)?';
const LIST_ENTRY = new RegExp(`^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+${WRAPPER}${STAMP}`, 'd');
const TABLE_ENTRY = new RegExp(`^ {0,3}\\|?[ \\t]*${WRAPPER}${STAMP}[^|]*\\|`, 'd');

function reference(line: string): { time: number; stamp: string } | null {
  const match = LIST_ENTRY.exec(line) ?? TABLE_ENTRY.exec(line);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', zone] = match;
  let time = daysFromCivil(Number(y), Number(mo), Number(d)) * 86_400_000 + (Number(h) * 3600 + Number(mi) * 60 + Number(s)) * 1000;
  if (zone && zone !== 'Z' && zone !== 'UTC' && zone !== 'GMT') {
    const digits = zone.slice(1).replace(':', '');
    time -= (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  const stampStart = match.indices![1][0];
  return { time, stamp: match[0].slice(stampStart).replace(/[ \t|*_`\]]+$/, '') };
}

/** The previous implementation's day count (H. Hinnant's algorithm), out-of-range months included. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function scanned(line: string, prefix = '', suffix = ''): { time: number; stamp: string } | null {
  const text = prefix + line + suffix;
  const stamp = { time: 0, start: 0, textEnd: 0 };
  if (!timelineStampOf(text, prefix.length, prefix.length + line.length, stamp)) return null;
  return { time: stamp.time, stamp: text.slice(stamp.start, stamp.textEnd) };
}

const FRAGMENTS = [
  ' ', '  ', '   ', '    ', '\t', '-', '*', '+', '1.', '42)', '123456789.', '1234567890.', '|', '||', '**', '__', '`', '[', ']', '_',
  '2026-03-04', '2026-3-04', '1999-12-31', '0000-01-01', 'T', ' ', '10:00', '9:00', '23:59', ':30', ':3', '.5', ',123', '.', 'Z', 'UTC', 'GMT', 'UT',
  '+01:00', '-0530', '+1', '+01:', '-12:3', 'x', 'event', ':', '2026', '-', '1', '\u00a0', 'é',
];

describe('timeline entries: the stamp scanner', () => {
  it('reads list items and table rows as the RegExps did', () => {
    const cases: Array<[string, string | null]> = [
      ['- 2026-02-10T09:00Z B', '2026-02-10T09:00Z'],
      ['1. 2026-02-10 10:00 UTC C', '2026-02-10 10:00 UTC'],
      ['   * **2026-02-10T09:00:30.25+01:00** text', '2026-02-10T09:00:30.25+01:00'],
      ['| **2026-02-10T08:00Z** | A |', '2026-02-10T08:00Z'],
      ['2026-02-10T08:00 local | A |', '2026-02-10T08:00 local'],
      ['    - 2026-02-10T09:00Z indented code, not an item', null],
      ['-2026-02-10T09:00Z', null],
      ['| 2026-02-10T09:00Z no closing pipe', null],
      ['1234567890. 2026-02-10T09:00Z', null],
      ['2026) 2026-02-10T09:00Z', '2026-02-10T09:00Z'],
    ];
    for (const [line, stamp] of cases) {
      assert.equal(scanned(line)?.stamp ?? null, stamp, line);
      assert.deepEqual(scanned(line), reference(line), line);
    }
    assert.equal(scanned('- 2026-02-10T09:00+01:00')!.time, Date.UTC(2026, 1, 10, 8, 0));
    assert.equal(scanned('- 2026-02-10T09:00 -0530')!.time, Date.UTC(2026, 1, 10, 14, 30));
  });

  it('agrees with the RegExps on random lines, and never reads past the line', () => {
    const line = fc.oneof(
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 40 }).filter((text) => !/[\r\n]/.test(text)),
    );
    fc.assert(
      fc.property(line, fc.constantFrom('', 'x\n'), fc.constantFrom('', '\n| Z |', ':59Z | x |', '00 | y'), (text, prefix, suffix) => {
        assert.deepEqual(scanned(text, prefix, suffix), reference(text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });
});

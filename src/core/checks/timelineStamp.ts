// Recognises a timeline entry on one line: a list item or a table row whose text starts with a
// date-time, optionally wrapped in `**`, `__`, a backtick or `[`. Written as a character scanner
// rather than a RegExp with captures because a 5,000-row timeline is checked on every keystroke;
// test/unit/timelineStamp.test.ts holds the equivalent RegExps and compares both on random lines.

/** A line's date-time: `start`/`end` bound the stamp as written, `textEnd` where its message text ends. */
export interface TimelineStamp {
  /** Epoch milliseconds; a stamp without a zone is read as UTC, so rows compare consistently. */
  time: number;
  start: number;
  /** For a table row, the end of the first cell (less trailing spaces, pipes and markup); else the stamp's end. */
  textEnd: number;
}

const SPACE = 32;
const TAB = 9;
const PIPE = 124;

/** The character code at `i`, or -1 past `end`: nothing here reads beyond the line. */
function codeAt(s: string, i: number, end: number): number {
  return i < end ? s.charCodeAt(i) : -1;
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/** `count` digits at `i` as a number, or -1. */
function digitsAt(s: string, i: number, count: number, end: number): number {
  if (i + count > end) return -1;
  let value = 0;
  for (let k = i; k < i + count; k++) {
    const ch = s.charCodeAt(k);
    if (!isDigit(ch)) return -1;
    value = value * 10 + ch - 48;
  }
  return value;
}

/** Where the content of `[ \t]*` ending the marker run starts, or -1 when there is no list marker. */
function afterListMarker(s: string, i: number, end: number): number {
  const ch = codeAt(s, i, end);
  let j: number;
  if (ch === 45 || ch === 42 || ch === 43) {
    j = i + 1;
  } else {
    j = i;
    while (j < end && j - i < 9 && isDigit(s.charCodeAt(j))) j++;
    if (j === i || j >= end) return -1;
    const delimiter = s.charCodeAt(j);
    if (delimiter !== 46 && delimiter !== 41) return -1;
    j++;
  }
  const content = skipBlanks(s, j, end);
  return content > j ? content : -1;
}

function skipBlanks(s: string, i: number, end: number): number {
  for (let ch = codeAt(s, i, end); ch === SPACE || ch === TAB; ch = codeAt(s, i, end)) i++;
  return i;
}

/** `**`, `__`, a backtick or `[` at `i`: the offset after it, else `i`. */
function skipWrapper(s: string, i: number, end: number): number {
  if (i >= end) return i;
  const ch = s.charCodeAt(i);
  if ((ch === 42 || ch === 95) && i + 1 < end && s.charCodeAt(i + 1) === ch) return i + 2;
  return ch === 96 || ch === 91 ? i + 1 : i;
}

/** Reads `YYYY-MM-DD[T ]hh:mm[:ss[.fff]][ ][zone]` at `i` into `out`; returns its end or -1. */
function readStamp(s: string, i: number, end: number, out: { time: number }): number {
  // Written out without calls: this runs for every row of a long timeline, mostly before V8 has
  // optimised it, when each call costs more than the arithmetic.
  if (i + 16 > end) return -1;
  const y0 = s.charCodeAt(i) - 48;
  const y1 = s.charCodeAt(i + 1) - 48;
  const y2 = s.charCodeAt(i + 2) - 48;
  const y3 = s.charCodeAt(i + 3) - 48;
  const mo0 = s.charCodeAt(i + 5) - 48;
  const mo1 = s.charCodeAt(i + 6) - 48;
  const d0 = s.charCodeAt(i + 8) - 48;
  const d1 = s.charCodeAt(i + 9) - 48;
  const h0 = s.charCodeAt(i + 11) - 48;
  const h1 = s.charCodeAt(i + 12) - 48;
  const mi0 = s.charCodeAt(i + 14) - 48;
  const mi1 = s.charCodeAt(i + 15) - 48;
  if (
    y0 < 0 || y0 > 9 || y1 < 0 || y1 > 9 || y2 < 0 || y2 > 9 || y3 < 0 || y3 > 9 || mo0 < 0 || mo0 > 9 || mo1 < 0 || mo1 > 9 ||
    d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9 || h0 < 0 || h0 > 9 || h1 < 0 || h1 > 9 || mi0 < 0 || mi0 > 9 || mi1 < 0 || mi1 > 9
  ) return -1;
  const separator = s.charCodeAt(i + 10);
  if (s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45 || (separator !== 84 && separator !== SPACE) || s.charCodeAt(i + 13) !== 58) return -1;
  let j = i + 16;
  let second = 0;
  if (j + 3 <= end && s.charCodeAt(j) === 58) {
    const s0 = s.charCodeAt(j + 1) - 48;
    const s1 = s.charCodeAt(j + 2) - 48;
    if (s0 >= 0 && s0 <= 9 && s1 >= 0 && s1 <= 9) {
      second = s0 * 10 + s1;
      j += 3;
      const mark = j < end ? s.charCodeAt(j) : -1;
      if ((mark === 46 || mark === 44) && isDigit(codeAt(s, j + 1, end))) {
        j += 2;
        while (isDigit(codeAt(s, j, end))) j++;
      }
    }
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const days = daysFromCivil(year, mo0 * 10 + mo1, d0 * 10 + d1);
  out.time = days * 86_400_000 + ((h0 * 10 + h1) * 3600 + (mi0 * 10 + mi1) * 60 + second) * 1000;
  const next = j < end ? s.charCodeAt(j) : -1;
  if (next === 90) return j + 1; // `Z`, the usual zone
  let zoneEnd = readZone(s, j, end, out);
  if (zoneEnd < 0 && next === SPACE) zoneEnd = readZone(s, j + 1, end, out);
  return zoneEnd < 0 ? j : zoneEnd;
}

/** `Z`, `UTC`, `GMT`, `±hh:mm` or `±hhmm` at `i`: shifts `out.time` to UTC and returns the zone's end, or -1. */
function readZone(s: string, i: number, end: number, out: { time: number }): number {
  const ch = codeAt(s, i, end);
  if (ch === 90) return i + 1;
  if (i + 3 <= end && (s.startsWith('UTC', i) || s.startsWith('GMT', i))) return i + 3;
  if (ch !== 43 && ch !== 45) return -1;
  const hours = digitsAt(s, i + 1, 2, end);
  if (hours < 0) return -1;
  let j = i + 3;
  if (codeAt(s, j, end) === 58) j++;
  const minutes = digitsAt(s, j, 2, end);
  if (minutes < 0) return -1;
  out.time -= (ch === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  return j + 2;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; cheaper than Date.UTC). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Reads the timeline stamp of the line `s[lineStart, lineEnd)` into `out` (one object reused for every
 * row of a long timeline); false when the line is not an entry.
 */
export function timelineStampOf(s: string, lineStart: number, lineEnd: number, out: TimelineStamp): boolean {
  let i = lineStart;
  while (i < lineEnd && i - lineStart < 3 && s.charCodeAt(i) === SPACE) i++;
  if (i >= lineEnd) return false;
  const content = s.charCodeAt(i) === PIPE ? -1 : afterListMarker(s, i, lineEnd);
  if (content >= 0) {
    const start = skipWrapper(s, content, lineEnd);
    const end = readStamp(s, start, lineEnd, out);
    if (end >= 0) {
      out.start = start;
      out.textEnd = end;
      return true;
    }
  }
  return tableStamp(s, i, lineEnd, out);
}

/** `|? [ \t]* wrapper? stamp [^|]* |` from `i`. */
function tableStamp(s: string, i: number, lineEnd: number, out: TimelineStamp): boolean {
  if (i < lineEnd && s.charCodeAt(i) === PIPE) i++;
  while (i < lineEnd && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB)) i++;
  const start = skipWrapper(s, i, lineEnd);
  const end = readStamp(s, start, lineEnd, out);
  if (end < 0) return false;
  const pipe = s.indexOf('|', end);
  if (pipe < 0 || pipe >= lineEnd) return false;
  let textEnd = pipe;
  for (let ch = s.charCodeAt(textEnd - 1); textEnd > start && (ch === SPACE || ch === TAB || ch === PIPE || ch === 42 || ch === 95 || ch === 96 || ch === 93); ch = s.charCodeAt(textEnd - 1)) {
    textEnd--; // blanks, pipes and markup (`*`, `_`, backtick, `]`) end the cell, not the stamp
  }
  out.start = start;
  out.textEnd = textEnd;
  return true;
}

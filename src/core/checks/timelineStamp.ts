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
  const ch = codeAt(s, i, end);
  if ((ch === 42 || ch === 95) && codeAt(s, i + 1, end) === ch) return i + 2;
  return ch === 96 || ch === 91 ? i + 1 : i;
}

/** Reads `YYYY-MM-DD[T ]hh:mm[:ss[.fff]][ ][zone]` at `i` into `out`; returns its end or -1. */
function readStamp(s: string, i: number, end: number, out: { time: number }): number {
  const year = digitsAt(s, i, 4, end);
  if (year < 0 || codeAt(s, i + 4, end) !== 45) return -1;
  const month = digitsAt(s, i + 5, 2, end);
  if (month < 0 || codeAt(s, i + 7, end) !== 45) return -1;
  const day = digitsAt(s, i + 8, 2, end);
  const separator = codeAt(s, i + 10, end);
  if (day < 0 || (separator !== 84 && separator !== SPACE)) return -1;
  const hour = digitsAt(s, i + 11, 2, end);
  if (hour < 0 || codeAt(s, i + 13, end) !== 58) return -1;
  const minute = digitsAt(s, i + 14, 2, end);
  if (minute < 0) return -1;
  let j = i + 16;
  let second = 0;
  if (codeAt(s, j, end) === 58) {
    const value = digitsAt(s, j + 1, 2, end);
    if (value >= 0) {
      second = value;
      j += 3;
      const mark = codeAt(s, j, end);
      if ((mark === 46 || mark === 44) && isDigit(codeAt(s, j + 1, end))) {
        j += 2;
        while (isDigit(codeAt(s, j, end))) j++;
      }
    }
  }
  out.time = daysFromCivil(year, month, day) * 86_400_000 + (hour * 3600 + minute * 60 + second) * 1000;
  let zoneEnd = readZone(s, j, end, out);
  if (zoneEnd < 0 && codeAt(s, j, end) === SPACE) zoneEnd = readZone(s, j + 1, end, out);
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
  const content = afterListMarker(s, i, lineEnd);
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
  if (codeAt(s, i, lineEnd) === PIPE) i++;
  const start = skipWrapper(s, skipBlanks(s, i, lineEnd), lineEnd);
  const end = readStamp(s, start, lineEnd, out);
  if (end < 0) return false;
  const pipe = s.indexOf('|', end);
  if (pipe < 0 || pipe >= lineEnd) return false;
  let textEnd = pipe;
  while (textEnd > start && isTrailingMarkup(s.charCodeAt(textEnd - 1))) textEnd--;
  out.start = start;
  out.textEnd = textEnd;
  return true;
}

/** Characters stripped from the end of a cell's stamp text: blanks, pipes, `*`, `_`, backtick, `]`. */
function isTrailingMarkup(ch: number): boolean {
  return ch === SPACE || ch === TAB || ch === PIPE || ch === 42 || ch === 95 || ch === 96 || ch === 93;
}

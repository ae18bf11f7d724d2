import type { ParsedDocument } from '../parse/parseRecord';
import type { Section } from '../parse/sections';

/** A timestamped list item or table row of the Timeline section. */
export interface TimelineEntry {
  /** Epoch milliseconds (a stamp without a zone is read as UTC, so rows compare consistently). */
  time: number;
  stamp: string;
  lineStart: number;
  lineEnd: number;
  /** Offset just past the entry's last line (continuation lines included), line break included. */
  blockEnd: number;
}

const STAMP = '(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:[ ]?(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?';
const WRAPPER = '(?:\\*\\*|__|`|\\[)?';
const LIST_ENTRY = new RegExp(`^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+${WRAPPER}${STAMP}`);
const TABLE_ENTRY = new RegExp(`^ {0,3}\\|?[ \\t]*${WRAPPER}${STAMP}[^|]*\\|`);

export function timelineEntries(doc: ParsedDocument, section: Section): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const hidden = [...doc.outline.codeBlocks, ...doc.outline.comments];
  const first = doc.lines.position(section.contentStart).line;
  const last = doc.lines.position(section.contentEnd).line;
  let previous: TimelineEntry | null = null;
  for (let line = first; line <= last && line < doc.lines.lineCount; line++) {
    const start = doc.lines.lineStart(line);
    if (start >= section.contentEnd) break;
    const end = doc.lines.lineEnd(line);
    const next = line + 1 < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : doc.text.length;
    const text = doc.text.slice(start, end);
    const isHidden = hidden.some((block) => start >= block.start && start < block.end);
    const match = isHidden ? null : LIST_ENTRY.exec(text) ?? TABLE_ENTRY.exec(text);
    if (match) {
      previous = { time: stampTime(match), stamp: stampText(match), lineStart: start, lineEnd: end, blockEnd: next };
      entries.push(previous);
    } else if (previous && /^[ \t]+\S/.test(text) && !text.includes('|')) {
      previous.blockEnd = next; // an indented continuation line belongs to the entry above
    } else {
      previous = null;
    }
  }
  return entries.filter((entry) => !Number.isNaN(entry.time));
}

/** The date-time as written (for messages). */
function stampText(match: RegExpExecArray): string {
  const text = match[0];
  return text.slice(text.indexOf(match[1])).replace(/[ \t|*_`\]]+$/, '');
}

function stampTime(match: RegExpExecArray): number {
  const [, y, mo, d, h, mi, s = '0', zone] = match;
  const utc = daysFromCivil(Number(y), Number(mo), Number(d)) * 86_400_000 + (Number(h) * 3600 + Number(mi) * 60 + Number(s)) * 1000;
  if (!zone || zone === 'Z' || zone === 'UTC' || zone === 'GMT') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
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

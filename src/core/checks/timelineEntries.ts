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
      previous = { time: stampTime(match), stamp: match[0].replace(/^[^\d]*/, '').replace(/[ \t|]+$/, ''), lineStart: start, lineEnd: end, blockEnd: next };
      entries.push(previous);
    } else if (previous && /^[ \t]+\S/.test(text) && !text.includes('|')) {
      previous.blockEnd = next; // an indented continuation line belongs to the entry above
    } else {
      previous = null;
    }
  }
  return entries.filter((entry) => !Number.isNaN(entry.time));
}

function stampTime(match: RegExpExecArray): number {
  const [, y, mo, d, h, mi, s = '0', zone] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (!zone || zone === 'Z' || zone === 'UTC' || zone === 'GMT') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

import type { ParsedDocument } from '../parse/parseRecord';
import type { Section } from '../parse/sections';
import { timelineStampOf, type TimelineStamp } from './timelineStamp';

/** A timestamped list item or table row of the Timeline section. */
export interface TimelineEntry {
  /** Epoch milliseconds (a stamp without a zone is read as UTC, so rows compare consistently). */
  time: number;
  /** The date-time as written (for messages): `text.slice(stampStart, stampEnd)`. */
  stampStart: number;
  stampEnd: number;
  lineStart: number;
  lineEnd: number;
  /** Offset just past the entry's last line (continuation lines included), line break included. */
  blockEnd: number;
}

/** A line that continues the entry above: indented text that is not a table row. */
const CONTINUATION = /^[ \t]+\S/;

export function timelineEntries(doc: ParsedDocument, section: Section): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const hidden = [...doc.outline.codeBlocks, ...doc.outline.comments].sort((a, b) => a.start - b.start);
  let nextHidden = 0;
  let hiddenUntil = -1;
  const { lines, text } = doc;
  const starts = lines.starts;
  const stamp: TimelineStamp = { time: 0, start: 0, textEnd: 0 };
  let previous: TimelineEntry | null = null;
  for (let line = lines.position(section.contentStart).line; line < starts.length; line++) {
    const start = starts[line];
    if (start >= section.contentEnd) break;
    while (nextHidden < hidden.length && hidden[nextHidden].start <= start) hiddenUntil = Math.max(hiddenUntil, hidden[nextHidden++].end);
    // the line's end before its break, as LineIndex.lineEnd gives it, without a call per row
    const next = line + 1 < starts.length ? starts[line + 1] : text.length;
    let end = next;
    if (line + 1 < starts.length) {
      if (text.charCodeAt(end - 1) === 10) end--;
      if (text.charCodeAt(end - 1) === 13) end--;
    }
    if (start >= hiddenUntil && timelineStampOf(text, start, end, stamp)) {
      previous = { time: stamp.time, stampStart: stamp.start, stampEnd: stamp.textEnd, lineStart: start, lineEnd: end, blockEnd: next };
      entries.push(previous);
    } else if (previous && isBlank(text.charCodeAt(start)) && continuesEntry(text.slice(start, end))) {
      previous.blockEnd = next;
    } else {
      previous = null;
    }
  }
  return entries;
}

function isBlank(ch: number): boolean {
  return ch === 32 || ch === 9;
}

function continuesEntry(line: string): boolean {
  return CONTINUATION.test(line) && !line.includes('|');
}

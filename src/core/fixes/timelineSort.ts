import type { TimelineEntry } from '../checks/timelineEntries';
import type { Fix } from '../model/finding';
import type { ParsedDocument } from '../parse/parseRecord';
import { fix, replaceRange } from './textEdits';

/**
 * Sorts timeline entries by time, each with its continuation lines; a stable sort, so entries with
 * the same time keep their order. Only the entries' own lines move.
 */
export function sortTimelineFix(doc: ParsedDocument, entries: TimelineEntry[]): Fix {
  const eol = doc.lines.eol;
  const start = entries[0].lineStart;
  const end = entries[entries.length - 1].blockEnd;
  const blocks = entries.map((entry, index) => {
    const blockEnd = index + 1 < entries.length ? entries[index + 1].lineStart : entry.blockEnd;
    const text = doc.text.slice(entry.lineStart, blockEnd);
    return { time: entry.time, text: /\r?\n$/.test(text) ? text : `${text}${eol}` };
  });
  const sorted = blocks.map((block, index) => ({ ...block, index })).sort((a, b) => a.time - b.time || a.index - b.index);
  let newText = sorted.map((block) => block.text).join('');
  if (!/\r?\n$/.test(doc.text.slice(start, end))) newText = newText.replace(/\r?\n$/, '');
  return fix('Sort the timeline by time', [replaceRange(doc, start, end, newText)], true);
}

/**
 * The content of an open paragraph: its link reference definitions are taken off the front (once
 * the paragraph closes, or when it turns into a setext heading or a table) and the rest becomes an
 * inline run.
 */
import type { InlineRun } from './inlineRun';
import { parseLeadingDefinitions, type Definitions } from './linkReferenceDefinitions';
import { OffsetMap } from './offsetMap';
import type { OpenBlock } from './openBlock';

interface ContentView {
  text: string;
  start: number;
  end: number;
  map: OffsetMap | null;
  /** Per remaining line, where it ends in `text` (to tell which line an offset falls on). */
  lineEnds: number[];
  /** Index of the paragraph line that `lineEnds[0]` belongs to. */
  firstLine: number;
}

/**
 * Paragraph lines from `contentLine` on, as one stretch of text. Lines joined only by line endings
 * and indentation are scanned in place; inside a block quote they are copied without the `>` markers.
 */
function contentView(source: string, paragraph: OpenBlock): ContentView {
  const first = paragraph.contentLine;
  const last = paragraph.lineStarts.length - 1;
  if (!paragraph.inBlockQuote || first >= last) {
    return {
      text: source,
      start: first <= last ? paragraph.lineStarts[first] : paragraph.end,
      end: paragraph.end,
      map: null,
      lineEnds: paragraph.lineEnds.slice(first),
      firstLine: first,
    };
  }
  const map = new OffsetMap();
  const lineEnds: number[] = [];
  let copy = '';
  for (let k = first; k <= last; k++) {
    if (k > first) copy += '\n';
    map.addSegment(copy.length, paragraph.lineStarts[k]);
    copy += source.slice(paragraph.lineStarts[k], paragraph.lineEnds[k]);
    lineEnds.push(copy.length);
  }
  return { text: copy, start: 0, end: copy.length, map, lineEnds, firstLine: first };
}

/**
 * Takes the paragraph's leading definitions into `definitions`; returns the inline run of what is
 * left (null if nothing is), and moves `paragraph.contentLine` to the first line left.
 */
export function takeParagraphContent(source: string, paragraph: OpenBlock, definitions: Definitions): InlineRun | null {
  const view = contentView(source, paragraph);
  const rest = parseLeadingDefinitions(view.text, view.start, view.end, definitions);
  let line = 0;
  while (line < view.lineEnds.length && view.lineEnds[line] < rest) line++;
  paragraph.contentLine = view.firstLine + line;
  if (rest >= view.end) return null;
  return {
    text: view.text,
    start: rest,
    end: view.end,
    map: view.map,
    tableRow: false,
    // micromark checks for a task checkbox after any leading definitions too.
    taskListItem: paragraph.firstInListItem,
  };
}

/**
 * The content of an open paragraph: its link reference definitions are taken off the front (once
 * the paragraph closes, or when it turns into a setext heading or a table) and the rest becomes an
 * inline run.
 */
import type { InlineRun } from './inlineRun';
import { parseLeadingDefinitions, type Definitions } from './linkReferenceDefinitions';
import { OffsetMap } from './offsetMap';
import type { OpenBlock } from './openBlock';

interface CopiedContent {
  text: string;
  map: OffsetMap;
  /** Per line from the paragraph's `contentLine` on, where it ends in `text`. */
  lineEnds: number[];
}

/** Paragraph lines from `contentLine` on, copied without the `>` markers that sit between them. */
function copyContent(source: string, paragraph: OpenBlock): CopiedContent {
  const map = new OffsetMap();
  const lineEnds: number[] = [];
  let copy = '';
  for (let k = paragraph.contentLine; k < paragraph.lineCount; k++) {
    if (k > paragraph.contentLine) copy += '\n';
    map.addSegment(copy.length, paragraph.lineStarts[k]);
    copy += source.slice(paragraph.lineStarts[k], paragraph.lineEnds[k]);
    lineEnds.push(copy.length);
  }
  return { text: copy, map, lineEnds };
}

/**
 * Takes the paragraph's leading definitions into `definitions`; returns the inline run of what is
 * left (null if nothing is), and moves `paragraph.contentLine` to the first line left. Lines joined
 * only by line endings and indentation are scanned in place; inside a block quote they are copied.
 */
export function takeParagraphContent(source: string, paragraph: OpenBlock, definitions: Definitions): InlineRun | null {
  const first = paragraph.contentLine;
  let text = source;
  let start = first < paragraph.lineCount ? paragraph.lineStarts[first] : paragraph.end;
  let end = paragraph.end;
  let map: OffsetMap | null = null;
  // Where the lines from `first` on end in `text`: entries [from, to) of `lineEnds`.
  let lineEnds = paragraph.lineEnds;
  let from = first;
  let to = paragraph.lineCount;
  if (paragraph.inBlockQuote && first < paragraph.lineCount - 1) {
    const copy = copyContent(source, paragraph);
    text = copy.text;
    start = 0;
    end = text.length;
    map = copy.map;
    lineEnds = copy.lineEnds;
    from = 0;
    to = lineEnds.length;
  }
  const rest = parseLeadingDefinitions(text, start, end, definitions);
  let line = from;
  while (line < to && lineEnds[line] < rest) line++;
  paragraph.contentLine = first + (line - from);
  if (rest >= end) return null;
  return {
    text,
    start: rest,
    end,
    map,
    tableRow: false,
    // micromark checks for a task checkbox after any leading definitions too.
    taskListItem: paragraph.firstInListItem,
  };
}

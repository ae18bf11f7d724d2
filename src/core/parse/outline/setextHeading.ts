import { isSpaceOrTab } from './characters';
import type { OpenBlock } from './openBlock';
import type { OutlineHeading } from './outline';

/**
 * The heading a document-level paragraph becomes under a `===` / `---` underline: its lines from
 * `contentLine` on (leading definitions excluded), each trimmed and joined with `\n`.
 */
export function setextHeading(text: string, paragraph: OpenBlock, level: number, underlineEnd: number): OutlineHeading {
  const first = paragraph.contentLine;
  const last = paragraph.lineCount - 1;
  let headingText = '';
  let textEnd = paragraph.lineStarts[first];
  for (let k = first; k <= last; k++) {
    let stop = paragraph.lineEnds[k];
    while (stop > paragraph.lineStarts[k] && isSpaceOrTab(text.charCodeAt(stop - 1))) stop--;
    if (k > first) headingText += '\n';
    headingText += text.slice(paragraph.lineStarts[k], stop);
    textEnd = stop;
  }
  const textStart = paragraph.lineStarts[first];
  let start = paragraph.firstLineStart;
  if (first > 0) {
    // The heading starts on a later line of the paragraph: back up over that line's indentation.
    start = textStart;
    while (start > 0 && isSpaceOrTab(text.charCodeAt(start - 1))) start--;
  }
  return { level, text: headingText, start, end: underlineEnd, textStart, textEnd };
}

import { isAsciiDigit, isSpaceOrTab } from './characters';
import type { LineCursor } from './lineCursor';

export interface ListMarker {
  ordered: boolean;
  /** Bullet character, or the delimiter (`.` / `)`) of an ordered list. */
  marker: number;
  /** Columns from the container's content start to the marker. */
  markerOffset: number;
  /** Columns from the marker to the item's content. */
  padding: number;
}

function restIsBlank(cursor: LineCursor, from: number): boolean {
  for (let i = from; i < cursor.lineEnd; i++) if (!isSpaceOrTab(cursor.text.charCodeAt(i))) return false;
  return true;
}

/**
 * A list marker at the cursor's next non-space character. On success the cursor is moved to the
 * item's content. When `interrupting` (a paragraph or indented code is in progress), an ordered item
 * must be numbered exactly 1 and the item must not be empty, as in micromark.
 */
export function parseListMarker(cursor: LineCursor, interrupting: boolean): ListMarker | null {
  if (cursor.indent >= 4) return null;
  const start = cursor.nextNonspace;
  const c = cursor.charAt(start);
  let markerEnd: number;
  let ordered = false;
  let marker = c;
  if (c === 42 || c === 43 || c === 45) {
    markerEnd = start + 1;
  } else if (isAsciiDigit(c)) {
    let j = start + 1;
    while (j - start < 10 && isAsciiDigit(cursor.charAt(j))) j++;
    const delimiter = cursor.charAt(j);
    if (j - start > 9 || (delimiter !== 46 && delimiter !== 41)) return null;
    if (interrupting && (j - start !== 1 || c !== 49)) return null;
    ordered = true;
    marker = delimiter;
    markerEnd = j + 1;
  } else {
    return null;
  }
  const after = cursor.charAt(markerEnd);
  if (after !== -1 && !isSpaceOrTab(after)) return null;
  if (interrupting && restIsBlank(cursor, markerEnd)) return null;

  const markerOffset = cursor.indent;
  const markerWidth = markerEnd - start;
  cursor.advanceNextNonspace();
  cursor.advanceOffset(markerWidth, true);
  const spacesStartColumn = cursor.column;
  const spacesStartOffset = cursor.offset;
  do {
    cursor.advanceOffset(1, true);
  } while (cursor.column - spacesStartColumn < 5 && isSpaceOrTab(cursor.charAt(cursor.offset)));
  const blankItem = cursor.charAt(cursor.offset) === -1;
  const spacesAfterMarker = cursor.column - spacesStartColumn;
  let padding: number;
  if (spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem) {
    // Content starting 5+ columns after the marker is indented code: the item's content starts 1 column in.
    padding = markerWidth + 1;
    cursor.column = spacesStartColumn;
    cursor.offset = spacesStartOffset;
    if (isSpaceOrTab(cursor.charAt(cursor.offset))) cursor.advanceOffset(1, true);
  } else {
    padding = markerWidth + spacesAfterMarker;
  }
  return { ordered, marker, markerOffset, padding };
}

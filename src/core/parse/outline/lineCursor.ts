/**
 * Position within the current line, in characters and in columns. Tabs advance to the next multiple
 * of 4 columns and may be consumed partly (a list item's content can start in the middle of a tab),
 * exactly as in the CommonMark reference parser.
 */
export class LineCursor {
  text = '';
  lineStart = 0;
  lineEnd = 0;
  offset = 0;
  column = 0;
  nextNonspace = 0;
  nextNonspaceColumn = 0;
  /** Columns between `offset` and `nextNonspace`. */
  indent = 0;
  /** `indent` ≥ 4: indented code, or too deep for most block starts. */
  indented = false;
  /** Nothing but spaces and tabs from `offset` to the line end. */
  blank = false;
  partiallyConsumedTab = false;
  /** Where the last search for `nextNonspace` started (-1: none yet on this line). */
  private scannedFrom = -1;

  startLine(text: string, lineStart: number, lineEnd: number): void {
    this.text = text;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
    this.offset = lineStart;
    this.column = 0;
    this.partiallyConsumedTab = false;
    this.scannedFrom = -1;
    this.nextNonspace = -1;
  }

  /** The code unit at `i` of the current line, or -1 past its end. */
  charAt(i: number): number {
    return i < this.lineEnd ? this.text.charCodeAt(i) : -1;
  }

  findNextNonspace(): void {
    // Each open container looks for the next non-space again; when the cursor only moved through
    // the spaces already scanned, the answer is unchanged (columns are absolute, so it still holds).
    // Without this, a staircase of nested list items rescans its indentation once per level.
    if (this.offset >= this.scannedFrom && this.offset <= this.nextNonspace) {
      this.indent = this.nextNonspaceColumn - this.column;
      this.indented = this.indent >= 4;
      return;
    }
    this.scannedFrom = this.offset;
    const text = this.text;
    let i = this.offset;
    let cols = this.column;
    while (i < this.lineEnd) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        i++;
        cols++;
      } else if (c === 9) {
        i++;
        cols += 4 - (cols % 4);
      } else {
        break;
      }
    }
    this.blank = i >= this.lineEnd;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = cols - this.column;
    this.indented = this.indent >= 4;
  }

  advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partiallyConsumedTab = false;
  }

  /** Advances `count` characters, or `count` columns when `columns` (splitting a tab if needed). */
  advanceOffset(count: number, columns: boolean): void {
    const text = this.text;
    while (count > 0 && this.offset < this.lineEnd) {
      if (text.charCodeAt(this.offset) === 9) {
        const charsToTab = 4 - (this.column % 4);
        if (columns) {
          this.partiallyConsumedTab = charsToTab > count;
          const charsToAdvance = charsToTab > count ? count : charsToTab;
          this.column += charsToAdvance;
          this.offset += this.partiallyConsumedTab ? 0 : 1;
          count -= charsToAdvance;
        } else {
          this.partiallyConsumedTab = false;
          this.column += charsToTab;
          this.offset += 1;
          count -= 1;
        }
      } else {
        this.partiallyConsumedTab = false;
        this.offset += 1;
        this.column += 1;
        count -= 1;
      }
    }
  }
}

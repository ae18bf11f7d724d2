/**
 * Runs of rows of a GFM table at the document level, taken in one tight loop instead of one block
 * pass step per line: a timeline of thousands of rows is then cheap even before the block pass is
 * optimised. While such a table is open, a line of at most 3 spaces and then `|` can start no other
 * block (no container is open, so there is no prefix to match and no lazy line): the block pass
 * would only add it as a row, from its `|` to its end. Any other line (blank, indented, starting
 * with anything else) ends the run and goes through the block pass as before.
 */
import { ForwardSearch } from './forwardSearch';
import { CandidateSearch, EmailRunSearch } from './inlineCandidates';

/** Offset of the `|` of a row on the line starting at `i`, or -1 if the line is not a row. */
function rowStartAt(text: string, i: number): number {
  for (let k = i; k < i + 4; k++) {
    const c = text.charCodeAt(k);
    if (c === 124 /* | */) return k;
    if (c !== 32) return -1;
  }
  return -1;
}

export class TableRowRuns {
  /**
   * The inline pass's own searches: a row without a candidate between its `|` and its end holds
   * nothing it could find, and it passes over such rows; they need no inline run at all. Line
   * endings and indentation are never candidates, so a search from the end of the last row queued
   * finds the same as one from the next row's `|`.
   */
  private readonly candidates = new CandidateSearch();
  private readonly emailRuns = new EmailRunSearch();
  private readonly lineFeeds = new ForwardSearch('\n');
  private readonly carriageReturns: ForwardSearch | null;

  constructor(
    private readonly text: string,
    hasCarriageReturns: boolean,
  ) {
    this.carriageReturns = hasCarriageReturns ? new ForwardSearch('\r') : null;
  }

  /**
   * Takes the rows from the line at `lineStart` up to the first line that is not a row, calling
   * `row(start, end)` for each row that may hold a link. Returns the end of the last row (line
   * ending excluded), or -1 if the line at `lineStart` is not a row.
   */
  take(lineStart: number, row: (start: number, end: number) => void): number {
    // One tight loop: this runs once per row, mostly before V8 has optimised it.
    const text = this.text;
    let rowStart = rowStartAt(text, lineStart);
    if (rowStart < 0) return -1;
    let candidate = this.nextCandidate(rowStart);
    for (;;) {
      let lineEnd: number;
      if (this.carriageReturns === null) {
        lineEnd = text.indexOf('\n', rowStart);
        if (lineEnd < 0) lineEnd = text.length;
      } else {
        lineEnd = this.lineEndWithCarriageReturns(rowStart);
      }
      if (candidate < lineEnd) {
        row(rowStart, lineEnd);
        candidate = this.nextCandidate(lineEnd);
      }
      let next = lineEnd + 1;
      if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(next) === 10) next++;
      const c = text.charCodeAt(next); // NaN past the end
      if (c === 124 /* | */) rowStart = next;
      else if (c === 32) rowStart = rowStartAt(text, next);
      else rowStart = -1;
      if (rowStart < 0) return lineEnd;
    }
  }

  /** The first place at or after `from` where the inline pass may find something (emails whether or not the row has an `@`). */
  private nextCandidate(from: number): number {
    return Math.min(this.candidates.find(this.text, from), this.emailRuns.find(this.text, from));
  }

  /** Searches that remember their answers: a text with a lone `\r` would otherwise be searched to its end per row. */
  private lineEndWithCarriageReturns(from: number): number {
    let end = this.lineFeeds.find(this.text, from);
    if (end < 0) end = this.text.length;
    const carriageReturn = (this.carriageReturns as ForwardSearch).find(this.text, from);
    return carriageReturn >= 0 && carriageReturn < end ? carriageReturn : end;
  }
}

import type { Position, Range } from '../model/finding';
import { sharedPosition, sharedRange } from './sharedPositions';

/** Converts UTF-16 offsets to 0-based line/character positions; `\r\n`, `\n` and lone `\r` end lines. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // the common case, searched natively: no carriage returns at all
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10) starts.push(i + 1);
        else if (ch === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  /** Where each line starts, for loops over many lines. */
  get starts(): readonly number[] {
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return sharedPosition(low, clamped - this.lineStarts[low]);
  }

  range(start: number, end: number): Range {
    return sharedRange(this.position(start), this.position(end));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineRange(line: number): Range {
    return this.range(this.lineStart(line), this.lineEnd(line));
  }

  offset(position: Position): number {
    return Math.min(this.lineStart(position.line) + position.character, this.lineEnd(position.line));
  }

  /** The line break this text uses (for edits that insert lines). */
  get eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }
}

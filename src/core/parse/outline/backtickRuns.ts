/**
 * Where code spans close. A code span opened by n backticks closes at the next run of exactly n;
 * looking for it by rescanning would make `` ` `` `` `` ``` … quadratic, so all runs of the
 * content are indexed once, by length, and each length is searched with a cursor that only moves
 * forward (openers are met left to right).
 */
export class BacktickRuns {
  private readonly positionsByLength = new Map<number, number[]>();
  private readonly cursorByLength = new Map<number, number>();

  constructor(text: string, from: number, end: number) {
    let i = from;
    while (i < end) {
      if (text.charCodeAt(i) !== 96) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === 96) j++;
      const length = j - i;
      let positions = this.positionsByLength.get(length);
      if (!positions) {
        positions = [];
        this.positionsByLength.set(length, positions);
        this.cursorByLength.set(length, 0);
      }
      positions.push(i);
      i = j;
    }
  }

  /** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
  next(length: number, from: number): number {
    const positions = this.positionsByLength.get(length);
    if (!positions) return -1;
    let cursor = this.cursorByLength.get(length) as number;
    while (cursor < positions.length && positions[cursor] < from) cursor++;
    this.cursorByLength.set(length, cursor);
    return cursor < positions.length ? positions[cursor] : -1;
  }
}

/** Start of the first run of exactly `length` backticks in [from, end), or -1. */
export function nextBacktickRun(text: string, from: number, end: number, length: number): number {
  let i = from;
  while (i < end) {
    if (text.charCodeAt(i) !== 96) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && text.charCodeAt(i) === 96) i++;
    if (i - runStart === length) return runStart;
  }
  return -1;
}

/**
 * Paragraph content inside block quotes cannot be scanned in place (the `>` markers sit between its
 * lines), so it is copied into a string of its own; this maps offsets in that copy back to the source.
 */
export class OffsetMap {
  private readonly contentStarts: number[] = [];
  private readonly sourceStarts: number[] = [];

  /** Declares that content from `contentStart` onwards comes from the source at `sourceStart`. */
  addSegment(contentStart: number, sourceStart: number): void {
    this.contentStarts.push(contentStart);
    this.sourceStarts.push(sourceStart);
  }

  toSource(contentOffset: number): number {
    const starts = this.contentStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= contentOffset) lo = mid;
      else hi = mid - 1;
    }
    return this.sourceStarts[lo] + (contentOffset - starts[lo]);
  }
}

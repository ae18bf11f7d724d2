/**
 * `indexOf` for searches whose start only moves forward (or repeats): remembers the last answer so
 * a thousand unclosed `<!--` cost one scan of the text, not a thousand.
 */
export class ForwardSearch {
  private from = -1;
  private found = -1;

  constructor(private readonly needle: string) {}

  /** First index ≥ `from` where the needle occurs in `text`, or -1. */
  find(text: string, from: number): number {
    if (this.from >= 0 && from >= this.from && (this.found === -1 || from <= this.found)) return this.found;
    this.from = from;
    this.found = text.indexOf(this.needle, from);
    return this.found;
  }
}

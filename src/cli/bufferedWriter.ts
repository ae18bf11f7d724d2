/**
 * Collects small writes into chunks of about `chunkSize` characters before handing them on: a
 * format writes record by record, and a write call per record would cost more than the records.
 */
export class BufferedWriter {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly write: (text: string) => void, private readonly chunkSize = 1 << 16) {}

  readonly push = (text: string): void => {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= this.chunkSize) this.flush();
  };

  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    this.write(text);
  }
}

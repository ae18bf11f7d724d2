/**
 * Record id → the files that hold it (or name it). Nearly every id belongs to one file, kept as a
 * bare string; a Set per id would be a large share of a 10,000-record index's memory.
 */
export class FilesById {
  private readonly map = new Map<string, string | Set<string>>();

  add(id: string, file: string): void {
    const current = this.map.get(id);
    if (current === undefined) this.map.set(id, file);
    else if (typeof current !== 'string') current.add(file);
    else if (current !== file) this.map.set(id, new Set([current, file]));
  }

  delete(id: string, file: string): void {
    const current = this.map.get(id);
    if (current === undefined) return;
    if (typeof current === 'string') {
      if (current === file) this.map.delete(id);
      return;
    }
    current.delete(file);
    if (current.size === 1) this.map.set(id, current.values().next().value as string);
    else if (current.size === 0) this.map.delete(id);
  }

  /** The files, in the order they were added. */
  get(id: string): string[] {
    const current = this.map.get(id);
    if (current === undefined) return [];
    return typeof current === 'string' ? [current] : [...current];
  }

  clear(): void {
    this.map.clear();
  }
}

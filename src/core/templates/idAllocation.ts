/** The parts of a record id such as `INC-2026-014`: type prefix, year and running number. */
export interface RecordIdParts {
  prefix: string;
  year: number;
  number: number;
}

const RECORD_ID = /^([A-Za-z][A-Za-z0-9]*)-(\d{4})-(\d{1,9})$/;
/** Running numbers are written with at least this many digits: INC-2026-001. */
const MIN_DIGITS = 3;

export function parseRecordId(id: string): RecordIdParts | null {
  const match = RECORD_ID.exec(id.trim());
  if (!match) return null;
  return { prefix: match[1], year: Number(match[2]), number: Number(match[3]) };
}

export function formatRecordId(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(MIN_DIGITS, '0')}`;
}

/**
 * One more than the highest running number of that prefix and year among `taken`. Gaps are never
 * filled: an id that was used once (and perhaps deleted or renamed) may be cited somewhere still.
 * Prefixes compare case-insensitively, so a hand-written `inc-2026-007` still counts.
 */
export function nextRecordId(prefix: string, year: number, taken: Iterable<string>): string {
  let highest = 0;
  const wanted = prefix.toUpperCase();
  for (const id of taken) {
    const parts = parseRecordId(id);
    if (parts && parts.year === year && parts.prefix.toUpperCase() === wanted) highest = Math.max(highest, parts.number);
  }
  return formatRecordId(prefix, year, highest + 1);
}

/**
 * Ids handed out but not yet visible in the index (the file is being written, or the person is still
 * answering a prompt). Two creations running at once therefore never get the same id.
 */
export class IdReservations {
  private readonly reserved = new Set<string>();

  /** The next free id given the ids already known, reserved until `release`. */
  allocate(prefix: string, year: number, known: Iterable<string>): string {
    const id = nextRecordId(prefix, year, [...known, ...this.reserved]);
    this.reserved.add(id);
    return id;
  }

  release(id: string): void {
    this.reserved.delete(id);
  }

  has(id: string): boolean {
    return this.reserved.has(id);
  }

  get size(): number {
    return this.reserved.size;
  }
}

/** Ids mentioned in file names (`INC-2026-014-db-outage.md` → `INC-2026-014`), for files the index does not hold. */
export function idFromFileName(name: string): string | null {
  const match = /^([A-Za-z][A-Za-z0-9]*-\d{4}-\d{1,9})(?![0-9])/.exec(name);
  return match ? match[1] : null;
}

import { parseIsoDateTime } from '../model/dates';
import type { Finding } from '../model/finding';
import type { ChecklistEntry, RecordSummary } from '../model/record';
import { naturalSortKey } from './naturalOrder';

/** complete: every due checklist item done and no errors. */
export type RecordHealth = 'complete' | 'incomplete' | 'errors';

/**
 * One record as the tree shows it: its summary plus what its findings say about it, and the values the
 * tree sorts and counts by, computed once when the record changes rather than on every refresh.
 */
export interface TreeRecord {
  /** A stable, unique key for the record's file (the adapter uses the file's URI). */
  readonly key: string;
  readonly summary: RecordSummary;
  /** Findings of severity `error`, cross-record rules and configured severities included. */
  readonly errors: number;
  /** Whether any finding carries a quick fix. */
  readonly fixable: boolean;
  readonly health: RecordHealth;
  /** The record's date in ms since the epoch; -Infinity when it has none. */
  readonly time: number;
  /** The id (else the path) as a key that orders naturally with `<`. */
  readonly nameKey: string;
}

export function treeRecordOf(key: string, summary: RecordSummary, findings: readonly Finding[]): TreeRecord {
  let errors = 0;
  let fixable = false;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    if (finding.fixes && finding.fixes.length > 0) fixable = true;
  }
  const health: RecordHealth = errors > 0 ? 'errors' : summary.checklist.some((entry) => entry.state === 'missing') ? 'incomplete' : 'complete';
  return {
    key, summary, errors, fixable, health,
    time: parseIsoDateTime(summary.date) ?? Number.NEGATIVE_INFINITY,
    nameKey: naturalSortKey(summary.id ?? summary.file),
  };
}

export function healthOf(record: TreeRecord): RecordHealth {
  return record.health;
}

export function missingItems(summary: RecordSummary): ChecklistEntry[] {
  return summary.checklist.filter((entry) => entry.state === 'missing');
}

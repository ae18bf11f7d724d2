import { healthOf, type TreeRecord } from './treeRecord';

export interface SummaryCounts {
  records: number;
  complete: number;
  /** Records that are not complete: missing items or errors. */
  incomplete: number;
  withErrors: number;
}

export function countRecords(records: Iterable<TreeRecord>): SummaryCounts {
  const counts: SummaryCounts = { records: 0, complete: 0, incomplete: 0, withErrors: 0 };
  for (const record of records) {
    counts.records++;
    const health = healthOf(record);
    if (health === 'complete') counts.complete++;
    else counts.incomplete++;
    if (health === 'errors') counts.withErrors++;
  }
  return counts;
}

/** `12 records · 8 complete · 4 incomplete · 2 with errors` */
export function summaryLine(counts: SummaryCounts): string {
  const records = `${counts.records} ${counts.records === 1 ? 'record' : 'records'}`;
  return [records, `${counts.complete} complete`, `${counts.incomplete} incomplete`, `${counts.withErrors} with errors`].join(' · ');
}

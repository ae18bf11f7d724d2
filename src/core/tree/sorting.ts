import type { SortBy } from './treeOptions';
import type { RecordHealth, TreeRecord } from './treeRecord';

const HEALTH_RANK: Record<RecordHealth, number> = { errors: 0, incomplete: 1, complete: 2 };

/**
 * A new array in display order. `date`: newest first, undated last. `completeness`: records with
 * errors first, then incomplete ones, least complete first, so what needs work is on top; newest first
 * among equals. Ties go to the id in natural order, then the key, so the order is total and stable.
 */
export function sortRecords(records: readonly TreeRecord[], sortBy: SortBy): TreeRecord[] {
  return [...records].sort(sortBy === 'date' ? byDate : byCompleteness);
}

function byDate(a: TreeRecord, b: TreeRecord): number {
  return compareTime(a, b) || byName(a, b);
}

function byCompleteness(a: TreeRecord, b: TreeRecord): number {
  return HEALTH_RANK[a.health] - HEALTH_RANK[b.health] || progress(a) - progress(b) || compareTime(a, b) || byName(a, b);
}

/** Share of all checklist items done. */
function progress(record: TreeRecord): number {
  const { done, total } = record.summary.completeness;
  return total === 0 ? 1 : done / total;
}

function compareTime(a: TreeRecord, b: TreeRecord): number {
  return a.time === b.time ? 0 : a.time < b.time ? 1 : -1;
}

function byName(a: TreeRecord, b: TreeRecord): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

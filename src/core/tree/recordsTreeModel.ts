import { recordFilter } from './filtering';
import { groupLabel, groupOrder, groupValueOf, type GroupVocabulary } from './grouping';
import { groupNodeId } from './nodeIds';
import { sortRecords } from './sorting';
import { countRecords, type SummaryCounts } from './summaryCounts';
import type { TreeOptions } from './treeOptions';
import { healthOf, type TreeRecord } from './treeRecord';

export interface RecordGroup {
  id: string;
  value: string | null;
  label: string;
  /** Records of the group that pass the filters. */
  size: number;
  /** Of those, the ones not complete. */
  incomplete: number;
}

/**
 * One arrangement of the workspace's records: counts over all of them, and the groups of those that
 * pass the filters. Building it is linear; a group's records are sorted when first asked for, so only
 * expanded groups pay for sorting.
 */
export class RecordsTreeModel {
  readonly counts: SummaryCounts;
  readonly groups: RecordGroup[];
  /** Records that pass the filters. */
  readonly shown: number;
  private readonly members = new Map<string, TreeRecord[]>();
  private readonly sorted = new Map<string, TreeRecord[]>();
  private readonly groupByKey = new Map<string, RecordGroup>();

  constructor(records: Iterable<TreeRecord>, readonly options: TreeOptions, vocabulary: GroupVocabulary) {
    const all = [...records];
    this.counts = countRecords(all);
    const filter = recordFilter(options);
    const byValue = new Map<string | null, { group: RecordGroup; records: TreeRecord[] }>();
    let shown = 0;
    for (const record of all) {
      if (filter && !filter(record)) continue;
      shown++;
      const value = groupValueOf(record.summary, options.groupBy);
      let entry = byValue.get(value);
      if (!entry) {
        const group = { id: groupNodeId(options.groupBy, value), value, label: groupLabel(options.groupBy, value, vocabulary), size: 0, incomplete: 0 };
        byValue.set(value, (entry = { group, records: [] }));
      }
      entry.records.push(record);
      entry.group.size++;
      if (healthOf(record) !== 'complete') entry.group.incomplete++;
      this.groupByKey.set(record.key, entry.group);
    }
    this.shown = shown;
    const order = groupOrder(options.groupBy, vocabulary);
    this.groups = [...byValue.values()].sort((a, b) => order(a.group.value, b.group.value)).map(({ group, records: members }) => {
      this.members.set(group.id, members);
      return group;
    });
  }

  /** The group's records in display order. */
  children(group: RecordGroup): TreeRecord[] {
    let sorted = this.sorted.get(group.id);
    if (!sorted) this.sorted.set(group.id, (sorted = sortRecords(this.members.get(group.id) ?? [], this.options.sortBy)));
    return sorted;
  }

  /** The group a shown record is in; undefined when the record is filtered out or unknown. */
  groupOf(key: string): RecordGroup | undefined {
    return this.groupByKey.get(key);
  }

  largestGroup(): RecordGroup | undefined {
    return this.groups.reduce<RecordGroup | undefined>((largest, group) => (!largest || group.size > largest.size ? group : largest), undefined);
  }
}

/** The Records tree's pure model: grouping, sorting, filtering, counts, node ids and wording. */
export { recordFilter } from './filtering';
export { groupLabel, groupOrder, groupValueOf, vocabularyOf, type GroupVocabulary } from './grouping';
export { naturalCompare, naturalSortKey } from './naturalOrder';
export { SUMMARY_NODE_ID, groupNodeId, itemNodeId, recordNodeId } from './nodeIds';
export { ITEM_MARKS, completenessText, healthText, itemStateText, recordLabel, recordTooltip } from './recordPresentation';
export { RecordsTreeModel, type RecordGroup } from './recordsTreeModel';
export { sortRecords } from './sorting';
export { countRecords, summaryLine, type SummaryCounts } from './summaryCounts';
export { DEFAULT_TREE_OPTIONS, GROUP_BY_CHOICES, SORT_BY_CHOICES, isFiltered, parseGroupBy, parseSortBy, type GroupBy, type SortBy, type TreeOptions } from './treeOptions';
export { healthOf, missingItems, treeRecordOf, type RecordHealth, type TreeRecord } from './treeRecord';

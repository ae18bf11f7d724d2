/** How the Records tree arranges records: the choices behind the view's title-menu commands. */
export type GroupBy = 'status' | 'type' | 'severity' | 'owner';
export type SortBy = 'date' | 'completeness';

export const GROUP_BY_CHOICES: readonly GroupBy[] = ['status', 'type', 'severity', 'owner'];
export const SORT_BY_CHOICES: readonly SortBy[] = ['date', 'completeness'];

export interface TreeOptions {
  groupBy: GroupBy;
  sortBy: SortBy;
  /** Hide records whose checklist is complete and that have no errors. */
  incompleteOnly: boolean;
  /** Whitespace-separated words; a record is shown when each word occurs in its id, title, path or a grouped field. */
  text: string;
}

export const DEFAULT_TREE_OPTIONS: TreeOptions = { groupBy: 'status', sortBy: 'date', incompleteOnly: false, text: '' };

export function parseGroupBy(value: unknown): GroupBy {
  return GROUP_BY_CHOICES.includes(value as GroupBy) ? (value as GroupBy) : DEFAULT_TREE_OPTIONS.groupBy;
}

export function parseSortBy(value: unknown): SortBy {
  return SORT_BY_CHOICES.includes(value as SortBy) ? (value as SortBy) : DEFAULT_TREE_OPTIONS.sortBy;
}

export function isFiltered(options: TreeOptions): boolean {
  return options.incompleteOnly || options.text.trim() !== '';
}

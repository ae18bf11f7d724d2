import type { GroupBy } from './treeOptions';

/**
 * Stable ids for the tree's nodes: the same record keeps its id across refreshes (so VS Code keeps
 * its expansion and selection), and ids never collide between kinds of node.
 */
export const SUMMARY_NODE_ID = 'summary';

export function groupNodeId(groupBy: GroupBy, value: string | null): string {
  return `group:${groupBy}:${value === null ? '-' : `=${value}`}`;
}

export function recordNodeId(key: string): string {
  return `record:${key}`;
}

export function itemNodeId(key: string, item: string): string {
  return `item:${item}:${key}`;
}

import type { TreeOptions } from './treeOptions';
import { healthOf, type TreeRecord } from './treeRecord';

/** The predicate for the options' filters; `undefined` when nothing is filtered (the common case). */
export function recordFilter(options: TreeOptions): ((record: TreeRecord) => boolean) | undefined {
  const words = options.text.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (!options.incompleteOnly && words.length === 0) return undefined;
  return (record) => {
    if (options.incompleteOnly && healthOf(record) === 'complete') return false;
    if (words.length === 0) return true;
    const haystack = searchableText(record);
    return words.every((word) => haystack.includes(word));
  };
}

function searchableText(record: TreeRecord): string {
  const { id, title, type, status, severity, owner, file } = record.summary;
  return [id, title, type, status, severity, owner, file].filter((part) => part !== null).join('\n').toLowerCase();
}

import type { FileCheck } from '../../core/model/record';

/** Reports sorted by path, by UTF-16 code unit so the order is the same under every locale. */
export function sortedByFile(reports: readonly FileCheck[]): FileCheck[] {
  return [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

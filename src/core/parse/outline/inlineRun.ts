import type { OffsetMap } from './offsetMap';

/**
 * A stretch of inline content found by the block pass (a paragraph, a heading's text, a table row),
 * scanned for links only once every link reference definition in the document is known.
 */
export interface InlineRun {
  /** The source text, or a copy of the content when `map` is set. */
  text: string;
  start: number;
  end: number;
  map: OffsetMap | null;
  /** A table row: its cells are scanned one by one. */
  tableRow: boolean;
  /** First paragraph of a list item, where `[ ]` / `[x]` is a task checkbox, not a link. */
  taskListItem: boolean;
}

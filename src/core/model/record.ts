import type { Finding, Range } from './finding';

export type ItemState = 'done' | 'missing' | 'pending';

export interface ChecklistEntry {
  item: string;
  label: string;
  state: ItemState;
  /** Where to fill the item in: the section heading, the field, or where either belongs. */
  range: Range;
}

export interface Completeness {
  /** Items satisfied, due or not. */
  done: number;
  /** Items due at the current status. */
  due: number;
  /** All items of the record's type. */
  total: number;
}

/** What the workspace needs to know about one record, kept in the index. */
export interface RecordSummary {
  file: string;
  id: string | null;
  type: string | null;
  status: string | null;
  title: string | null;
  severity: string | null;
  owner: string | null;
  /** detected_at, exercised_at or due_date: used to sort by date. */
  date: string | null;
  /** Ids this record points at through `corrective_actions`. */
  correctiveActions: ReferenceValue[];
  /** The record a corrective action came from. */
  source: ReferenceValue | null;
  idRange: Range | null;
  checklist: ChecklistEntry[];
  completeness: Completeness;
}

export interface ReferenceValue {
  value: string;
  range: Range;
}

/** The result of checking one Markdown file on its own (no cross-record rules yet). */
export interface FileCheck {
  file: string;
  /** null when the file is not a record (it may still carry frontmatter-syntax or file-too-large). */
  record: RecordSummary | null;
  findings: Finding[];
}

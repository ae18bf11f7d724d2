/** 0-based line and UTF-16 character offset, as in LSP and VS Code. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** A text replacement in the record's own text, expressed in the same 0-based coordinates. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply unattended (part of "Fix all"). */
  preferred?: boolean;
}

/** Another file involved in a finding (the twin of a duplicate id, the record a reference points to). */
export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

/**
 * The only currency between the core and its faces. `rule` is the diagnostic code, the CLI `rule`,
 * the SARIF ruleId and the key in the config file's `rules` map.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

import type { Finding, Range, Severity } from '../../src/core/model/finding';
import type { FileCheck, RecordSummary } from '../../src/core/model/record';
import type { RuleInfo } from '../../src/core/rules/ruleCatalog';
import type { FormatInput } from '../../src/cli/formats/formatOutput';

/** Hand-built inputs shared by the CLI format tests. */

export function range(line: number, character: number, endLine: number, endCharacter: number): Range {
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

export function finding(rule: string, severity: Severity, message: string, at: Range): Finding {
  return { rule, severity, message, range: at };
}

export function summary(file: string, overrides: Partial<RecordSummary> = {}): RecordSummary {
  return {
    file,
    id: null,
    type: 'incident',
    status: 'open',
    title: 'A title',
    severity: 'sev2',
    owner: 'ops',
    date: '2025-01-01',
    correctiveActions: [],
    source: null,
    idRange: null,
    checklist: [],
    completeness: { done: 0, due: 0, total: 0 },
    ...overrides,
  };
}

export const RULES: RuleInfo[] = [
  { id: 'frontmatter-syntax', defaultSeverity: 'error', summary: 'The frontmatter block cannot be read as a YAML mapping (syntax error).' },
  { id: 'schema', defaultSeverity: 'error', summary: 'A field is present but invalid. Or id is missing.' },
  { id: 'timeline-order', defaultSeverity: 'warning', summary: 'Timestamps run backwards.' },
  { id: 'root-cause', defaultSeverity: 'warning', summary: 'Checklist item "Root cause" is due but not satisfied.' },
];

/** A record with two errors and a warning. */
export const BROKEN_RECORD: FileCheck = {
  file: 'incidents/INC-2.md',
  record: summary('incidents/INC-2.md', {
    id: 'INC-2',
    status: 'resolved',
    checklist: [
      { item: 'root-cause', label: 'Root cause', state: 'missing', range: range(5, 0, 5, 0) },
      { item: 'timeline', label: 'Timeline', state: 'done', range: range(8, 0, 8, 11) },
      { item: 'lessons', label: 'Lessons', state: 'pending', range: range(12, 0, 12, 10) },
    ],
    completeness: { done: 1, due: 2, total: 3 },
  }),
  findings: [
    finding('schema', 'error', 'Unknown status "resovled".', range(2, 8, 2, 16)),
    finding('root-cause', 'error', 'Root cause is missing.', range(0, 0, 0, 3)),
    finding('timeline-order', 'warning', 'resolved_at is before detected_at.', range(4, 13, 4, 33)),
  ],
};

export const CLEAN_RECORD: FileCheck = {
  file: 'incidents/INC-1.md',
  record: summary('incidents/INC-1.md', {
    id: 'INC-1',
    status: 'closed',
    checklist: [{ item: 'root-cause', label: 'Root cause', state: 'done', range: range(5, 0, 5, 12) }],
    completeness: { done: 1, due: 1, total: 1 },
  }),
  findings: [],
};

/** Not a record: its frontmatter cannot be parsed. */
export const UNREADABLE_FILE: FileCheck = {
  file: 'notes/broken.md',
  record: null,
  findings: [finding('frontmatter-syntax', 'error', 'Nested mappings are not allowed in compact mappings.', range(1, 4, 1, 9))],
};

/** Deliberately out of path order: formats sort by file. */
export function sampleInput(overrides: Partial<FormatInput> = {}): FormatInput {
  return { reports: [UNREADABLE_FILE, BROKEN_RECORD, CLEAN_RECORD], rules: RULES, color: false, toolVersion: '1.2.3', ...overrides };
}

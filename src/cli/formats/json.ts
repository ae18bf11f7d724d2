import type { Finding, Severity } from '../../core/model/finding';
import type { Completeness, FileCheck, ItemState } from '../../core/model/record';
import type { FormatInput, FormatOutput } from './formatOutput';
import { toOneBased } from './oneBasedRange';
import { sortedByFile } from './reportOrder';
import { totalsOf } from './reportTotals';

/** The `--format json` document. Bump `version` on any incompatible change: scripts parse this. */
export interface JsonOutput {
  version: 1;
  records: JsonRecord[];
  summary: { records: number; errors: number; warnings: number };
}

export interface JsonRecord {
  file: string;
  id: string | null;
  type: string | null;
  status: string | null;
  checklist: Array<{ item: string; state: ItemState }>;
  completeness: Completeness;
  diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function formatJson(input: FormatInput): FormatOutput {
  const records = sortedByFile(input.reports).map(toJsonRecord);
  const totals = totalsOf(input.reports);
  const output: JsonOutput = {
    version: 1,
    records,
    summary: { records: records.length, errors: totals.errors, warnings: totals.warnings },
  };
  // one record per line: still one valid JSON document, but compact (10,000 records pretty-printed are
  // ~20 MB and cost more than checking them) and friendly to grep and diff
  const lines = output.records.map((record) => JSON.stringify(record));
  const body = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`;
  return { stdout: `{"version":1,"records":${body},"summary":${JSON.stringify(output.summary)}}\n`, stderr: '' };
}

function toJsonRecord(report: FileCheck): JsonRecord {
  const record = report.record;
  return {
    file: report.file,
    id: record?.id ?? null,
    type: record?.type ?? null,
    status: record?.status ?? null,
    checklist: record?.checklist.map((entry) => ({ item: entry.item, state: entry.state })) ?? [],
    completeness: record ? { ...record.completeness } : { done: 0, due: 0, total: 0 },
    diagnostics: report.findings.map(toJsonDiagnostic),
  };
}

function toJsonDiagnostic(finding: Finding): JsonDiagnostic {
  return { rule: finding.rule, severity: finding.severity, message: finding.message, ...toOneBased(finding.range) };
}

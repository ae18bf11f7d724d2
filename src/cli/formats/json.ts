import type { Finding, Severity } from '../../core/model/finding';
import type { Completeness, FileCheck, ItemState } from '../../core/model/record';
import type { FormatInput, FormatSink } from './formatOutput';
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

/**
 * Writes the JsonOutput document one record per line: still one valid JSON document, but compact
 * (10,000 records pretty-printed are ~20 MB and cost more than checking them), friendly to grep
 * and diff, and written record by record.
 */
export function formatJson(input: FormatInput, sink: FormatSink): void {
  const reports = sortedByFile(input.reports);
  const totals = totalsOf(input.reports);
  const summary: JsonOutput['summary'] = { records: reports.length, errors: totals.errors, warnings: totals.warnings };
  sink.stdout('{"version":1,"records":');
  if (reports.length === 0) sink.stdout('[]');
  for (let i = 0; i < reports.length; i++) sink.stdout(`${i === 0 ? '[\n' : ',\n'}${JSON.stringify(toJsonRecord(reports[i]))}`);
  if (reports.length > 0) sink.stdout('\n]');
  sink.stdout(`,"summary":${JSON.stringify(summary)}}\n`);
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

import type { Finding, Severity } from '../../core/model/finding';
import type { FormatInput, FormatSink } from './formatOutput';
import { toOneBased } from './oneBasedRange';
import { sortedByFile } from './reportOrder';
import { describeTotals, totalsOf } from './reportTotals';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding, so findings show as annotations on the PR.
 * stdout carries nothing else: the runner would print any other line as plain log noise.
 */
export function formatGithub(input: FormatInput, sink: FormatSink): void {
  for (const report of sortedByFile(input.reports)) {
    for (const finding of report.findings) sink.stdout(`${annotation(report.file, finding)}\n`);
  }
  sink.stderr(`incident-records: ${describeTotals(totalsOf(input.reports))}\n`);
}

function annotation(file: string, finding: Finding): string {
  const at = toOneBased(finding.range);
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${at.line}`,
    `col=${at.column}`,
    `endLine=${at.endLine}`,
    `endColumn=${at.endColumn}`,
    `title=${escapeProperty(finding.rule)}`,
  ];
  return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
}

/** As @actions/core's escapeData: `%` first, or the other escapes would be escaped again. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core's escapeProperty: `:` and `,` would otherwise end the property list or value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

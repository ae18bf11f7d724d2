import type { Finding, Severity } from '../../core/model/finding';
import type { FileCheck } from '../../core/model/record';
import { stylesFor, type Styles } from './ansi';
import type { FormatInput, FormatSink } from './formatOutput';
import { toOneBased } from './oneBasedRange';
import { sortedByFile } from './reportOrder';
import { describeTotals, problemCount, totalsOf } from './reportTotals';

/** One row of the table, as plain text (widths are measured before colour is added). */
interface Row {
  position: string;
  severity: Severity;
  message: string;
  rule: string;
}

/** ESLint's "stylish" layout: per file, the path and an aligned table of findings; then a summary. */
export function formatStylish(input: FormatInput, sink: FormatSink): void {
  const styles = stylesFor(input.color);
  for (const report of sortedByFile(input.reports)) {
    if (report.findings.length > 0) sink.stdout(`${fileBlock(report, styles)}\n`);
  }
  const totals = totalsOf(input.reports);
  const summary = describeTotals(totals);
  let summaryLine: string;
  if (problemCount(totals) === 0) summaryLine = styles.green(`✔ ${summary}`);
  else summaryLine = styles.bold((totals.errors > 0 ? styles.red : styles.yellow)(`✖ ${summary}`));
  sink.stdout(`${summaryLine}\n`);
}

function fileBlock(report: FileCheck, styles: Styles): string {
  const rows = report.findings.map(toRow);
  const width = (pick: (row: Row) => string) => Math.max(...rows.map((row) => pick(row).length));
  const positionWidth = width((row) => row.position);
  const severityWidth = width((row) => row.severity);
  const messageWidth = width((row) => row.message);
  const lines = rows.map((row) =>
    [
      '  ',
      padded(styles.dim(row.position), row.position, positionWidth),
      '  ',
      padded(severityStyle(row.severity, styles)(row.severity), row.severity, severityWidth),
      '  ',
      padded(row.message, row.message, messageWidth),
      '  ',
      styles.dim(row.rule),
    ].join(''),
  );
  return `${styles.underline(report.file)}\n${lines.map((line) => `${line}\n`).join('')}`;
}

function toRow(finding: Finding): Row {
  const at = toOneBased(finding.range);
  // A line break inside a message would tear the table apart.
  const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return { position: `${at.line}:${at.column}`, severity: finding.severity, message, rule: finding.rule };
}

function padded(styled: string, plain: string, width: number): string {
  return styled + ' '.repeat(width - plain.length);
}

function severityStyle(severity: Severity, styles: Styles): (text: string) => string {
  if (severity === 'error') return styles.red;
  if (severity === 'warning') return styles.yellow;
  return styles.cyan;
}

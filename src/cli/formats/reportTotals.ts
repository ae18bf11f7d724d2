import type { FileCheck } from '../../core/model/record';

export interface ReportTotals {
  records: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function totalsOf(reports: readonly FileCheck[]): ReportTotals {
  const totals: ReportTotals = { records: 0, errors: 0, warnings: 0, infos: 0 };
  for (const report of reports) {
    if (report.record) totals.records++;
    for (const finding of report.findings) {
      if (finding.severity === 'error') totals.errors++;
      else if (finding.severity === 'warning') totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}

export function problemCount(totals: ReportTotals): number {
  return totals.errors + totals.warnings + totals.infos;
}

/** "5 problems (3 errors, 2 warnings), 4 records checked" or "4 records checked, no problems". */
export function describeTotals(totals: ReportTotals): string {
  const checked = `${counted(totals.records, 'record')} checked`;
  const problems = problemCount(totals);
  if (problems === 0) return `${checked}, no problems`;
  const parts = [counted(totals.errors, 'error'), counted(totals.warnings, 'warning')];
  if (totals.infos > 0) parts.push(`${totals.infos} info`);
  return `${counted(problems, 'problem')} (${parts.join(', ')}), ${checked}`;
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

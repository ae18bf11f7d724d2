import type { RecordChecker } from '../checks/recordChecker';
import type { Finding } from '../model/finding';
import { formatRecordId } from './idAllocation';
import { prepareNewRecord, type NewRecordValues } from './newRecordText';

export interface TemplateReport {
  /** Findings of a record made from the template that a person could not fix by filling in a blank. */
  problems: Finding[];
  unknownVariables: string[];
  /** The rule ids of the blanks a person must fill in (the expected findings of a new record). */
  blanks: string[];
}

/**
 * Makes a record of `type` from a template with sample values (a title that needs quoting in YAML,
 * an owner, the most severe severity, a source record) and reports what is wrong with the template.
 */
export function checkTemplate(template: string, type: string, checker: RecordChecker, now: Date = new Date()): TemplateReport {
  const values = sampleValues(type, checker, now);
  const prepared = prepareNewRecord(template, values, checker, { path: `${checker.profile.types[type]?.folder ?? type}/${values.id}.md`, now });
  return {
    problems: prepared.problems,
    unknownVariables: prepared.unknownVariables,
    blanks: [...new Set(prepared.blanks.map((finding) => finding.rule))],
  };
}

export function sampleValues(type: string, checker: RecordChecker, now: Date): NewRecordValues {
  const year = now.getFullYear();
  const profile = checker.profile;
  const prefix = profile.types[type]?.idPrefix ?? type.toUpperCase();
  const sourceType = Object.values(profile.types).find((candidate) => candidate !== profile.types[type]);
  const iso = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: formatRecordId(prefix, year, 1),
    type,
    title: 'Sample: "quoted", #1 [draft]',
    now: iso,
    owner: 'Sample Owner',
    severity: profile.severities[0],
    source: formatRecordId(sourceType?.idPrefix ?? 'INC', year, 1),
  };
}

/** One line per problem, for a notification or the CLI: `rule: message`. */
export function describeTemplateReport(report: TemplateReport): string[] {
  const lines = report.problems.map((finding) => `line ${finding.range.start.line + 1}: ${finding.message}`);
  if (report.unknownVariables.length > 0) lines.push(`unknown variables: ${report.unknownVariables.map((name) => `{{${name}}}`).join(', ')}`);
  return lines;
}

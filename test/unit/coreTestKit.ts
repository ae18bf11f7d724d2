// Small helpers for the core's unit tests: check a text the way the CLI and the extension do.
import { RecordIndex, workspaceSetup, type FileCheck, type Finding, type IncidentRecordsConfig } from '../../src/core';

export const NOW = new Date('2026-11-23T12:00:00Z');

export function checkText(text: string, options: { path?: string; config?: IncidentRecordsConfig; files?: string[]; templates?: Record<string, string> } = {}): FileCheck {
  const setup = workspaceSetup(options.config ?? {}, options.templates);
  const files = new Set(options.files ?? []);
  return setup.checker.check(text, { path: options.path ?? 'incidents/record.md', now: NOW, fileExists: (p) => files.has(p) });
}

/** `rule@line:severity` (1-based line) for compact, exact assertions. */
export function summarize(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.rule}@${finding.range.start.line + 1}:${finding.severity}`);
}

export function rulesOf(findings: Finding[]): string[] {
  return findings.map((finding) => finding.rule).sort();
}

/** An index over several files (path → text), as a workspace. */
export function indexOf(files: Record<string, string>, config: IncidentRecordsConfig = {}): RecordIndex {
  const setup = workspaceSetup(config);
  const index = new RecordIndex(setup.checker, setup.rules);
  for (const [path, text] of Object.entries(files)) index.update(text, { path, now: NOW, fileExists: (p) => p in files });
  return index;
}

/** Builds a record from frontmatter lines and body sections. */
export function record(frontmatter: Record<string, string | undefined>, sections: Record<string, string> = {}, title = '# A record'): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(frontmatter)) if (value !== undefined) lines.push(value === '' ? `${key}:` : `${key}: ${value}`);
  lines.push('---', '', title, '');
  for (const [heading, body] of Object.entries(sections)) lines.push(`## ${heading}`, '', body, '');
  return lines.join('\n');
}

export const COMPLETE_SECTIONS = {
  Summary: 'Something happened.',
  Timeline: '- 2026-02-10T08:42Z Alert fired\n- 2026-02-10T09:05Z Contained',
  Investigation: 'We looked at the logs.',
  'Response actions': 'Revoked sessions.',
  Communication: 'Told leadership at 09:10.',
  Evidence: '- [alert](https://example.com/alert/1)',
  Closure: 'Compromise ruled out.',
  'Lessons learned': 'Alerting worked.',
  'Corrective actions': 'CA-2026-001',
};

export const CLOSED_INCIDENT = {
  id: 'INC-2026-001',
  title: 'Phished admin',
  type: 'incident',
  status: 'closed',
  severity: 'SEV2',
  owner: 'Dana',
  detected_at: '2026-02-10T08:42:00Z',
  detection_source: 'Okta alert',
  contained_at: '2026-02-10T09:05:00Z',
  resolved_at: '2026-02-10T13:30:00Z',
  closed_at: '2026-02-17T16:00:00Z',
  compromise: 'ruled-out',
  impact: 'One account',
  approved_by: 'Priya',
};

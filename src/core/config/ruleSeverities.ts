import type { Finding, Severity } from '../model/finding';

export type RuleSetting = Severity | 'off';
export type RuleSeverities = Record<string, RuleSetting>;

/** Applies the config's per-rule settings: `off` drops a rule's findings, a severity replaces its own. */
export function applyRuleSeverities(findings: Finding[], rules: RuleSeverities): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const setting = rules[finding.rule];
    if (setting === 'off') continue;
    kept.push(setting ? { ...finding, severity: setting } : finding);
  }
  return kept;
}

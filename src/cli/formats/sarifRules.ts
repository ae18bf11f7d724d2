import type { Severity } from '../../core/model/finding';
import type { FileCheck } from '../../core/model/record';
import { ruleDocsAnchor, type RuleInfo } from '../../core/rules/ruleCatalog';

/** Where the tool is documented; keep in step with package.json's `repository`. */
export const TOOL_INFORMATION_URI = 'https://example.invalid/incident-records';

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifRule {
  id: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel };
}

/**
 * The run's rule table: every known rule once, then any rule id that only the findings mention
 * (a rule the catalog does not describe still needs a descriptor for `ruleIndex` to point at).
 */
export function sarifRules(rules: readonly RuleInfo[], reports: readonly FileCheck[]): SarifRule[] {
  const descriptors: SarifRule[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    descriptors.push(describe(rule));
  }
  for (const finding of reports.flatMap((report) => report.findings)) {
    if (seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    descriptors.push({ id: finding.rule });
  }
  return descriptors;
}

function describe(rule: RuleInfo): SarifRule {
  const helpUri = `${TOOL_INFORMATION_URI}#${ruleDocsAnchor(rule.id)}`;
  return {
    id: rule.id,
    shortDescription: { text: firstSentence(rule.summary) },
    fullDescription: { text: rule.summary },
    help: { text: `${rule.summary}\n\nSee ${helpUri}`, markdown: `${rule.summary}\n\nSee [${rule.id}](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
  };
}

/** Code scanning shows shortDescription as the alert title, so it should be one sentence. */
function firstSentence(text: string): string {
  const match = /^(.+?[.!?])\s+(?=[A-Z])/.exec(text);
  return match ? match[1] : text;
}

import type { Severity } from '../model/finding';

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  summary: string;
}

/** Rules that are not checklist items (those take their ids from the profile). */
export const RULES: Record<string, RuleInfo> = {
  'frontmatter-syntax': { id: 'frontmatter-syntax', defaultSeverity: 'error', summary: 'The frontmatter block cannot be read as a YAML mapping (syntax error, non-YAML language, too many aliases or too deep).' },
  schema: { id: 'schema', defaultSeverity: 'error', summary: 'A field is present but invalid (unknown status or severity, wrong type, not an ISO 8601 date, bad criteria code), or id, title or status is missing.' },
  'timeline-order': { id: 'timeline-order', defaultSeverity: 'warning', summary: 'Timestamps run backwards (detected ≤ contained ≤ resolved ≤ closed), lie in the future, or Timeline entries are out of order.' },
  'duplicate-id': { id: 'duplicate-id', defaultSeverity: 'error', summary: 'Two records share an id, so references and the evidence pack become ambiguous.' },
  'unknown-reference': { id: 'unknown-reference', defaultSeverity: 'error', summary: 'corrective_actions or source names a record id that does not exist in the workspace (or is of the wrong type).' },
  'broken-link': { id: 'broken-link', defaultSeverity: 'warning', summary: 'A relative link or image points at a file that does not exist or lies outside the workspace.' },
  'file-too-large': { id: 'file-too-large', defaultSeverity: 'warning', summary: 'The Markdown file is larger than the 5 MB limit and was skipped.' },
};

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Every rule id a profile can produce: the fixed rules, then each checklist item (once per id). */
export function describeRules(profile: { types: Record<string, { label: string; checklist: Array<{ id: string; label: string; why: string }> }> }): RuleInfo[] {
  const rules = Object.values(RULES);
  const seen = new Set(rules.map((rule) => rule.id));
  for (const type of Object.values(profile.types)) {
    for (const item of type.checklist) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      rules.push({ id: item.id, defaultSeverity: 'warning', summary: `Checklist item "${item.label}" is due but not satisfied: ${item.why}. An error once the record is in a final status.` });
    }
  }
  return rules;
}

/** Where a rule is documented (the README's rule reference). */
export function ruleDocsAnchor(ruleId: string): string {
  return `rule-${ruleId}`;
}

import { replaceValueFix } from '../fixes/frontmatterFixes';
import type { Finding, Fix } from '../model/finding';
import type { ParsedDocument } from '../parse/parseRecord';
import type { SchemaIssue } from '../schema/recordValidator';
import { anchorForMissingField } from './recordContext';

/** `schema` findings at the offending value (or list item); a replacement fix for each valid enum value. */
export function schemaFindings(doc: ParsedDocument, issues: SchemaIssue[], withFixes = true): Finding[] {
  return issues.map((issue) => {
    const location = issue.path.length > 0 ? doc.fields.get(String(issue.path[0])) : undefined;
    if (!location) return { rule: 'schema', severity: 'error', message: issue.message, range: anchorForMissingField(doc) };
    const item = typeof issue.path[1] === 'number' ? location.items[issue.path[1]] : undefined;
    const start = item?.start ?? location.valueStart;
    const end = item?.end ?? location.valueEnd;
    const fixes: Fix[] | undefined = !withFixes ? undefined : (issue.allowed ?? []).map((value) => replaceValueFix(doc, start, end, value, `\`${issue.path.join('.')}\``));
    return { rule: 'schema', severity: 'error', message: issue.message, range: doc.lines.range(start, end), fixes };
  });
}

/** The top-level fields that have a schema issue. */
export function invalidFieldsOf(issues: SchemaIssue[]): Set<string> {
  return new Set(issues.filter((issue) => issue.path.length > 0).map((issue) => String(issue.path[0])));
}

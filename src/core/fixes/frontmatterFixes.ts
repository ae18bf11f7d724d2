import type { Fix } from '../model/finding';
import type { ParsedDocument } from '../parse/parseRecord';
import { fix, insertAt, replaceRange } from './textEdits';

/** Adds `field: value` as the frontmatter's last line. */
export function addFieldFix(doc: ParsedDocument, field: string, value: string, title?: string): Fix | null {
  if (!doc.frontmatter) return null;
  const line = `${field}: ${value}${doc.lines.eol}`;
  return fix(title ?? `Add \`${field}: ${value}\``, [insertAt(doc, doc.frontmatter.closeStart, line)]);
}

/** Replaces a field's value (or one list item) with a valid one. */
export function replaceValueFix(doc: ParsedDocument, start: number, end: number, value: string, label: string): Fix {
  return fix(`Change ${label} to \`${value}\``, [replaceRange(doc, start, end, value)]);
}

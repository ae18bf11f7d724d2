import type { Fix } from '../model/finding';
import type { ParsedDocument } from '../parse/parseRecord';
import { fix, insertAt, replaceRange } from './textEdits';

/** Adds `field: value` as the frontmatter's last line; an empty value adds the bare key, to fill in. */
export function addFieldFix(doc: ParsedDocument, field: string, value: string): Fix | null {
  if (!doc.frontmatter) return null;
  const line = value === '' ? `${field}:${doc.lines.eol}` : `${field}: ${value}${doc.lines.eol}`;
  const title = value === '' ? `Add the \`${field}\` field (to fill in)` : `Add \`${field}: ${value}\``;
  return fix(title, [insertAt(doc, doc.frontmatter.closeStart, line)]);
}

/** Replaces a field's value (or one list item) with a valid one. */
export function replaceValueFix(doc: ParsedDocument, start: number, end: number, value: string, label: string): Fix {
  return fix(`Change ${label} to \`${value}\``, [replaceRange(doc, start, end, value)]);
}

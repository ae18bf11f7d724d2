import type { TextEdit } from '../model/finding';
import { parseDocument, type ParsedDocument } from '../parse/parseRecord';
import { insertAt, replaceRange } from '../fixes/textEdits';
import { yamlScalar } from './renderTemplate';

export type ListFieldEdit =
  | { kind: 'edit'; edit: TextEdit }
  | { kind: 'present' }
  | { kind: 'impossible'; reason: string };

const NO_ALIASES = new Map<string, string>();

/**
 * The one edit that appends `value` to a frontmatter list such as `corrective_actions`, keeping the
 * list's style: `[]` → `[CA-1]`, `[A]` → `[A, CA-1]`, a block list gets a `- CA-1` line, an empty key
 * gets `[CA-1]`, a missing key gets a new line. Nothing when the value is already listed.
 */
export function appendToListField(text: string, field: string, value: string): ListFieldEdit {
  const doc = parseDocument(text, NO_ALIASES);
  if (doc.syntaxError || !doc.data || !doc.frontmatter) return { kind: 'impossible', reason: 'its frontmatter cannot be read' };
  const scalar = yamlScalar(value);
  const current = doc.data[field];
  const location = doc.fields.get(field);
  if (!location) return { kind: 'edit', edit: insertAt(doc, doc.frontmatter.closeStart, `${field}: [${scalar}]${doc.lines.eol}`) };
  if (Array.isArray(current) && current.some((item) => typeof item === 'string' && item.trim() === value)) return { kind: 'present' };
  if (typeof current === 'string' && current.trim() === value) return { kind: 'present' };
  const raw = doc.text.slice(location.valueStart, location.valueEnd);
  if (Array.isArray(current)) return appendToSequence(doc, location.items, raw, location.valueStart, location.valueEnd, scalar);
  if (current === null || current === undefined || (typeof current === 'string' && current.trim() === '')) {
    return location.valueEnd > location.valueStart
      ? { kind: 'edit', edit: replaceRange(doc, location.valueStart, location.valueEnd, `[${scalar}]`) }
      : { kind: 'edit', edit: afterColon(doc, location.keyEnd, `[${scalar}]`) };
  }
  if (typeof current === 'string') return { kind: 'edit', edit: replaceRange(doc, location.valueStart, location.valueEnd, `[${yamlScalar(current.trim())}, ${scalar}]`) };
  return { kind: 'impossible', reason: `\`${field}\` is not a list` };
}

function appendToSequence(doc: ParsedDocument, items: Array<{ start: number; end: number }>, raw: string, start: number, end: number, scalar: string): ListFieldEdit {
  if (raw.trimStart().startsWith('[')) {
    if (items.length === 0) return { kind: 'edit', edit: replaceRange(doc, start, end, `[${scalar}]`) };
    return { kind: 'edit', edit: insertAt(doc, items[items.length - 1].end, `, ${scalar}`) };
  }
  if (items.length === 0) return { kind: 'impossible', reason: 'the list has no items to line up with' };
  const firstDash = doc.text.lastIndexOf('-', items[0].start);
  const lineStart = Math.max(doc.text.lastIndexOf('\n', firstDash), doc.text.lastIndexOf('\r', firstDash)) + 1;
  const indent = doc.text.slice(lineStart, firstDash);
  const lastLineEnd = lineEndOf(doc.text, items[items.length - 1].end);
  return { kind: 'edit', edit: insertAt(doc, lastLineEnd, `${doc.lines.eol}${indent}- ${scalar}`) };
}

/** Replaces whatever follows `key:` on its line (spaces, a comment) with ` value`. */
function afterColon(doc: ParsedDocument, keyEnd: number, value: string): TextEdit {
  const colon = doc.text.indexOf(':', keyEnd);
  const lineEnd = lineEndOf(doc.text, colon);
  const rest = doc.text.slice(colon + 1, lineEnd);
  const comment = rest.indexOf('#');
  const replaceEnd = comment >= 0 ? colon + 1 + comment : lineEnd;
  return replaceRange(doc, colon + 1, replaceEnd, comment >= 0 ? ` ${value} ` : ` ${value}`);
}

function lineEndOf(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

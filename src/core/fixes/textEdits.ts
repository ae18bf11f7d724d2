import type { Fix, TextEdit } from '../model/finding';
import type { ParsedDocument } from '../parse/parseRecord';

export function insertAt(doc: ParsedDocument, offset: number, newText: string): TextEdit {
  const position = doc.lines.position(offset);
  return { range: { start: position, end: position }, newText };
}

export function replaceRange(doc: ParsedDocument, start: number, end: number, newText: string): TextEdit {
  return { range: doc.lines.range(start, end), newText };
}

export function fix(title: string, edits: TextEdit[], preferred = false): Fix {
  return { title, edits, preferred };
}

import type { Fix } from '../model/finding';
import type { ParsedDocument } from '../parse/parseRecord';
import { normalizeTitle } from '../parse/sections';
import { fix, insertAt } from './textEdits';

/**
 * Inserts `## title` with its guidance where the template order puts it: before the first existing
 * section that comes later in that order, else at the end of the file.
 */
export function insertSectionFix(doc: ParsedDocument, title: string, order: string[], guidance: string): Fix {
  const eol = doc.lines.eol;
  const rank = (key: string) => order.indexOf(key);
  const own = rank(normalizeTitle(title));
  const next = own < 0 ? undefined : doc.sections.find((section) => rank(section.key) > own);
  const block = `## ${title}${eol}${eol}${guidance ? `${guidance}${eol}${eol}` : ''}`;
  if (next) return fix(`Insert section "${title}"`, [insertAt(doc, next.headingStart, block)], true);
  const text = doc.text;
  const separator = text.length === 0 || /\n\s*\n$|^\s*$/.test(text) ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
  return fix(`Insert section "${title}"`, [insertAt(doc, text.length, `${separator}${block}`)], true);
}

import type { RecordChecker } from '../checks/recordChecker';
import type { Finding } from '../model/finding';
import type { FileCheck } from '../model/record';
import { parseDocument, type ParsedDocument } from '../parse/parseRecord';
import { hasContent, normalizeTitle } from '../parse/sections';
import type { ChecklistItem, RecordTypeProfile } from '../profile/profile';
import { isMissing } from '../schema/recordValidator';
import { renderTemplate, type TemplateVariables } from './renderTemplate';

/** What a new record is made from besides its template. */
export interface NewRecordValues {
  id: string;
  type: string;
  title: string;
  /** ISO 8601 with offset (`formatNowWithOffset`): detected_at, exercised_at, the first timeline row. */
  now: string;
  owner?: string;
  severity?: string;
  /** The record a corrective action comes from. */
  source?: string;
}

export interface PreparedRecord {
  text: string;
  /** Offset in `text` where the person starts typing: the first blank the template left for them. */
  cursor: number;
  /** Findings that only say a blank is still empty: what a person must supply. */
  blanks: Finding[];
  /** Every other finding: the template produces a record that fails its own checks. */
  problems: Finding[];
  /** `{{…}}` variables the template uses that do not exist (left in the text as written). */
  unknownVariables: string[];
  check: FileCheck;
}

export interface NewRecordEnvironment {
  /** Workspace-relative path the record will have. */
  path: string;
  now: Date;
}

/** The variables every template may use. */
export function templateVariables(values: NewRecordValues): TemplateVariables {
  return {
    id: values.id,
    type: values.type,
    title: values.title,
    now: values.now,
    date: values.now.slice(0, 10),
    year: values.now.slice(0, 4),
    owner: values.owner ?? '',
    severity: values.severity ?? '',
    source: values.source ?? '',
  };
}

/**
 * Renders a template into a new record, checks it, and finds where the person starts typing. The
 * cursor goes to the first blank (in document order) whose checklist item is due: after `key: ` for
 * a field, on the empty line after the guidance of a section. A blank field line gets its space after
 * the colon, and an empty section gets an empty line to type on, when the template lacks them.
 */
export function prepareNewRecord(template: string, values: NewRecordValues, checker: RecordChecker, env: NewRecordEnvironment): PreparedRecord {
  const rendered = renderTemplate(template, templateVariables(values));
  let text = rendered.text;
  let result = classify(text, values.type, checker, env);
  let cursor = text.length;
  const first = result.blanks[0];
  const item = first ? checker.profile.types[values.type]?.checklist.find((entry) => entry.id === first.rule) : undefined;
  if (item) {
    const target = typingPlace(parseDocument(text, checker.aliases), item);
    if (target) {
      text = text.slice(0, target.at) + target.insert + text.slice(target.at);
      cursor = target.cursor;
      if (target.insert) result = classify(text, values.type, checker, env);
    }
  }
  return { text, cursor, blanks: result.blanks, problems: result.problems, unknownVariables: rendered.unknown, check: result.check };
}

interface Classified {
  check: FileCheck;
  blanks: Finding[];
  problems: Finding[];
}

function classify(text: string, typeName: string, checker: RecordChecker, env: NewRecordEnvironment): Classified {
  const check = checker.check(text, { path: env.path, now: env.now });
  const type = checker.profile.types[typeName];
  if (!check.record || check.record.type !== typeName || !type) {
    const start = { line: 0, character: 0 };
    const wrongType: Finding = {
      rule: 'template',
      severity: 'error',
      message: `The template does not produce a record of type "${typeName}": its frontmatter must set \`type: ${typeName}\`.`,
      range: { start, end: start },
    };
    return { check, blanks: [], problems: [wrongType, ...check.findings] };
  }
  const doc = parseDocument(text, checker.aliases);
  const blanks: Finding[] = [];
  const problems: Finding[] = missingSections(doc, type);
  for (const finding of check.findings) (isBlank(finding, doc, type) ? blanks : problems).push(finding);
  return { check, blanks, problems };
}

/** Every section the type's checklist names must be in a new record, even those due only later. */
function missingSections(doc: ParsedDocument, type: RecordTypeProfile): Finding[] {
  const titles = [...new Set(type.checklist.flatMap((item) => (item.section ? [item.section] : [])))];
  return titles
    .filter((title) => !doc.sections.some((section) => section.key === normalizeTitle(title)))
    .map((title) => ({
      rule: 'template',
      severity: 'warning' as const,
      message: `The template has no "${title}" section, so records made from it lack a section the checklist asks for.`,
      range: doc.lines.range(doc.bodyStart, doc.bodyStart),
    }));
}

/** A checklist finding whose fields are present but empty, and whose section is present but empty. */
function isBlank(finding: Finding, doc: ParsedDocument, type: RecordTypeProfile): boolean {
  const item = type.checklist.find((entry) => entry.id === finding.rule);
  if (!item || !doc.data) return false;
  const missing = (item.fields ?? []).filter((field) => isMissing(doc.data![field]));
  if (missing.some((field) => !doc.fields.has(field))) return false;
  if (!item.section) return true;
  const sections = sectionsFor(doc, item);
  return sections.length > 0 && !sections.some((section) => hasContent(doc.text, section));
}

function sectionsFor(doc: ParsedDocument, item: ChecklistItem) {
  const key = normalizeTitle(item.section ?? '');
  return doc.sections.filter((section) => section.key === key);
}

interface TypingPlace {
  at: number;
  insert: string;
  cursor: number;
}

function typingPlace(doc: ParsedDocument, item: ChecklistItem): TypingPlace | null {
  const field = (item.fields ?? []).map((name) => doc.fields.get(name)).find((location, index) => location && isMissing(doc.data?.[item.fields![index]]));
  if (field) {
    const colon = doc.text.indexOf(':', field.keyEnd);
    if (colon < 0) return null;
    const spaced = doc.text[colon + 1] === ' ';
    return { at: colon + 1, insert: spaced ? '' : ' ', cursor: colon + 2 };
  }
  const section = sectionsFor(doc, item)[0];
  if (!section) return null;
  const comments = doc.outline.comments.filter((comment) => comment.start >= section.contentStart && comment.start < section.contentEnd);
  const afterGuidance = comments.length > 0 ? nextLineStart(doc.text, comments[comments.length - 1].end - 1) : section.contentStart;
  const eol = doc.lines.eol;
  if (afterGuidance >= doc.text.length) {
    // the guidance ends the file: start a new line after it
    const endsWithBreak = /[\r\n]$/.test(doc.text);
    return { at: doc.text.length, insert: endsWithBreak ? '' : eol, cursor: doc.text.length + (endsWithBreak ? 0 : eol.length) };
  }
  const lineIsEmpty = doc.text[afterGuidance] === '\n' || doc.text[afterGuidance] === '\r';
  return { at: afterGuidance, insert: lineIsEmpty ? '' : eol, cursor: afterGuidance };
}

/** The offset just past the line break that ends the line holding `offset` (or the text's end). */
function nextLineStart(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return at < text.length ? at + 1 : at;
}

import type { Finding } from '../model/finding';
import type { FileCheck, RecordSummary, ReferenceValue } from '../model/record';
import { parseDocument, type ParsedDocument } from '../parse/parseRecord';
import { aliasMap, type SectionAliases } from '../parse/sections';
import type { Profile } from '../profile/profile';
import { MAX_FILE_BYTES } from '../rules/ruleCatalog';
import { detached } from '../text/detached';
import { createRecordValidator, isMissing, type RecordValidator } from '../schema/recordValidator';
import { NO_TEMPLATE, templateSections, type TemplateSections } from '../templates/templateSections';
import { brokenLinkFindings } from './brokenLinks';
import { evaluateChecklist } from './checklist';
import { type CheckEnvironment, type RecordContext } from './recordContext';
import { invalidFieldsOf, schemaFindings } from './schemaCheck';
import { timelineOrderFindings } from './timelineOrder';

/** Checks one file's text on its own: everything but the cross-record rules, which need the index. */
export class RecordChecker {
  readonly aliases: SectionAliases;
  private readonly validator: RecordValidator;
  private readonly templates = new Map<string, TemplateSections>();

  constructor(readonly profile: Profile, templates: Record<string, string> = {}) {
    this.aliases = aliasMap(profile.sectionAliases);
    this.validator = createRecordValidator(profile);
    for (const [type, text] of Object.entries(templates)) this.templates.set(type, templateSections(text, this.aliases));
  }

  check(text: string, env: CheckEnvironment): FileCheck {
    if (text.length > MAX_FILE_BYTES) return tooLargeCheck(env.path, text.length);
    return this.checkParsed(parseDocument(text, this.aliases), env);
  }

  checkParsed(doc: ParsedDocument, env: CheckEnvironment): FileCheck {
    if (doc.syntaxError) {
      const { message, start, end } = doc.syntaxError;
      return { file: env.path, record: null, findings: [{ rule: 'frontmatter-syntax', severity: 'error', message: detached(message), range: doc.lines.range(start, end) }] };
    }
    const data = doc.data;
    const typeName = typeof data?.type === 'string' ? data.type : null;
    const type = typeName !== null ? this.profile.types[typeName] : undefined;
    if (!data || !typeName || !type) return { file: env.path, record: null, findings: [] };

    const issues = this.validator(typeName, data);
    const invalidFields = invalidFieldsOf(issues);
    const rawStatus = typeof data.status === 'string' ? data.status : null;
    const status = rawStatus !== null && type.statuses.includes(rawStatus) ? rawStatus : null;
    const ctx: RecordContext = {
      doc, data, typeName, type, status,
      final: status !== null && type.finalStatuses.includes(status),
      invalidFields, profile: this.profile, env,
      template: this.templates.get(typeName) ?? NO_TEMPLATE,
    };
    const checklist = evaluateChecklist(ctx);
    const findings: Finding[] = [
      ...schemaFindings(doc, issues, env.fixes !== false),
      ...checklist.findings,
      ...timelineOrderFindings(ctx),
      ...brokenLinkFindings(ctx),
    ];
    const record: RecordSummary = {
      file: env.path,
      id: text(data.id, invalidFields.has('id')),
      type: detached(typeName),
      status: rawStatus === null ? null : detached(rawStatus),
      title: text(data.title, false),
      severity: text(data.severity, false),
      owner: text(data.owner, false),
      date: type.dateField ? dateText(data[type.dateField]) : null,
      correctiveActions: references(doc, data, 'corrective_actions'),
      source: references(doc, data, 'source')[0] ?? null,
      idRange: rangeOfValue(doc, 'id'),
      checklist: checklist.entries,
      completeness: checklist.completeness,
    };
    return { file: env.path, record, findings: detachMessages(sortFindings(findings)) };
  }
}

export function tooLargeCheck(path: string, size: number): FileCheck {
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return {
    file: path,
    record: null,
    findings: [{
      rule: 'file-too-large',
      severity: 'warning',
      message: `This file is ${megabytes} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit, so it was not checked; split it or move attachments out of the record.`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    }],
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareCodeUnits(a.rule, b.rule));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Messages quote values from the text; results outlive the text (the index keeps them). */
function detachMessages(findings: Finding[]): Finding[] {
  for (const finding of findings) {
    finding.message = detached(finding.message);
    if (finding.related) for (const related of finding.related) related.message = detached(related.message);
  }
  return findings;
}

function text(value: unknown, invalid: boolean): string | null {
  if (invalid || isMissing(value)) return null;
  return typeof value === 'string' || typeof value === 'number' ? detached(String(value)) : null;
}

function dateText(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' && value.trim() !== '' ? detached(value) : null;
}

function rangeOfValue(doc: ParsedDocument, field: string) {
  const location = doc.fields.get(field);
  return location ? doc.lines.range(location.valueStart, location.valueEnd) : null;
}

/** String values of a field (a scalar or a list), each with the range of its list item or value. */
function references(doc: ParsedDocument, data: Record<string, unknown>, field: string): ReferenceValue[] {
  const value = data[field];
  const location = doc.fields.get(field);
  if (!location) return [];
  if (typeof value === 'string' && value.trim() !== '') return [{ value: detached(value.trim()), range: doc.lines.range(location.valueStart, location.valueEnd) }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => {
    const itemLocation = location.items[index];
    if (typeof item !== 'string' || item.trim() === '' || !itemLocation) return [];
    return [{ value: detached(item.trim()), range: doc.lines.range(itemLocation.start, itemLocation.end) }];
  });
}

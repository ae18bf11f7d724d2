import type { Range } from '../model/finding';
import type { ParsedDocument } from '../parse/parseRecord';
import type { Profile, RecordTypeProfile } from '../profile/profile';
import type { TemplateSections } from '../templates/templateSections';

/** What a check may know besides the text: where the file is, what time it is, which files exist. */
export interface CheckEnvironment {
  /** Workspace-relative POSIX path of the file (`incidents/INC-2026-001.md`). */
  path: string;
  now: Date;
  /** Whether a workspace-relative path exists; `undefined` when that cannot be known (no finding then). */
  fileExists?: (path: string) => boolean | undefined;
  /** Whether to compute quick fixes (the CLI has no use for them). Default: true. */
  fixes?: boolean;
}

/** One record, parsed and typed, as the per-record checks see it. */
export interface RecordContext {
  doc: ParsedDocument;
  data: Record<string, unknown>;
  typeName: string;
  type: RecordTypeProfile;
  /** The status if it is one of the type's statuses, else null. */
  status: string | null;
  final: boolean;
  /** Fields that are present but invalid (already reported by `schema`). */
  invalidFields: Set<string>;
  profile: Profile;
  env: CheckEnvironment;
  template: TemplateSections;
}

/** Where a finding about something absent points: the title line, else the opening `---`. */
export function anchorForMissingSection(doc: ParsedDocument): Range {
  const title = doc.outline.headings.find((heading) => heading.level === 1);
  if (title) return doc.lines.range(title.start, title.end);
  return anchorForMissingField(doc);
}

export function anchorForMissingField(doc: ParsedDocument): Range {
  const fm = doc.frontmatter;
  return fm ? doc.lines.range(fm.openStart, fm.openEnd) : doc.lines.range(0, 0);
}

export function fieldKeyRange(doc: ParsedDocument, field: string): Range | null {
  const location = doc.fields.get(field);
  return location ? doc.lines.range(location.keyStart, location.keyEnd) : null;
}

/** The key and its value, for findings about a field's content. */
export function fieldRange(doc: ParsedDocument, field: string): Range | null {
  const location = doc.fields.get(field);
  return location ? doc.lines.range(location.keyStart, Math.max(location.valueEnd, location.keyEnd)) : null;
}

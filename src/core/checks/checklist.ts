import { insertSectionFix } from '../fixes/sectionFixes';
import { addFieldFix } from '../fixes/frontmatterFixes';
import { placeholderValues } from '../fixes/fieldPlaceholders';
import type { Finding, Fix, Range } from '../model/finding';
import type { ChecklistEntry, Completeness } from '../model/record';
import { hasContent, normalizeTitle, type Section } from '../parse/sections';
import { isDue, type ChecklistItem } from '../profile/profile';
import { isMissing } from '../schema/recordValidator';
import { anchorForMissingField, anchorForMissingSection, fieldKeyRange, type RecordContext } from './recordContext';

export interface ChecklistResult {
  entries: ChecklistEntry[];
  completeness: Completeness;
  findings: Finding[];
}

interface ItemGaps {
  /** Fields that are absent or empty (invalid ones are reported by `schema` and only make the item not done). */
  missingFields: string[];
  invalidFields: string[];
  section: Section | undefined;
  /** What is wrong with the section, if the item needs one. */
  sectionGap: 'absent' | 'empty' | 'no-evidence' | null;
}

/** Evaluates the type's checklist: each item done, missing (due, not satisfied) or pending. */
export function evaluateChecklist(ctx: RecordContext): ChecklistResult {
  const entries: ChecklistEntry[] = [];
  const findings: Finding[] = [];
  let done = 0;
  let due = 0;
  const anchors = new Anchors(ctx);
  for (const item of ctx.type.checklist) {
    const gaps = gapsOf(ctx, item);
    const satisfied = gaps.missingFields.length === 0 && gaps.invalidFields.length === 0 && gaps.sectionGap === null;
    const itemDue = isDue(item, ctx.type, ctx.status);
    const range = placeOf(ctx, item, gaps, anchors);
    if (satisfied) done++;
    if (itemDue) due++;
    const state = satisfied ? 'done' : itemDue ? 'missing' : 'pending';
    entries.push({ item: item.id, label: item.label, state, range });
    // an item whose only gap is an invalid field was already reported by `schema`
    if (state === 'missing' && (gaps.missingFields.length > 0 || gaps.sectionGap !== null)) {
      findings.push({
        rule: item.id,
        severity: ctx.final ? 'error' : 'warning',
        message: messageFor(item, gaps),
        range,
        fixes: ctx.env.fixes === false ? undefined : fixesFor(ctx, item, gaps),
      });
    }
  }
  return { entries, completeness: { done, due, total: ctx.type.checklist.length }, findings };
}

const NONE: readonly string[] = [];

function gapsOf(ctx: RecordContext, item: ChecklistItem): ItemGaps {
  // runs for every item of every record: loops rather than chains of filter()
  let missingFields = NONE as string[];
  let invalidFields = NONE as string[];
  for (const field of item.fields ?? NONE) {
    if (isMissing(ctx.data[field])) missingFields = [...missingFields, field];
    else if (ctx.invalidFields.has(field)) invalidFields = [...invalidFields, field];
  }
  if (!item.section) return { missingFields, invalidFields, section: undefined, sectionGap: null };
  const key = normalizeTitle(item.section);
  let first: Section | undefined;
  let withContent: Section | undefined;
  for (const section of ctx.doc.sections) {
    if (section.key !== key) continue;
    first ??= section;
    if (!hasContent(ctx.doc.text, section)) continue;
    withContent ??= section;
    if (item.content !== 'evidence') break;
    if (holdsEvidence(ctx, section)) return { missingFields, invalidFields, section, sectionGap: null };
  }
  if (!first) return { missingFields, invalidFields, section: undefined, sectionGap: 'absent' };
  if (!withContent) return { missingFields, invalidFields, section: first, sectionGap: 'empty' };
  return { missingFields, invalidFields, section: withContent, sectionGap: item.content === 'evidence' ? 'no-evidence' : null };
}

function holdsEvidence(ctx: RecordContext, section: Section): boolean {
  const inside = (block: { start: number }) => block.start >= section.contentStart && block.start < section.contentEnd;
  return ctx.doc.outline.links.some(inside) || ctx.doc.outline.codeBlocks.some(inside);
}

/** The section heading, else the first field's key, else where the missing thing belongs. */
function placeOf(ctx: RecordContext, item: ChecklistItem, gaps: ItemGaps, anchors: Anchors): Range {
  if (gaps.section) return ctx.doc.lines.range(gaps.section.headingStart, gaps.section.headingEnd);
  if (item.section && gaps.sectionGap === 'absent') return anchors.missingSection();
  for (const field of item.fields ?? NONE) {
    const range = fieldKeyRange(ctx.doc, field);
    if (range) return range;
  }
  return anchors.missingField();
}

/** Where absent things point, computed once per record: many items share them, and the index keeps every range. */
class Anchors {
  private section: Range | undefined;
  private field: Range | undefined;

  constructor(private readonly ctx: RecordContext) {}

  missingSection(): Range {
    return (this.section ??= anchorForMissingSection(this.ctx.doc));
  }

  missingField(): Range {
    return (this.field ??= anchorForMissingField(this.ctx.doc));
  }
}

function messageFor(item: ChecklistItem, gaps: ItemGaps): string {
  const parts: string[] = [];
  if (gaps.sectionGap === 'absent') parts.push(`the "${item.section}" section is missing`);
  if (gaps.sectionGap === 'empty') parts.push(`the "${item.section}" section is empty`);
  if (gaps.sectionGap === 'no-evidence') parts.push(`the "${item.section}" section holds no link, image or code block`);
  if (gaps.missingFields.length > 0) {
    const names = gaps.missingFields.map((field) => `\`${field}\``).join(' and ');
    parts.push(`${names} ${gaps.missingFields.length > 1 ? 'are' : 'is'} missing`);
  }
  const what = parts.join(' and ');
  return `${item.label}: ${what}; ${item.why}.`;
}

function fixesFor(ctx: RecordContext, item: ChecklistItem, gaps: ItemGaps): Fix[] {
  const fixes: Fix[] = [];
  if (gaps.sectionGap === 'absent' && item.section) {
    const key = normalizeTitle(item.section);
    const order = ctx.template.order.length > 0 ? ctx.template.order : sectionOrderOf(ctx);
    const guidance = ctx.template.guidance.get(key) ?? `<!-- ${capitalize(item.why)}. -->`;
    fixes.push(insertSectionFix(ctx.doc, item.section, order, guidance));
  }
  for (const field of gaps.missingFields) {
    if (ctx.doc.fields.has(field)) continue; // present but empty: the person has to write the value
    for (const value of placeholderValues(field, ctx.profile, ctx.type, ctx.env.now)) {
      const fixed = addFieldFix(ctx.doc, field, value);
      if (fixed) fixes.push(fixed);
    }
  }
  return fixes;
}

function sectionOrderOf(ctx: RecordContext): string[] {
  return ctx.type.checklist.flatMap((item) => (item.section ? [normalizeTitle(item.section)] : []));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

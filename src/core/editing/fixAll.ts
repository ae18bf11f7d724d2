import type { Finding, Fix, Position, TextEdit } from '../model/finding';

export interface FixAllPlan {
  /** Non-overlapping edits, in document order; inserts at one position are merged into one edit. */
  edits: TextEdit[];
  /** The fixes the edits carry out, in the order they were taken. */
  applied: Fix[];
  /** Preferred fixes left out because they overlap one already taken. */
  skipped: Fix[];
}

/**
 * Every preferred ("safe unattended") fix of a file's findings as one set of edits. Findings are taken in
 * `ruleOrder` (the type's checklist order, which is the template's section order), then in their own
 * order; a fix shared by several findings (the timeline sort) counts once; a fix with an edit that
 * overlaps an edit already taken is skipped whole. Several inserts at the same position (missing
 * sections that all go before the same heading, or at the end of the file) become one edit, in the
 * order taken.
 */
export function planFixAll(findings: readonly Finding[], ruleOrder: readonly string[] = []): FixAllPlan {
  const rank = (finding: Finding) => {
    const index = ruleOrder.indexOf(finding.rule);
    return index < 0 ? ruleOrder.length : index;
  };
  const ordered = findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index);
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const seen = new Set<string>();
  for (const { finding } of ordered) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.preferred || fix.edits.length === 0) continue;
      const key = JSON.stringify(fix.edits);
      if (seen.has(key)) continue;
      seen.add(key);
      if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) {
        skipped.push(fix);
        continue;
      }
      taken.push(...fix.edits);
      applied.push(fix);
    }
  }
  return { edits: mergeSamePosition(taken), applied, skipped };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function isInsert(edit: TextEdit): boolean {
  return comparePositions(edit.range.start, edit.range.end) === 0;
}

/** Two inserts never overlap (they merge); an insert overlaps a replacement only strictly inside it. */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (isInsert(a) && isInsert(b)) return false;
  if (isInsert(a)) return strictlyInside(a.range.start, b);
  if (isInsert(b)) return strictlyInside(b.range.start, a);
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
}

function strictlyInside(position: Position, edit: TextEdit): boolean {
  return comparePositions(edit.range.start, position) < 0 && comparePositions(position, edit.range.end) < 0;
}

/** Sorts by position (stable) and folds inserts that share a start, plus a replacement starting there, into one edit. */
function mergeSamePosition(edits: TextEdit[]): TextEdit[] {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => comparePositions(a.edit.range.start, b.edit.range.start) || a.index - b.index);
  const merged: TextEdit[] = [];
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i].edit.range.start;
    let inserted = '';
    let replacement: TextEdit | undefined;
    for (; i < sorted.length && comparePositions(sorted[i].edit.range.start, start) === 0; i++) {
      const edit = sorted[i].edit;
      if (isInsert(edit)) inserted = joinInserts(inserted, edit.newText);
      else replacement = edit;
    }
    merged.push(replacement
      ? { range: replacement.range, newText: inserted + replacement.newText }
      : { range: { start, end: start }, newText: inserted });
  }
  return merged;
}

/**
 * Each insert was computed alone, so one appended at the end of a file brings its own blank-line
 * separator; after an insert that already ends in a blank line, that separator is dropped.
 */
function joinInserts(before: string, next: string): string {
  return /(?:\r?\n){2}$/.test(before) ? before + next.replace(/^(?:\r?\n)+/, '') : before + next;
}

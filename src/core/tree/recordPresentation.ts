import type { ChecklistEntry, ItemState, RecordSummary } from '../model/record';
import { healthOf, missingItems, type RecordHealth, type TreeRecord } from './treeRecord';

/** The words the tree shows for a record and its checklist, kept here so that they are tested. */
export function recordLabel(summary: RecordSummary): string {
  const name = summary.id ?? baseName(summary.file);
  return summary.title ? `${name} ${summary.title}` : name;
}

/** `9/13`: items done out of all items of the record's type. */
export function completenessText(summary: RecordSummary): string {
  return `${summary.completeness.done}/${summary.completeness.total}`;
}

const HEALTH_TEXT: Record<RecordHealth, string> = { complete: 'complete', incomplete: 'incomplete', errors: 'has errors' };

export function healthText(record: TreeRecord): string {
  return HEALTH_TEXT[healthOf(record)];
}

export const ITEM_MARKS: Record<ItemState, string> = { done: '✓', missing: '✗', pending: '○' };
const ITEM_STATE_TEXT: Record<ItemState, string> = { done: 'done', missing: 'missing', pending: 'not due yet' };

export function itemStateText(entry: ChecklistEntry): string {
  return ITEM_STATE_TEXT[entry.state];
}

/** Markdown for the record's tooltip: what it is, how complete, and the missing items. */
export function recordTooltip(record: TreeRecord): string {
  const { summary } = record;
  const facts = [summary.type, summary.status, summary.severity, summary.owner].filter((fact) => fact !== null).map(escapeMarkdown);
  const lines = [`**${escapeMarkdown(recordLabel(summary))}**`, '', facts.join(' · '), '', `${completenessText(summary)} checklist items done, ${healthText(record)}.`];
  const missing = missingItems(summary);
  if (missing.length > 0) lines.push('', 'Missing:', '', ...missing.map((entry) => `- ${ITEM_MARKS.missing} ${escapeMarkdown(entry.label)}`));
  if (record.errors > 0) lines.push('', `${record.errors} ${record.errors === 1 ? 'error' : 'errors'}: see the Problems panel.`);
  lines.push('', `\`${escapeCode(summary.file)}\``);
  return lines.join('\n');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}

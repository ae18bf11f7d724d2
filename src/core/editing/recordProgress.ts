import type { ChecklistEntry, RecordSummary } from '../model/record';
import type { Profile } from '../profile/profile';
import { dueText } from './fieldCatalog';

/** What the status bar shows for a record: `$(shield) INC $(warning) 9/13`, and a tooltip of what is left. */
export interface RecordProgress {
  text: string;
  /** Markdown. */
  tooltip: string;
  /** Due at the current status and not done. */
  missing: ChecklistEntry[];
  /** Not done, due from a later status. */
  pending: ChecklistEntry[];
}

export function recordProgress(record: RecordSummary, profile: Profile): RecordProgress {
  const type = record.type ? profile.types[record.type] : undefined;
  const prefix = type?.idPrefix ?? record.type ?? 'REC';
  const missing = record.checklist.filter((entry) => entry.state === 'missing');
  const pending = record.checklist.filter((entry) => entry.state === 'pending');
  const { done, total } = record.completeness;
  const icon = missing.length === 0 ? '$(check)' : '$(warning)';
  const lines = [
    `**${record.id ?? '(no id)'}**${record.title ? ` — ${record.title}` : ''}`,
    `${type?.label ?? record.type} · status \`${record.status ?? 'none'}\` · ${done} of ${total} checklist items done`,
  ];
  if (missing.length > 0) lines.push(`**Missing now:**\n${missing.map((entry) => `- ${entry.label}`).join('\n')}`);
  if (pending.length > 0) lines.push(`**Due later:**\n${pending.map((entry) => `- ${entry.label} (${whenDue(entry, record, profile)})`).join('\n')}`);
  if (missing.length === 0 && pending.length === 0) lines.push('Every checklist item is done.');
  return { text: `$(shield) ${prefix} ${icon} ${done}/${total}`, tooltip: lines.join('\n\n'), missing, pending };
}

/** One row of the "missing checklist items" picker. */
export interface ChecklistPick {
  label: string;
  description: string;
  entry: ChecklistEntry;
}

/** Missing items first (due now), then pending ones (due at a later status), each in checklist order. */
export function missingItemPicks(record: RecordSummary, profile: Profile): ChecklistPick[] {
  const { missing, pending } = recordProgress(record, profile);
  return [
    ...missing.map((entry) => ({ label: `$(warning) ${entry.label}`, description: 'missing: due now', entry })),
    ...pending.map((entry) => ({ label: `$(circle-large-outline) ${entry.label}`, description: `due ${whenDue(entry, record, profile)}`, entry })),
  ];
}

function whenDue(entry: ChecklistEntry, record: RecordSummary, profile: Profile): string {
  const item = record.type ? profile.types[record.type]?.checklist.find((candidate) => candidate.id === entry.item) : undefined;
  return item ? dueText(item).replace(/`/g, '') : 'later';
}

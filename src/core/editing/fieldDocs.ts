import type { RecordSummary } from '../model/record';
import type { Profile } from '../profile/profile';
import { dutiesOf, fieldInfo, statusesFor } from './fieldCatalog';

const FORMATS: Record<string, string> = {
  dateTime: 'ISO 8601 date-time with a time zone, e.g. `2026-03-04T09:15:00+01:00` (or a date).',
  date: 'ISO 8601 date, e.g. `2026-03-31`.',
  list: 'A list: `[A, B]` or one `- item` per line.',
};

/**
 * Markdown for a frontmatter field, from the record schema's description and the profile's checklist:
 * what the field proves to an auditor, whether the record's type requires it and from which status.
 */
export function fieldMarkdown(field: string, typeName: string | null, profile: Profile): string {
  const info = fieldInfo(field);
  if (!info) return `\`${field}\` is not a field of the record schema; it is kept, but no check reads it.`;
  const type = typeName ? profile.types[typeName] : undefined;
  const parts = [`**${field}** — ${info.description}`];
  const values = allowedValues(field, typeName, profile);
  if (values.length > 0) parts.push(`Values: ${values.map((value) => `\`${value}\``).join(', ')}.`);
  else if (FORMATS[info.kind]) parts.push(FORMATS[info.kind]);
  parts.push(requirementText(field, typeName, profile));
  for (const duty of dutiesOf(field, type)) {
    parts.push(`Checklist item **${duty.item.label}** (due ${duty.due}): ${duty.item.why}.`);
  }
  return parts.join('\n\n');
}

/** Whether the field is required, on the checklist, optional or unused for the record's type. */
export function requirementText(field: string, typeName: string | null, profile: Profile): string {
  const info = fieldInfo(field);
  const type = typeName ? profile.types[typeName] : undefined;
  const label = type ? `${type.label.toLowerCase()} records` : 'records';
  if (info?.required) return 'Required of every record.';
  if (type && info && !info.recordTypes.includes(typeName!)) return `Not used by ${label}.`;
  const duties = dutiesOf(field, type);
  if (duties.length === 0) return type ? `Optional for ${label}.` : `Used by ${info?.recordTypes.join(', ') ?? 'no'} records.`;
  const always = duties.some((duty) => duty.due === 'always');
  return always ? `Required for ${label}.` : `Required for ${label} ${duties[0].due}.`;
}

/** Values the profile or schema allows for a field (statuses follow the type). */
export function allowedValues(field: string, typeName: string | null, profile: Profile): string[] {
  if (field === 'status') return statusesFor(profile, typeName);
  if (field === 'severity') return profile.severities;
  if (field === 'type') return Object.keys(profile.types);
  return fieldInfo(field)?.enum ?? [];
}

/** Markdown describing a record another record refers to (hover on an id in `corrective_actions`/`source`). */
export function recordMarkdown(record: RecordSummary, profile: Profile): string {
  const type = record.type ? profile.types[record.type] : undefined;
  const { done, total } = record.completeness;
  const missing = record.checklist.filter((entry) => entry.state === 'missing');
  const lines = [
    `**${record.id ?? '(no id)'}** · ${type?.label ?? record.type ?? 'record'}${record.title ? ` — ${record.title}` : ''}`,
    `Status: \`${record.status ?? 'none'}\` · Checklist: ${done}/${total} done${missing.length > 0 ? `, missing now: ${missing.map((entry) => entry.label).join(', ')}` : ''}`,
    `\`${record.file}\``,
  ];
  return lines.join('\n\n');
}

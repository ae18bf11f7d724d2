import { formatNowWithOffset } from '../model/dates';
import type { RecordSummary } from '../model/record';
import type { Profile } from '../profile/profile';
import { fieldInfo, fieldsForType } from './fieldCatalog';
import { allowedValues, fieldMarkdown } from './fieldDocs';

const SUGGESTING_KINDS = new Set(['enum', 'dateTime', 'date']);
const SUGGESTING_FIELDS = new Set(['status', 'severity', 'corrective_actions', 'source']);

export interface KeySuggestion {
  name: string;
  /** Markdown: what the field proves and whether this record needs it. */
  documentation: string;
  present: boolean;
  /** Absent fields first, then schema order. */
  sortText: string;
  /** A value list exists (enum, date, reference): worth opening completion again after the key. */
  hasValueSuggestions: boolean;
}

export interface ValueSuggestion {
  value: string;
  detail?: string;
  documentation?: string;
  sortText: string;
}

/** Field names for a record of `typeName` (every field when unknown); `present` are the keys already written. */
export function keySuggestions(typeName: string | null, present: ReadonlySet<string>, profile: Profile): KeySuggestion[] {
  const type = typeName && profile.types[typeName] ? typeName : null;
  return fieldsForType(type).map((field, index) => ({
    name: field.name,
    documentation: fieldMarkdown(field.name, type, profile),
    present: present.has(field.name),
    sortText: `${present.has(field.name) ? 1 : 0}-${String(index).padStart(3, '0')}`,
    hasValueSuggestions: SUGGESTING_KINDS.has(field.kind) || SUGGESTING_FIELDS.has(field.name),
  }));
}

const SOURCE_TYPES = ['incident', 'near-miss', 'tabletop'];

/** Values for `field` of a record of `typeName`: the profile's vocabularies, now, or ids of other records. */
export function valueSuggestions(field: string, typeName: string | null, profile: Profile, records: readonly RecordSummary[], now: Date): ValueSuggestion[] {
  if (field === 'corrective_actions') return referenceSuggestions(records, ['corrective-action'], profile);
  if (field === 'source') return referenceSuggestions(records, SOURCE_TYPES, profile);
  const kind = fieldInfo(field)?.kind;
  if (kind === 'dateTime') return [{ value: formatNowWithOffset(now), detail: 'now, with your time zone offset', sortText: '0' }];
  if (kind === 'date') return [{ value: formatNowWithOffset(now).slice(0, 10), detail: 'today', sortText: '0' }];
  const type = typeName ? profile.types[typeName] : undefined;
  return allowedValues(field, typeName, profile).map((value, index) => ({
    value,
    detail: detailOf(field, value, profile, type?.finalStatuses),
    sortText: String(index).padStart(3, '0'),
  }));
}

function detailOf(field: string, value: string, profile: Profile, finalStatuses: string[] | undefined): string | undefined {
  if (field === 'type') return profile.types[value]?.label;
  if (field === 'status' && finalStatuses?.includes(value)) return 'final: every checklist item is due';
  return undefined;
}

function referenceSuggestions(records: readonly RecordSummary[], types: string[], profile: Profile): ValueSuggestion[] {
  const seen = new Set<string>();
  const fitting = records.filter((record) => {
    if (!record.id || !record.type || !types.includes(record.type) || seen.has(record.id)) return false;
    seen.add(record.id);
    return true;
  });
  return fitting
    .sort((a, b) => a.id!.localeCompare(b.id!, undefined, { numeric: true }))
    .map((record, index) => ({
      value: record.id!,
      detail: record.title ?? undefined,
      documentation: `${profile.types[record.type!]?.label ?? record.type} · status \`${record.status ?? 'none'}\` · \`${record.file}\``,
      sortText: String(index).padStart(5, '0'),
    }));
}

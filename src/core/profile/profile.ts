import defaultProfileJson from './soc2.profile.json';

/** One piece of evidence a record of a type must hold, and from when. */
export interface ChecklistItem {
  id: string;
  label: string;
  /** Frontmatter fields that must all be present and valid. */
  fields?: string[];
  /** A level-2 section (canonical title) that must have content. */
  section?: string;
  /** `evidence`: the section must hold a link, image or code block, not just prose. */
  content?: 'any' | 'evidence';
  /** Due from this status on (in the type's status order). */
  dueFrom?: string;
  /** Due only at these statuses. Neither dueFrom nor dueAt: always due. */
  dueAt?: string[];
  /** Why an auditor wants it, as the second half of a sentence. */
  why: string;
}

export interface RecordTypeProfile {
  label: string;
  idPrefix: string;
  folder: string;
  statuses: string[];
  finalStatuses: string[];
  /** The field that dates the record (for sorting and display). */
  dateField?: string;
  /** Date-time fields that must be in non-decreasing order. */
  timeline?: string[];
  checklist: ChecklistItem[];
}

export interface Profile {
  name: string;
  severities: string[];
  /** Canonical section title → other titles accepted for it. */
  sectionAliases: Record<string, string[]>;
  types: Record<string, RecordTypeProfile>;
}

/** The shape of a profile file, where a type may `extends` another's checklist. */
export interface ProfileSource {
  name?: string;
  severities?: string[];
  sectionAliases?: Record<string, string[]>;
  types?: Record<string, Partial<RecordTypeProfile> & { extends?: string; checklist?: ChecklistItem[] }>;
}

export const RECORD_TYPES = ['incident', 'near-miss', 'tabletop', 'corrective-action'] as const;

/** Builds a profile from the bundled default, with a team's overrides merged on top. */
export function buildProfile(overrides: ProfileSource = {}): Profile {
  const base = defaultProfileJson as ProfileSource;
  const sources = { ...base.types };
  for (const [name, override] of Object.entries(overrides.types ?? {})) {
    const current = sources[name] ?? {};
    sources[name] = { ...current, ...override, checklist: mergeChecklist(current.checklist, override.checklist) };
  }
  const types: Record<string, RecordTypeProfile> = {};
  for (const name of Object.keys(sources)) types[name] = resolveType(name, sources, new Set());
  return {
    name: overrides.name ?? base.name ?? 'default',
    severities: overrides.severities ?? base.severities ?? [],
    sectionAliases: mergeAliases(base.sectionAliases ?? {}, overrides.sectionAliases ?? {}),
    types,
  };
}

function resolveType(name: string, sources: NonNullable<ProfileSource['types']>, seen: Set<string>): RecordTypeProfile {
  const source = sources[name];
  const parentName = source.extends;
  const parent = parentName && sources[parentName] && !seen.has(parentName)
    ? resolveType(parentName, sources, new Set([...seen, name]))
    : undefined;
  const statuses = source.statuses ?? parent?.statuses ?? [];
  return {
    label: source.label ?? name,
    idPrefix: source.idPrefix ?? name.slice(0, 3).toUpperCase(),
    folder: source.folder ?? name,
    statuses,
    finalStatuses: source.finalStatuses ?? parent?.finalStatuses ?? statuses.slice(-1),
    dateField: source.dateField ?? parent?.dateField,
    timeline: source.timeline ?? parent?.timeline,
    checklist: mergeChecklist(parent?.checklist, source.checklist),
  };
}

/** Items with an id already present replace it in place; new ids are appended. */
function mergeChecklist(base: ChecklistItem[] = [], extra: ChecklistItem[] = []): ChecklistItem[] {
  const merged = base.map((item) => extra.find((e) => e.id === item.id) ?? item);
  for (const item of extra) if (!base.some((b) => b.id === item.id)) merged.push(item);
  return merged;
}

function mergeAliases(base: Record<string, string[]>, extra: Record<string, string[]>): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [title, aliases] of Object.entries(base)) merged[title] = [...aliases];
  for (const [title, aliases] of Object.entries(extra)) {
    const key = Object.keys(merged).find((k) => k.toLowerCase() === title.toLowerCase()) ?? title;
    merged[key] = [...(merged[key] ?? []), ...aliases];
  }
  return merged;
}

export function isDue(item: ChecklistItem, type: RecordTypeProfile, status: string | null): boolean {
  if (!item.dueFrom && !item.dueAt) return true;
  if (status === null || !type.statuses.includes(status)) return false;
  if (item.dueAt) return item.dueAt.includes(status);
  const from = type.statuses.indexOf(item.dueFrom!);
  return from >= 0 && type.statuses.indexOf(status) >= from;
}

import type { RecordSummary } from '../model/record';
import type { Profile } from '../profile/profile';
import { naturalCompare } from './naturalOrder';
import type { GroupBy } from './treeOptions';

/** The profile's vocabulary, which orders and names the groups (lifecycle order, SEV1 first, …). */
export interface GroupVocabulary {
  statuses: string[];
  types: { name: string; label: string }[];
  severities: string[];
}

/** The union of several profiles' vocabularies (one per workspace folder), first occurrence first. */
export function vocabularyOf(profiles: Iterable<Profile>): GroupVocabulary {
  const statuses = new Set<string>();
  const types = new Map<string, string>();
  const severities = new Set<string>();
  for (const profile of profiles) {
    for (const [name, type] of Object.entries(profile.types)) {
      if (!types.has(name)) types.set(name, type.label);
      for (const status of type.statuses) statuses.add(status);
    }
    for (const severity of profile.severities) severities.add(severity);
  }
  return { statuses: [...statuses], types: [...types].map(([name, label]) => ({ name, label })), severities: [...severities] };
}

export function groupValueOf(summary: RecordSummary, groupBy: GroupBy): string | null {
  const value = summary[groupBy];
  return value === null || value.trim() === '' ? null : value.trim();
}

const NONE_LABELS: Record<GroupBy, string> = { status: 'No status', type: 'No type', severity: 'No severity', owner: 'No owner' };

export function groupLabel(groupBy: GroupBy, value: string | null, vocabulary: GroupVocabulary): string {
  if (value === null) return NONE_LABELS[groupBy];
  if (groupBy === 'type') return vocabulary.types.find((type) => type.name === value)?.label ?? value;
  if (groupBy === 'status') return STATUS_LABELS[value] ?? capitalize(value.replace(/[-_]/g, ' '));
  return value;
}

/** Known values in the vocabulary's order, then others alphabetically, then "none". */
export function groupOrder(groupBy: GroupBy, vocabulary: GroupVocabulary): (a: string | null, b: string | null) => number {
  const known = knownValues(groupBy, vocabulary);
  const rank = new Map(known.map((value, index) => [value, index]));
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const ra = rank.get(a) ?? known.length;
    const rb = rank.get(b) ?? known.length;
    return ra - rb || naturalCompare(a, b);
  };
}

function knownValues(groupBy: GroupBy, vocabulary: GroupVocabulary): string[] {
  if (groupBy === 'status') return vocabulary.statuses;
  if (groupBy === 'type') return vocabulary.types.map((type) => type.name);
  if (groupBy === 'severity') return vocabulary.severities;
  return [];
}

/** Statuses whose label is not just their name with spaces. */
const STATUS_LABELS: Record<string, string> = { 'wont-do': "Won't do" };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

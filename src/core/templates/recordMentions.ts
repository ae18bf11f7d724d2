/** A record id written in a text, with its offsets (half-open). */
export interface RecordMention {
  id: string;
  start: number;
  end: number;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Builds a matcher for ids of the given prefixes (`INC-2026-014`, `CA-2025-7`): whole words only, so
 * `XINC-2026-001` and `INC-2026-0015a` are not ids, and not inside paths or file names
 * (`../incidents/INC-2026-001.md`, `INC-2026-001-db-outage.md`). Case-sensitive, as ids are written.
 */
export function recordIdPattern(prefixes: string[]): RegExp {
  const alternatives = [...new Set(prefixes)].filter(Boolean).sort((a, b) => b.length - a.length).map((prefix) => prefix.replace(ESCAPE, '\\$&'));
  if (alternatives.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\w/.-])(?:${alternatives.join('|')})-\\d{4}-\\d{1,9}(?![\\w-]|\\.\\w)`, 'g');
}

export function findRecordMentions(text: string, prefixes: string[]): RecordMention[] {
  const pattern = recordIdPattern(prefixes);
  const mentions: RecordMention[] = [];
  for (const match of text.matchAll(pattern)) mentions.push({ id: match[0], start: match.index!, end: match.index! + match[0].length });
  return mentions;
}

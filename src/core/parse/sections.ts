import { afterLineBreak } from './frontmatterBlock';
import type { Outline } from './outline/outline';

/** A level-2 section of a record body; offsets are absolute in the file's text. */
export interface Section {
  /** The heading text as written. */
  title: string;
  /** The canonical title it stands for (after aliases), lower-cased. */
  key: string;
  headingStart: number;
  headingEnd: number;
  /** From the line after the heading to the next level-2 heading or the end of the file. */
  contentStart: number;
  contentEnd: number;
}

/** Lower-cased title or alias → lower-cased canonical title. */
export type SectionAliases = Map<string, string>;

export function aliasMap(aliases: Record<string, string[]>): SectionAliases {
  const map = new Map<string, string>();
  for (const [canonical, others] of Object.entries(aliases)) {
    for (const alias of others) map.set(normalizeTitle(alias), normalizeTitle(canonical));
  }
  return map;
}

const normalizedTitles = new Map<string, string>();

export function normalizeTitle(title: string): string {
  // the same few headings recur in every record: remember them (bounded)
  let key = normalizedTitles.get(title);
  if (key === undefined) {
    key = title.trim().replace(/\s+/g, ' ').toLowerCase();
    if (normalizedTitles.size >= 1024) normalizedTitles.clear();
    normalizedTitles.set(title, key);
  }
  return key;
}

export function sectionsOf(text: string, outline: Outline, aliases: SectionAliases): Section[] {
  const level2 = outline.headings.filter((heading) => heading.level === 2);
  return level2.map((heading, index) => {
    const key = normalizeTitle(heading.text);
    return {
      title: heading.text,
      key: aliases.get(key) ?? key,
      headingStart: heading.start,
      headingEnd: heading.end,
      contentStart: afterLineBreak(text, heading.end),
      contentEnd: index + 1 < level2.length ? level2[index + 1].start : text.length,
    };
  });
}

const LONE_PLACEHOLDER = /^(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:tbd|todo)[.!?:…]*$/i;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const WHITESPACE = /\s/;

/** Content is anything but HTML comments, whitespace, or a lone TBD/TODO (optionally as one list item). */
export function hasContent(text: string, section: Section): boolean {
  const first = firstVisible(text, section.contentStart, section.contentEnd);
  if (first < 0) return false;
  // most sections start with prose: decided without copying the section
  if (!mayStartPlaceholder(text, first, section.contentEnd)) return true;
  const remaining = text.slice(section.contentStart, section.contentEnd).replace(HTML_COMMENT, '').trim();
  return remaining !== '' && !LONE_PLACEHOLDER.test(remaining);
}

/** The first character in [start, end) that is neither whitespace nor inside an HTML comment, or -1. */
function firstVisible(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const ch = text.charCodeAt(i);
    if (ch === 60 && i + 4 <= end && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0 || close + 3 > end) return -1; // an unclosed comment hides the rest of the section
      i = close + 3;
    } else if (ch <= 32 ? ch === 32 || (ch >= 9 && ch <= 13) : ch >= 128 && WHITESPACE.test(text[i])) {
      i++;
    } else {
      return i;
    }
  }
  return -1;
}

/**
 * False when the visible text starting at `first` cannot be a lone TBD/TODO, judged from its first
 * characters; true when unsure (a comment could sit inside the placeholder, or it may be one).
 */
function mayStartPlaceholder(text: string, first: number, end: number): boolean {
  const at = (i: number) => (i < end ? text.charCodeAt(i) : -1);
  const ch = at(first);
  if (ch >= 48 && ch <= 57) return true;
  if ((ch | 0x20) === 116) {
    const next = at(first + 1) | 0x20;
    return next === 98 || next === 111 || next === 60;
  }
  if (ch !== 45 && ch !== 42 && ch !== 43) return false;
  let i = first + 1;
  if (at(i) !== 32 && at(i) !== 9) return at(i) === 60;
  while (at(i) === 32 || at(i) === 9) i++;
  const word = at(i);
  return word === -1 || (word | 0x20) === 116 || word === 60;
}

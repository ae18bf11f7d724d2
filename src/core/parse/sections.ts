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

export function normalizeTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
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

/** Content is anything but HTML comments, whitespace, or a lone TBD/TODO (optionally as one list item). */
export function hasContent(text: string, section: Section): boolean {
  const remaining = text.slice(section.contentStart, section.contentEnd).replace(HTML_COMMENT, '').trim();
  return remaining !== '' && !LONE_PLACEHOLDER.test(remaining);
}

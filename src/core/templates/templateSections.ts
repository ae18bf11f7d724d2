import { findFrontmatterBlock } from '../parse/frontmatterBlock';
import { scanOutline } from '../parse/outline/scanOutline';
import { sectionsOf, type SectionAliases } from '../parse/sections';

/** What a record type's template says about its sections: their order and the guidance inside each. */
export interface TemplateSections {
  /** Canonical section keys (lower-cased titles) in template order. */
  order: string[];
  /** Canonical section key → the guidance comment(s) written under its heading. */
  guidance: Map<string, string>;
}

const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Reads section order and guidance from a template's text. Templates are plain text: `{{…}}`
 * variables are left as they are here, and nothing in a template is evaluated.
 */
export function templateSections(template: string, aliases: SectionAliases): TemplateSections {
  const bodyStart = findFrontmatterBlock(template)?.bodyStart ?? 0;
  const body = template.slice(bodyStart);
  const sections = sectionsOf(body, scanOutline(body), aliases);
  const guidance = new Map<string, string>();
  for (const section of sections) {
    const comments = body.slice(section.contentStart, section.contentEnd).match(COMMENT);
    if (comments && !guidance.has(section.key)) guidance.set(section.key, comments.join('\n'));
  }
  return { order: sections.map((section) => section.key), guidance };
}

export const NO_TEMPLATE: TemplateSections = { order: [], guidance: new Map() };

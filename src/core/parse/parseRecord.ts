import { LineIndex } from '../text/lineIndex';
import { findFrontmatterBlock, isYamlFrontmatter, type FrontmatterBlock } from './frontmatterBlock';
import type { Outline } from './outline/outline';
import { scanOutline } from './outline/scanOutline';
import { sectionsOf, type Section, type SectionAliases } from './sections';
import { parseYamlFrontmatter, type FieldLocation } from './yamlFrontmatter';

export interface SyntaxProblem {
  message: string;
  start: number;
  end: number;
}

/** Everything the checks read from one Markdown file. Offsets are absolute in `text`. */
export interface ParsedDocument {
  text: string;
  lines: LineIndex;
  frontmatter: FrontmatterBlock | null;
  /** The frontmatter mapping; null without (readable) frontmatter. */
  data: Record<string, unknown> | null;
  fields: Map<string, FieldLocation>;
  syntaxError: SyntaxProblem | null;
  bodyStart: number;
  outline: Outline;
  sections: Section[];
}

const EMPTY_OUTLINE: Outline = { headings: [], links: [], codeBlocks: [], comments: [] };

export function parseDocument(text: string, aliases: SectionAliases): ParsedDocument {
  const lines = new LineIndex(text);
  const frontmatter = findFrontmatterBlock(text);
  let data: Record<string, unknown> | null = null;
  let fields = new Map<string, FieldLocation>();
  let syntaxError: SyntaxProblem | null = null;
  if (frontmatter && !isYamlFrontmatter(frontmatter)) {
    syntaxError = {
      message: `Frontmatter in "${frontmatter.language}" is refused: only YAML is read, and nothing in a record is ever executed.`,
      start: frontmatter.openStart,
      end: frontmatter.openEnd,
    };
  } else if (frontmatter && frontmatter.contentEnd > frontmatter.contentStart) {
    const result = parseYamlFrontmatter(text.slice(frontmatter.contentStart, frontmatter.contentEnd), frontmatter.contentStart);
    if (result.ok) {
      data = result.data;
      fields = result.fields;
    } else {
      syntaxError = { message: result.message, start: result.start, end: result.end };
    }
  }
  const bodyStart = frontmatter ? frontmatter.bodyStart : 0;
  // a file without frontmatter is not a record: its body is never looked at
  const outline = data ? shiftOutline(scanOutline(text.slice(bodyStart)), bodyStart) : EMPTY_OUTLINE;
  return { text, lines, frontmatter, data, fields, syntaxError, bodyStart, outline, sections: sectionsOf(text, outline, aliases) };
}

/** Moves a freshly scanned outline (nobody else holds it) from body offsets to file offsets, in place. */
function shiftOutline(outline: Outline, by: number): Outline {
  if (by === 0) return outline;
  for (const heading of outline.headings) {
    heading.start += by;
    heading.end += by;
    heading.textStart += by;
    heading.textEnd += by;
  }
  for (const items of [outline.links, outline.codeBlocks, outline.comments]) {
    for (const item of items) {
      item.start += by;
      item.end += by;
    }
  }
  return outline;
}

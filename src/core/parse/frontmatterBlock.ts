/** Where the frontmatter block sits in a file's text (UTF-16 offsets). */
export interface FrontmatterBlock {
  /** Text after the opening `---` (`''`, `yaml`, `yml`, or another language that must be refused). */
  language: string;
  openStart: number;
  openEnd: number;
  contentStart: number;
  contentEnd: number;
  closeStart: number;
  closeEnd: number;
  /** Where the Markdown body begins (after the closing line's break). */
  bodyStart: number;
}

const BOM = 0xfeff;
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** `---`, `---yaml` and `---yml` open YAML; any other language is refused, never evaluated. */
export function isYamlFrontmatter(block: FrontmatterBlock): boolean {
  return YAML_LANGUAGES.has(block.language);
}
const OPENING = /^---([A-Za-z0-9_-]*)[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds the frontmatter block: `---` (optionally `---yaml`/`---<lang>`) on the first line, closed by a
 * `---` or `...` line. A file with no closing line has no frontmatter.
 */
export function findFrontmatterBlock(text: string): FrontmatterBlock | null {
  const openStart = text.charCodeAt(0) === BOM ? 1 : 0;
  if (!text.startsWith('---', openStart)) return null;
  const firstBreak = nextLineBreak(text, openStart);
  const opening = OPENING.exec(text.slice(openStart, firstBreak));
  if (!opening) return null;
  const contentStart = afterLineBreak(text, firstBreak);
  let lineStart = contentStart;
  while (lineStart < text.length) {
    const lineEnd = nextLineBreak(text, lineStart);
    const first = text.charCodeAt(lineStart);
    if ((first === 45 || first === 46) && CLOSING.test(text.slice(lineStart, lineEnd))) {
      return {
        language: opening[1].toLowerCase(),
        openStart,
        openEnd: firstBreak,
        contentStart,
        contentEnd: lineStart,
        closeStart: lineStart,
        closeEnd: lineEnd,
        bodyStart: afterLineBreak(text, lineEnd),
      };
    }
    lineStart = afterLineBreak(text, lineEnd);
  }
  return null;
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return i;
  }
  return text.length;
}

/** The offset just past the line break at `at` (`\r\n`, `\n` or `\r`), or `at` at the end of the text. */
export function afterLineBreak(text: string, at: number): number {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  return at < text.length ? at + 1 : at;
}

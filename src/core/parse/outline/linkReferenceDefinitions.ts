import { unescapeString } from './characterReferences';
import { codeAt, isLineEnding, isMarkdownWhitespace } from './characters';
import {
  destinationValueRange,
  normalizeLabel,
  parseDestination,
  parseLabel,
  parseTitle,
  skipLineEnding,
  skipSpacesAndTabs,
  skipWhitespace,
  TitleCloserMemo,
} from './linkSyntax';

/** Normalised label → destination (escapes and references resolved). The first definition wins. */
export type Definitions = Map<string, string>;

function atLineEnd(text: string, i: number, end: number): boolean {
  return i >= end || isLineEnding(text.charCodeAt(i));
}

/** One definition `[label]: dest "title"` at `i`; returns the index after its line ending, or -1. */
function parseDefinition(text: string, i: number, end: number, definitions: Definitions, memo: TitleCloserMemo): number {
  const labelStart = skipSpacesAndTabs(text, i, end);
  const labelEnd = parseLabel(text, labelStart, end);
  if (labelEnd < 0 || codeAt(text, labelEnd, end) !== 58 /* : */) return -1;
  const destStart = skipWhitespace(text, labelEnd + 1, end);
  const destEnd = parseDestination(text, destStart, end, Infinity);
  if (destEnd < 0) return -1;
  let lineEnd = -1;
  if (isMarkdownWhitespace(codeAt(text, destEnd, end))) {
    const titleEnd = parseTitle(text, skipWhitespace(text, destEnd, end), end, memo);
    if (titleEnd >= 0) {
      const afterTitle = skipSpacesAndTabs(text, titleEnd, end);
      if (atLineEnd(text, afterTitle, end)) lineEnd = afterTitle;
    }
  }
  if (lineEnd < 0) {
    // Without a (valid) title, the destination itself must end the line.
    const afterDest = skipSpacesAndTabs(text, destEnd, end);
    if (!atLineEnd(text, afterDest, end)) return -1;
    lineEnd = afterDest;
  }
  const key = normalizeLabel(text.slice(labelStart + 1, labelEnd - 1));
  if (!definitions.has(key)) {
    const [valueStart, valueEnd] = destinationValueRange(text, destStart, destEnd);
    definitions.set(key, unescapeString(text, valueStart, valueEnd));
  }
  return skipLineEnding(text, lineEnd, end);
}

/**
 * Consumes the link reference definitions that open paragraph content [start, end) and records
 * them; returns where the remaining content (the real paragraph, if any) starts.
 */
export function parseLeadingDefinitions(text: string, start: number, end: number, definitions: Definitions): number {
  if (codeAt(text, skipSpacesAndTabs(text, start, end), end) !== 91 /* [ */) return start;
  const memo = new TitleCloserMemo();
  let pos = start;
  while (pos < end) {
    const next = parseDefinition(text, pos, end, definitions, memo);
    if (next < 0) break;
    pos = next;
  }
  return pos;
}

import { frontmatterLines, LIST_ITEM, lineAt, parentKeyOf, TOP_LEVEL_KEY } from './frontmatterLines';

/** The frontmatter key, or one value (a scalar or a single list item), under the cursor: for hovers. */
export type FrontmatterToken =
  | { kind: 'key'; key: string; start: number; end: number }
  | { kind: 'value'; key: string; value: string; start: number; end: number };

interface Piece {
  value: string;
  start: number;
  end: number;
}

export function frontmatterTokenAt(text: string, offset: number): FrontmatterToken | null {
  const lines = frontmatterLines(text);
  if (!lines || offset < lines.contentStart || offset >= lines.contentEnd) return null;
  const line = lineAt(text, offset);
  const keyLine = TOP_LEVEL_KEY.exec(line.text);
  if (keyLine) {
    const key = keyLine[1];
    if (offset <= line.start + key.length) return { kind: 'key', key, start: line.start, end: line.start + key.length };
    const valueStart = line.end - keyLine[3].length;
    return valueToken(key, piecesOf(keyLine[3], valueStart), offset);
  }
  const item = LIST_ITEM.exec(line.text);
  if (!item) return null;
  const key = parentKeyOf(text, lines, line.start);
  return key ? valueToken(key, piecesOf(item[3], line.end - item[3].length), offset) : null;
}

function valueToken(key: string, pieces: Piece[], offset: number): FrontmatterToken | null {
  const piece = pieces.find((candidate) => offset >= candidate.start && offset <= candidate.end);
  return piece ? { kind: 'value', key, ...piece } : null;
}

/** A scalar, or the items of a flow list, with absolute offsets (quotes and comments left out). */
function piecesOf(raw: string, at: number): Piece[] {
  const withoutComment = raw.replace(/(^|[ \t])#.*$/, '$1');
  if (!withoutComment.trimStart().startsWith('[')) {
    const piece = trimmedPiece(withoutComment, at);
    return piece ? [piece] : [];
  }
  const pieces: Piece[] = [];
  const open = withoutComment.indexOf('[');
  const close = withoutComment.lastIndexOf(']');
  const inner = withoutComment.slice(open + 1, close > open ? close : undefined);
  let start = 0;
  for (const part of inner.split(',')) {
    const piece = trimmedPiece(part, at + open + 1 + start);
    if (piece) pieces.push(piece);
    start += part.length + 1;
  }
  return pieces;
}

function trimmedPiece(raw: string, at: number): Piece | null {
  const lead = raw.length - raw.trimStart().length;
  let value = raw.trim();
  let start = at + lead;
  if (/^(["']).*\1$/.test(value) && value.length >= 2) {
    value = value.slice(1, -1);
    start++;
  }
  return value === '' ? null : { value, start, end: start + value.length };
}

/**
 * GFM table rows, counted the way micromark-extension-gfm-table counts them: a table needs a head
 * row and a delimiter row with the same number of cells, and the delimiter row needs a pipe or a
 * colon somewhere (so `a|b` over `---` stays a setext heading).
 */
import { codeAt, isSpaceOrTab } from './characters';

const PIPE = 124;
const BACKSLASH = 92;

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i;
}

/** Cells in a head row starting at its first non-space character, or -1 if it cannot head a table. */
export function headRowCellCount(text: string, i: number, end: number): number {
  let cells = 0;
  let marks = 0;
  let atCellStart = false;
  if (codeAt(text, i, end) !== PIPE) {
    atCellStart = true;
    marks++;
  }
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isSpaceOrTab(c)) {
      j++;
      continue;
    }
    marks++;
    if (atCellStart) {
      atCellStart = false;
      cells++;
    }
    if (c === PIPE) {
      atCellStart = true;
      j++;
      continue;
    }
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === PIPE || isSpaceOrTab(d)) break;
      j++;
      if (d === BACKSLASH && j < end && (text.charCodeAt(j) === BACKSLASH || text.charCodeAt(j) === PIPE)) j++;
    }
  }
  return marks > 1 ? cells : -1;
}

/** Cells in a delimiter row (`| :-- | --: |`) starting at its first non-space character, or -1. */
export function delimiterRowCellCount(text: string, i: number, end: number): number {
  let j = i;
  let cells = 0;
  let hasPipeOrColon = false;
  let c = codeAt(text, j, end);
  if (c === PIPE) {
    hasPipeOrColon = true;
    j = skipSpaces(text, j + 1, end);
  } else if (c !== 45 && c !== 58) {
    return -1;
  }
  for (;;) {
    c = codeAt(text, j, end);
    if (c === -1) break;
    if (c === 58 /* : */) {
      hasPipeOrColon = true;
      j++;
      if (codeAt(text, j, end) !== 45) return -1;
    } else if (c !== 45 /* - */) {
      return -1;
    }
    cells++;
    while (codeAt(text, j, end) === 45) j++;
    if (codeAt(text, j, end) === 58) {
      hasPipeOrColon = true;
      j++;
    }
    j = skipSpaces(text, j, end);
    c = codeAt(text, j, end);
    if (c === -1) break;
    if (c !== PIPE) return -1;
    hasPipeOrColon = true;
    j = skipSpaces(text, j + 1, end);
  }
  return hasPipeOrColon ? cells : -1;
}

/** Calls `cell(start, end)` for each non-blank cell of the row in [i, end); `\|` does not split. */
export function forEachCell(text: string, i: number, end: number, cell: (start: number, end: number) => void): void {
  let cellStart = i;
  let pipe = text.indexOf('|', i);
  while (cellStart < end) {
    if (pipe < 0 || pipe >= end) pipe = end;
    else if (isEscaped(text, pipe, cellStart)) {
      pipe = text.indexOf('|', pipe + 1);
      continue;
    }
    if (!isBlank(text, cellStart, pipe)) cell(cellStart, pipe);
    cellStart = pipe + 1;
    if (pipe < end) pipe = text.indexOf('|', cellStart);
  }
}

/** An odd run of backslashes before `i` escapes it. */
function isEscaped(text: string, i: number, from: number): boolean {
  let j = i;
  while (j > from && text.charCodeAt(j - 1) === BACKSLASH) j--;
  return (i - j) % 2 === 1;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (!isSpaceOrTab(text.charCodeAt(j))) return false;
  return true;
}

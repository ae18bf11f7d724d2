import type { Position, Range } from '../model/finding';

// Positions and ranges are immutable values, and the same few recur in every record (`owner:` on line
// 7, `## Timeline` on line 20…): the index keeps about twenty per record, so for 10,000 records sharing
// them saves tens of megabytes. They are frozen, so a caller that tried to change one would fail loudly.
// The bounds keep every key a small integer (a range's key < 2^30), which V8 hashes without allocating.
const MAX_LINE = 256;
const MAX_CHARACTER = 128;
const MAX_SHARED_RANGES = 1 << 16;

const positions: Array<Position | undefined> = [];
const ranges = new Map<number, Range>();

function positionKey(line: number, character: number): number {
  return line < MAX_LINE && character < MAX_CHARACTER ? line * MAX_CHARACTER + character : -1;
}

export function sharedPosition(line: number, character: number): Position {
  const key = positionKey(line, character);
  if (key < 0) return { line, character };
  return (positions[key] ??= Object.freeze({ line, character }));
}

export function sharedRange(start: Position, end: Position): Range {
  const startKey = positionKey(start.line, start.character);
  const endKey = positionKey(end.line, end.character);
  if (startKey < 0 || endKey < 0) return { start, end };
  const key = startKey * MAX_LINE * MAX_CHARACTER + endKey;
  let range = ranges.get(key);
  if (range === undefined) {
    if (ranges.size >= MAX_SHARED_RANGES) return { start, end };
    range = Object.freeze({ start, end });
    ranges.set(key, range);
  }
  return range;
}

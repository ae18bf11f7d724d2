import { strict as assert } from 'node:assert';
import type { Outline } from '../../src/core/parse/outline/outline';

/** 0-based line of `offset` (\n, \r\n and \r all end a line). */
export function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** Structural invariants every outline must satisfy, whatever the input. */
export function assertWellFormed(text: string, outline: Outline): void {
  let previousStart = -1;
  for (const h of outline.headings) {
    assert.ok(h.level >= 1 && h.level <= 6, `level ${h.level}`);
    assert.ok(0 <= h.start && h.start <= h.textStart && h.textStart <= h.textEnd && h.textEnd <= h.end && h.end <= text.length, `heading offsets ${JSON.stringify(h)}`);
    assert.ok(h.start > previousStart, 'headings in document order');
    previousStart = h.start;
    for (const line of h.text.split('\n')) assert.ok(!/^[ \t]|[ \t]$/.test(line), `heading text lines are trimmed: ${JSON.stringify(h.text)}`);
  }
  previousStart = -1;
  for (const link of outline.links) {
    assert.ok(0 <= link.start && link.start < link.end && link.end <= text.length, `link offsets ${JSON.stringify(link)}`);
    assert.ok(link.start >= previousStart, 'links in document order');
    previousStart = link.start;
  }
  for (const block of [...outline.codeBlocks, ...outline.comments]) {
    assert.ok(0 <= block.start && block.start <= block.end && block.end <= text.length, `block offsets ${JSON.stringify(block)}`);
  }
}

import { strict as assert } from 'node:assert';
import { overlaps, planFixAll } from '../../src/core/editing/fixAll';
import type { Finding, Fix, TextEdit } from '../../src/core/model/finding';

const pos = (line: number, character = 0) => ({ line, character });
const insert = (line: number, newText: string): TextEdit => ({ range: { start: pos(line), end: pos(line) }, newText });
const replace = (from: number, to: number, newText: string): TextEdit => ({ range: { start: pos(from), end: pos(to) }, newText });
const fix = (title: string, edits: TextEdit[], preferred = true): Fix => ({ title, edits, preferred });
const finding = (rule: string, ...fixes: Fix[]): Finding => ({ rule, severity: 'warning', message: rule, range: { start: pos(0), end: pos(0) }, fixes });

/** Applies line-based edits to a text of numbered lines, for readable expectations. */
function apply(lines: string[], edits: TextEdit[]): string {
  let text = lines.map((line) => `${line}\n`).join('');
  const offset = (p: { line: number }) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0);
  for (const edit of [...edits].reverse()) text = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
  return text;
}

describe('planFixAll', () => {
  it('merges inserts at one position in rule (template) order, whatever the finding order', () => {
    const findings = [
      finding('communication', fix('Communication', [insert(2, 'C\n')])),
      finding('investigation', fix('Investigation', [insert(2, 'I\n')])),
      finding('response-actions', fix('Response', [insert(2, 'R\n')])),
    ];
    const plan = planFixAll(findings, ['investigation', 'response-actions', 'communication']);
    assert.equal(plan.edits.length, 1);
    assert.equal(plan.edits[0].newText, 'I\nR\nC\n');
    assert.equal(apply(['a', 'b', 'c'], plan.edits), 'a\nb\nI\nR\nC\nc\n');
  });

  it('takes only preferred fixes, and a fix shared by several findings once', () => {
    const sort = fix('Sort', [replace(1, 3, 'y\nx\n')]);
    const plan = planFixAll([
      finding('timeline-order', sort),
      finding('timeline-order', sort),
      finding('severity', fix('SEV1', [insert(0, 'severity: SEV1\n')], false), fix('SEV2', [insert(0, 'severity: SEV2\n')], false)),
    ]);
    assert.deepEqual(plan.applied.map((f) => f.title), ['Sort']);
    assert.equal(apply(['a', 'x', 'y', 'b'], plan.edits), 'a\ny\nx\nb\n');
  });

  it('skips a fix that overlaps one already taken, and keeps edits that only touch', () => {
    const plan = planFixAll([
      finding('a', fix('first', [replace(1, 3, 'X\n')])),
      finding('b', fix('overlapping', [replace(2, 4, 'Y\n')])),
      finding('c', fix('inside', [insert(2, 'Z\n')])),
      finding('d', fix('touching', [insert(3, 'T\n')])),
    ]);
    assert.deepEqual(plan.applied.map((f) => f.title), ['first', 'touching']);
    assert.deepEqual(plan.skipped.map((f) => f.title), ['overlapping', 'inside']);
    assert.equal(apply(['0', '1', '2', '3', '4'], plan.edits), '0\nX\nT\n3\n4\n');
  });

  it('puts inserts before a replacement that starts at the same position', () => {
    const plan = planFixAll([finding('a', fix('replace', [replace(1, 2, 'R\n')])), finding('b', fix('insert', [insert(1, 'I\n')]))]);
    assert.deepEqual(plan.edits, [{ range: { start: pos(1), end: pos(2) }, newText: 'I\nR\n' }]);
  });

  it('returns no edits when nothing is fixable', () => {
    assert.deepEqual(planFixAll([finding('a'), { rule: 'b', severity: 'error', message: '', range: { start: pos(0), end: pos(0) } }]).edits, []);
  });

  it('defines overlap on ranges', () => {
    assert.equal(overlaps(insert(1, ''), insert(1, '')), false);
    assert.equal(overlaps(replace(1, 2, ''), replace(2, 3, '')), false);
    assert.equal(overlaps(replace(1, 3, ''), replace(2, 4, '')), true);
    assert.equal(overlaps(insert(2, ''), replace(1, 3, '')), true);
    assert.equal(overlaps(insert(1, ''), replace(1, 3, '')), false);
  });
});

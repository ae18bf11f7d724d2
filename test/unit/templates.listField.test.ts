import { strict as assert } from 'node:assert';
import { LineIndex } from '../../src/core';
import type { TextEdit } from '../../src/core';
import { appendToListField } from '../../src/core/templates/listFieldEdit';

function apply(text: string, edit: TextEdit): string {
  const lines = new LineIndex(text);
  return text.slice(0, lines.offset(edit.range.start)) + edit.newText + text.slice(lines.offset(edit.range.end));
}

function appended(frontmatter: string, value = 'CA-2026-005'): string {
  const text = `---\n${frontmatter}\n---\n\n# Body\n`;
  const result = appendToListField(text, 'corrective_actions', value);
  if (result.kind !== 'edit') throw new Error(`expected an edit, got ${JSON.stringify(result)}`);
  return apply(text, result.edit).replace(/\n\n# Body\n$/, '');
}

describe('adding a corrective action to its source record', () => {
  it('fills an empty flow list', () => {
    assert.equal(appended('id: INC-2026-001\ncorrective_actions: []'), '---\nid: INC-2026-001\ncorrective_actions: [CA-2026-005]\n---');
  });

  it('appends to a flow list', () => {
    assert.equal(appended('corrective_actions: [CA-2026-001, CA-2026-002]\nowner: x'), '---\ncorrective_actions: [CA-2026-001, CA-2026-002, CA-2026-005]\nowner: x\n---');
  });

  it('appends a line to a block list, with its indentation', () => {
    assert.equal(appended('corrective_actions:\n  - CA-2026-001\n  - CA-2026-002\nowner: x'), '---\ncorrective_actions:\n  - CA-2026-001\n  - CA-2026-002\n  - CA-2026-005\nowner: x\n---');
    assert.equal(appended('corrective_actions:\n- CA-2026-001'), '---\ncorrective_actions:\n- CA-2026-001\n- CA-2026-005\n---');
  });

  it('gives an empty key a list, keeping a comment', () => {
    assert.equal(appended('corrective_actions:\nowner: x'), '---\ncorrective_actions: [CA-2026-005]\nowner: x\n---');
    assert.equal(appended('corrective_actions:   # ids\nowner: x'), '---\ncorrective_actions: [CA-2026-005] # ids\nowner: x\n---');
    assert.equal(appended('corrective_actions: ~'), '---\ncorrective_actions: [CA-2026-005]\n---');
  });

  it('adds the key when the record has none', () => {
    assert.equal(appended('id: TTX-2026-001'), '---\nid: TTX-2026-001\ncorrective_actions: [CA-2026-005]\n---');
  });

  it('turns a single id into a list', () => {
    assert.equal(appended('corrective_actions: CA-2026-001'), '---\ncorrective_actions: [CA-2026-001, CA-2026-005]\n---');
  });

  it('does nothing when the id is already listed', () => {
    assert.deepEqual(appendToListField('---\ncorrective_actions: [CA-2026-005]\n---\n', 'corrective_actions', 'CA-2026-005'), { kind: 'present' });
    assert.deepEqual(appendToListField('---\ncorrective_actions:\n  - CA-2026-005\n---\n', 'corrective_actions', 'CA-2026-005'), { kind: 'present' });
  });

  it('refuses what it cannot edit safely', () => {
    assert.equal(appendToListField('no frontmatter', 'corrective_actions', 'CA-1').kind, 'impossible');
    assert.equal(appendToListField('---\na: [\n---\n', 'corrective_actions', 'CA-1').kind, 'impossible');
    assert.equal(appendToListField('---\ncorrective_actions: {a: 1}\n---\n', 'corrective_actions', 'CA-1').kind, 'impossible');
  });

  it('keeps CRLF line endings', () => {
    const text = '---\r\ncorrective_actions:\r\n  - CA-2026-001\r\n---\r\n';
    const result = appendToListField(text, 'corrective_actions', 'CA-2026-002');
    assert.equal(result.kind, 'edit');
    if (result.kind === 'edit') assert.equal(apply(text, result.edit), '---\r\ncorrective_actions:\r\n  - CA-2026-001\r\n  - CA-2026-002\r\n---\r\n');
  });
});

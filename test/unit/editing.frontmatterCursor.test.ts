import { strict as assert } from 'node:assert';
import { frontmatterCursorAt, type FrontmatterCursor } from '../../src/core/editing/frontmatterCursor';

/** The text with `|` marking the cursor; returns the cursor found there. */
function at(marked: string): FrontmatterCursor | null {
  const offset = marked.indexOf('|');
  return frontmatterCursorAt(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

describe('frontmatterCursorAt', () => {
  it('finds a key being typed at the start of a frontmatter line', () => {
    const cursor = at('---\ntype: incident\nsev|\n---\n# T\n');
    assert.equal(cursor?.kind, 'key');
    assert.equal(cursor.prefix, 'sev');
    assert.equal(cursor.start, '---\ntype: incident\n'.length);
    assert.equal(cursor.values.get('type'), 'incident');
  });

  it('offers keys on an empty line and knows which keys are present', () => {
    const cursor = at('---\nid: INC-1\ntype: "incident"\n|\n---\n');
    assert.equal(cursor?.kind, 'key');
    assert.deepEqual([...cursor.values.keys()], ['id', 'type']);
    assert.equal(cursor.values.get('type'), 'incident');
  });

  it('notes when a colon already follows the key under the cursor', () => {
    const cursor = at('---\nsev|erity: SEV1\n---\n');
    assert.equal(cursor?.kind, 'key');
    assert.equal(cursor.kind === 'key' && cursor.colonFollows, true);
    assert.equal(cursor.end, '---\nseverity'.length);
  });

  it('finds the value after `key: `', () => {
    const cursor = at('---\nseverity: SE|\n---\n');
    assert.equal(cursor?.kind, 'value');
    if (cursor?.kind !== 'value') return;
    assert.equal(cursor.key, 'severity');
    assert.equal(cursor.prefix, 'SE');
    assert.equal(cursor.needsSpace, false);
    assert.equal(cursor.listItem, false);
  });

  it('asks for a space right after the colon', () => {
    const cursor = at('---\nstatus:|\n---\n');
    assert.equal(cursor?.kind === 'value' && cursor.needsSpace, true);
  });

  it('completes inside quotes without the quote', () => {
    const cursor = at('---\nstatus: "tri|"\n---\n');
    assert.equal(cursor?.kind === 'value' && cursor.prefix, 'tri');
    assert.equal(cursor?.end, '---\nstatus: "tri'.length);
  });

  it('finds an item of a flow list', () => {
    const cursor = at('---\ncorrective_actions: [CA-1, CA|]\n---\n');
    assert.equal(cursor?.kind, 'value');
    if (cursor?.kind !== 'value') return;
    assert.equal(cursor.key, 'corrective_actions');
    assert.equal(cursor.listItem, true);
    assert.equal(cursor.prefix, 'CA');
    assert.equal(cursor.end, cursor.start + 2);
  });

  it('finds an item of a block list and its parent key', () => {
    const cursor = at('---\ncorrective_actions:\n  - CA-1\n\n  - |\ntitle: x\n---\n');
    assert.equal(cursor?.kind === 'value' && cursor.key, 'corrective_actions');
    assert.equal(cursor?.kind === 'value' && cursor.listItem, true);
  });

  it('finds nothing under a key with an inline value, in comments, or outside the frontmatter', () => {
    assert.equal(at('---\ntitle: x\n  - |\n---\n'), null);
    assert.equal(at('---\nstatus: open # note |\n---\n'), null);
    assert.equal(at('---\ntitle: x\n---\n# T |\n'), null);
    assert.equal(at('---\ntitle: x\n|---\n'), null);
    assert.equal(at('# No frontmatter |\n'), null);
    assert.equal(at('---json\n|\n---\n'), null);
  });

  it('works with CRLF line breaks', () => {
    const cursor = at('---\r\ntype: incident\r\nstatus: |\r\n---\r\n');
    assert.equal(cursor?.kind === 'value' && cursor.key, 'status');
    assert.equal(cursor?.values.get('type'), 'incident');
  });

  it('never throws on hostile text', () => {
    const texts = ['---', '---\n', '---\n---', '---\n:\n---\n', '---\n- - -\n---\n', '---\n[[[[\n---\n', '\uFEFF---\nx: |\n---\n'];
    for (const text of texts) for (let offset = 0; offset <= text.length; offset++) frontmatterCursorAt(text, offset);
  });
});

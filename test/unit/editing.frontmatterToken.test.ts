import { strict as assert } from 'node:assert';
import { frontmatterTokenAt } from '../../src/core/editing/frontmatterToken';

function at(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const token = frontmatterTokenAt(text, offset);
  return token && { ...token, text: text.slice(token.start, token.end) };
}

describe('frontmatterTokenAt', () => {
  it('finds the key under the cursor', () => {
    const token = at('---\nsever|ity: SEV1\n---\n');
    assert.deepEqual(token && { kind: token.kind, key: token.key, text: token.text }, { kind: 'key', key: 'severity', text: 'severity' });
  });

  it('finds a scalar value, without quotes or comment', () => {
    const token = at('---\nsource: "INC-|7" # origin\n---\n');
    assert.equal(token?.kind === 'value' && token.value, 'INC-7');
    assert.equal(token?.text, 'INC-7');
  });

  it('finds one item of a flow list', () => {
    const token = at('---\ncorrective_actions: [CA-1, CA-|22]\n---\n');
    assert.equal(token?.kind === 'value' && token.key, 'corrective_actions');
    assert.equal(token?.kind === 'value' && token.value, 'CA-22');
    assert.equal(token?.text, 'CA-22');
  });

  it('finds an item of a block list under its key', () => {
    const token = at('---\ncorrective_actions:\n  - C|A-3\n---\n');
    assert.equal(token?.kind === 'value' && token.key, 'corrective_actions');
    assert.equal(token?.kind === 'value' && token.value, 'CA-3');
  });

  it('finds nothing on separators, in the body, or without frontmatter', () => {
    const touching = at('---\ncorrective_actions: [CA-1|, CA-2]\n---\n');
    assert.equal(touching?.kind === 'value' && touching.value, 'CA-1');
    assert.equal(at('---\ncorrective_actions: [CA-1, |  CA-2]\n---\n'), null);
    assert.equal(at('---\nid: A\n---\nsource: |B\n'), null);
    assert.equal(at('source: |B\n'), null);
  });
});

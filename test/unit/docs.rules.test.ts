import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProfile, describeRules, ruleDocsAnchor } from '../../src/core';

describe('rule documentation', () => {
  it('docs/rules.md has an anchor for every rule id the default profile can produce', () => {
    const docs = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
    const missing = describeRules(buildProfile()).filter((rule) => !docs.includes(`id="${ruleDocsAnchor(rule.id)}"`));
    assert.deepEqual(missing.map((rule) => rule.id), []);
  });
});

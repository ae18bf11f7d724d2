import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry } from 'vscode-tmgrammar-test/dist/common/index';
import { parseGrammarTestCase, runGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/grammar');
const VSCODE = join(FIXTURES, 'vscode');
const INJECTION = join(ROOT, 'syntaxes/incident-records.injection.tmLanguage.json');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function registry() {
  const yaml = ['', '-1.0', '-1.1', '-1.2', '-1.3', '-embedded'].map((suffix) => ({
    scopeName: suffix === '' ? 'source.yaml' : `source.yaml${suffix.replace('-', '.')}`,
    path: join(VSCODE, `yaml${suffix}.tmLanguage.json`),
  }));
  const contributed = manifest.contributes.grammars[0];
  return createRegistry([
    { scopeName: 'text.html.markdown', path: join(VSCODE, 'markdown.tmLanguage.json') },
    ...yaml,
    { scopeName: contributed.scopeName, path: join(ROOT, contributed.path), injectTo: contributed.injectTo },
  ]);
}

describe('the Markdown injection grammar', () => {
  const quiet = console.warn;
  // the Markdown grammar names ~50 embedded languages we do not load: not our concern here
  before(() => { console.warn = () => undefined; });
  after(() => { console.warn = quiet; });

  it('is the grammar package.json contributes, injected into Markdown', () => {
    const grammar = JSON.parse(readFileSync(INJECTION, 'utf8'));
    const contributed = manifest.contributes.grammars[0];
    assert.equal(grammar.scopeName, contributed.scopeName);
    assert.deepEqual(contributed.injectTo, ['text.html.markdown']);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
  });

  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.grammar.md')).sort()) {
    it(`tokenizes ${file} as its assertions say`, async () => {
      const testCase = parseGrammarTestCase(readFileSync(join(FIXTURES, file), 'utf8'));
      assert.ok(testCase.assertions.length > 0, 'the fixture asserts something');
      const failures = await runGrammarTestCase(registry(), testCase);
      const described = failures.map((failure) => `line ${failure.line + 1} [${failure.start}, ${failure.end}) "${testCase.source[failure.srcLine].slice(failure.start, failure.end)}": missing ${failure.missing.join(' ')} unexpected ${failure.unexpected.join(' ')} (actual ${failure.actual.join(' ')})`);
      assert.deepEqual(described, []);
    });
  }
});

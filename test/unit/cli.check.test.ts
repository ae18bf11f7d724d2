import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { CLOSED_INCIDENT, COMPLETE_SECTIONS, record } from './coreTestKit';

interface Run { code: number; stdout: string; stderr: string }

function run(cwd: string, ...argv: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd, env: {}, isTTY: false, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'ir-cli-'));
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const complete = record(CLOSED_INCIDENT, COMPLETE_SECTIONS);
const incomplete = record({ id: 'INC-2', title: 'T', type: 'incident', status: 'closed' });
const warningOnly = record({ ...CLOSED_INCIDENT, id: 'INC-3', status: 'triage', owner: undefined });

describe('incident-records check', () => {
  const roots: string[] = [];
  const ws = (files: Record<string, string | Buffer>) => {
    const root = workspace(files);
    roots.push(root);
    return root;
  };
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('exits 0 on clean records and 1 with errors; json lists every record with 1-based positions', () => {
    const root = ws({ 'incidents/ok.md': complete, 'incidents/bad.md': incomplete, 'notes.md': '# not a record\n', 'node_modules/x/README.md': incomplete });
    assert.equal(run(root, 'check', 'incidents/ok.md').code, 0);
    const result = run(root, 'check', '--format', 'json');
    assert.equal(result.code, 1);
    const json = JSON.parse(result.stdout);
    assert.equal(json.version, 1);
    assert.deepEqual(json.records.map((r: { file: string }) => r.file), ['incidents/bad.md', 'incidents/ok.md']);
    const bad = json.records[0];
    assert.equal(bad.id, 'INC-2');
    assert.deepEqual(bad.completeness, { done: 0, due: 13, total: 13 });
    assert.equal(bad.checklist.length, 13);
    assert.ok(bad.diagnostics.every((d: { line: number; column: number }) => d.line >= 1 && d.column >= 1));
    assert.ok(bad.diagnostics.some((d: { rule: string; severity: string; line: number }) => d.rule === 'severity' && d.severity === 'error' && d.line === 1));
    assert.deepEqual(json.records[1].diagnostics, []);
    assert.equal(json.summary.records, 2);
    assert.equal(json.summary.errors, bad.diagnostics.length);
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    const root = ws({ 'w.md': warningOnly });
    assert.equal(run(root, 'check').code, 0);
    assert.equal(run(root, 'check', '--max-warnings', '0').code, 1);
    assert.equal(run(root, 'check', '--max-warnings=1').code, 0);
  });

  it('cross-record rules see the whole workspace but report only the given paths', () => {
    const root = ws({ 'a/one.md': complete, 'b/two.md': complete });
    const result = run(root, 'check', 'a', '--format', 'json');
    const json = JSON.parse(result.stdout);
    assert.deepEqual(json.records.map((r: { file: string }) => r.file), ['a/one.md']);
    assert.deepEqual(json.records[0].diagnostics.map((d: { rule: string }) => d.rule), ['duplicate-id']);
  });

  it('paths are relative to the current folder, with forward slashes', () => {
    const root = ws({ 'deep/er/x.md': incomplete });
    const json = JSON.parse(run(join(root, 'deep'), 'check', 'er', '--format', 'json').stdout);
    assert.deepEqual(json.records.map((r: { file: string }) => r.file), ['er/x.md']);
    const fromAbove = JSON.parse(run(dirname(root), 'check', basename(root), '--format', 'json').stdout);
    assert.deepEqual(fromAbove.records.map((r: { file: string }) => r.file), [`${basename(root)}/deep/er/x.md`]);
    const fromRoot = JSON.parse(run(root, 'check', '--format', 'json').stdout);
    assert.deepEqual(fromRoot.records.map((r: { file: string }) => r.file), ['deep/er/x.md']);
  });

  it('exit 2 with one line on stderr for bad usage, missing paths and invalid config', () => {
    const root = ws({ 'x.md': complete });
    for (const argv of [['check', 'nope'], ['check', '--format', 'xml'], ['lint'], ['check', '--max-warnings', 'many'], ['check', '--bogus']]) {
      const result = run(root, ...argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.match(result.stderr, /^incident-records: /);
    }
    writeFileSync(join(root, '.incident-records.json'), '{"rules": {"schema": "loud"}}');
    const config = run(root, 'check');
    assert.equal(config.code, 2);
    assert.match(config.stderr, /invalid config .*rules\.schema/);
    writeFileSync(join(root, '.incident-records.json'), '{ not json');
    assert.match(run(root, 'check').stderr, /not valid JSON/);
    assert.equal(run(root, 'check', '--config', 'missing.json').code, 2);
  });

  it('exit 2 for an unreadable path', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads everything: permissions cannot be tested as root
    const root = ws({ 'x.md': complete });
    chmodSync(join(root, 'x.md'), 0o000);
    assert.equal(run(root, 'check', 'x.md').code, 2);
  });

  it('reads binary and invalid UTF-8 as text instead of failing', () => {
    const root = ws({ 'bin.md': Buffer.from([0xff, 0xfe, 0x00, 0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]) });
    assert.equal(run(root, 'check').code, 0);
  });

  it('reports broken YAML as a file with frontmatter-syntax and type null', () => {
    const root = ws({ 'broken.md': '---\ntitle: [oops\n---\n' });
    const result = run(root, 'check', '--format', 'json');
    assert.equal(result.code, 1);
    const json = JSON.parse(result.stdout);
    assert.equal(json.records[0].type, null);
    assert.equal(json.records[0].diagnostics[0].rule, 'frontmatter-syntax');
  });

  it('applies include/exclude and rule settings from .incident-records.json', () => {
    const root = ws({
      '.incident-records.json': JSON.stringify({ exclude: ['drafts/**'], rules: { severity: 'off', 'approval': 'warning' } }),
      'drafts/d.md': incomplete,
      'r.md': record({ ...CLOSED_INCIDENT, severity: undefined, approved_by: undefined }, COMPLETE_SECTIONS),
    });
    const json = JSON.parse(run(root, 'check', '--format', 'json').stdout);
    assert.deepEqual(json.records.map((r: { file: string }) => r.file), ['r.md']);
    assert.deepEqual(json.records[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`), ['approval:warning']);
  });

  it('the nearest folder with a config file is the workspace (so nested example sets stay separate)', () => {
    const root = ws({ 'x.md': complete, 'examples/.incident-records.json': '{}', 'examples/y.md': complete });
    const json = JSON.parse(run(root, 'check', 'examples', '--format', 'json').stdout);
    assert.deepEqual(json.records[0].diagnostics, [], 'x.md is outside the examples workspace: no duplicate-id');
  });

  it('github format prints workflow commands only on stdout', () => {
    const root = ws({ 'bad.md': incomplete });
    const result = run(root, 'check', '--format', 'github');
    for (const line of result.stdout.trim().split('\n')) assert.match(line, /^::(error|warning|notice) file=bad\.md,line=\d+,col=\d+/);
  });

  it('--help and --version', () => {
    assert.match(run('/', '--help').stdout, /Usage: incident-records check/);
    assert.equal(run('/', '--version').code, 0);
  });
});

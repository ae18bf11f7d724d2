// Property: however a workspace got to its current files (edits, creates, renames, deletes, config
// changes, in any order), the incrementally maintained index says exactly what a fresh index over the
// final files says; and each operation's "affected" set names every file whose findings changed.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { RecordIndex, workspaceSetup, type Finding, type IncidentRecordsConfig, type RecordSummary } from '../../src/core';
import { NOW, record } from './coreTestKit';

const PATHS = ['a.md', 'b.md', 'c.md', 'notes/d.md', 'notes/e.md', 'f.md'];
const IDS = ['INC-1', 'INC-2', 'NM-1', 'CA-1', 'CA-2'];

const CONFIGS: IncidentRecordsConfig[] = [
  {},
  { rules: { 'duplicate-id': 'warning' } },
  { rules: { 'unknown-reference': 'off', owner: 'info' } },
  { severities: ['P1', 'P2', 'SEV2'] },
];

const recordText = fc.record({
  id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
  type: fc.constantFrom('incident', 'near-miss', 'corrective-action', 'tabletop'),
  status: fc.constantFrom('triage', 'contained', 'closed', 'open', 'done'),
  severity: fc.option(fc.constantFrom('SEV1', 'SEV2', 'P1'), { nil: undefined }),
  owner: fc.option(fc.constantFrom('Dana', ''), { nil: undefined }),
  refs: fc.subarray([...IDS, 'https://tickets.example/1']),
  source: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
  sections: fc.subarray(['Summary', 'Investigation', 'Evidence', 'Lessons learned']),
}).map(({ refs, sections, ...fields }) => record(
  { ...fields, title: 'Generated', corrective_actions: refs.length > 0 ? `[${refs.join(', ')}]` : undefined },
  Object.fromEntries(sections.map((title) => [title, title === 'Evidence' ? '- [log](https://logs.example/1)' : 'Text.'])),
));

const fileText = fc.oneof(
  { weight: 8, arbitrary: recordText },
  { weight: 1, arbitrary: fc.constant('# Meeting notes\n\nNot a record.\n') },
  { weight: 1, arbitrary: fc.constant('---\nid: [unclosed\ntype: incident\n---\n') },
);

type Op =
  | { kind: 'write'; path: string; text: string }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'delete'; path: string }
  | { kind: 'config'; config: number };

const path = fc.constantFrom(...PATHS);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('write' as const), path, text: fileText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: path, to: path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('config' as const), config: fc.integer({ min: 0, max: CONFIGS.length - 1 }) }) },
);

const env = (file: string) => ({ path: file, now: NOW });
/** Checkers compile schemas: build each configuration's once. */
const SETUPS = CONFIGS.map((config) => workspaceSetup(config));

/** A workspace: the files on "disk" and the incremental index the extension would keep for them. */
class Workspace {
  readonly files = new Map<string, string>();
  config = 0;
  readonly index = new RecordIndex(SETUPS[0].checker, SETUPS[0].rules);

  /** Applies one operation the way the extension does; returns the index's affected files. */
  apply(operation: Op): Set<string> {
    switch (operation.kind) {
      case 'write':
        this.files.set(operation.path, operation.text);
        return this.index.update(operation.text, env(operation.path));
      case 'delete':
        this.files.delete(operation.path);
        return this.index.remove(operation.path);
      case 'rename': {
        const text = this.files.get(operation.from);
        if (text === undefined || operation.from === operation.to) return new Set();
        this.files.delete(operation.from);
        this.files.set(operation.to, text);
        return this.index.rename(operation.from, operation.to, text, { now: NOW });
      }
      case 'config': {
        this.config = operation.config;
        this.index.reset(SETUPS[this.config].checker, SETUPS[this.config].rules);
        for (const [file, text] of this.files) this.index.update(text, env(file));
        return new Set(PATHS);
      }
    }
  }
}

function freshIndex(files: Map<string, string>, config: number): RecordIndex {
  const setup = SETUPS[config];
  const index = new RecordIndex(setup.checker, setup.rules);
  for (const [file, text] of files) index.update(text, env(file));
  return index;
}

const findingsByFile = (index: RecordIndex): Record<string, Finding[]> => Object.fromEntries(PATHS.map((file) => [file, index.findingsFor(file)]));
const sortedRecords = (index: RecordIndex): RecordSummary[] => index.records().sort((a, b) => a.file.localeCompare(b.file));

const incidentText = (id: string, refs = '') => record({ id, type: 'incident', status: 'triage', title: 'Generated', corrective_actions: refs || undefined });

/**
 * Found by this property: two records share an id and a third refers to it; which of the two the
 * finding names must not depend on the order the files were indexed in. Always run first.
 */
const SHARED_ID_AFTER_RENAME: Op[] = [
  { kind: 'write', path: 'a.md', text: incidentText('CA-2', '[CA-2]') },
  { kind: 'write', path: 'c.md', text: '# Meeting notes\n\nNot a record.\n' },
  { kind: 'write', path: 'f.md', text: incidentText('CA-2') },
  { kind: 'rename', from: 'a.md', to: 'c.md' },
];

describe('RecordIndex: incremental updates equal a fresh build', () => {
  it('after any sequence of edits, creates, renames, deletes and config changes', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
      const workspace = new Workspace();
      for (const operation of ops) workspace.apply(operation);
      const fresh = freshIndex(workspace.files, workspace.config);
      assert.deepEqual(findingsByFile(workspace.index), findingsByFile(fresh));
      assert.deepEqual(sortedRecords(workspace.index), sortedRecords(fresh));
      assert.deepEqual([...workspace.index.paths()].sort(), [...workspace.files.keys()].sort());
      for (const id of IDS) assert.deepEqual(workspace.index.recordsWithId(id).map((r) => r.file).sort(), fresh.recordsWithId(id).map((r) => r.file).sort());
    }), { numRuns: 200, examples: [[SHARED_ID_AFTER_RENAME]] });
  });

  it('every file whose findings change is in the operation\'s affected set', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 20 }), (ops) => {
      const workspace = new Workspace();
      for (const operation of ops) {
        const before = findingsByFile(workspace.index);
        const affected = workspace.apply(operation);
        const after = findingsByFile(workspace.index);
        for (const file of PATHS) {
          if (affected.has(file)) continue;
          assert.deepEqual(after[file], before[file], `${file} changed after ${JSON.stringify(operation)} but was not reported as affected`);
        }
      }
    }), { numRuns: 200 });
  });
});

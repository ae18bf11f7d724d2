// Live diagnostics in a real VS Code: the workspace is a fresh copy of test/fixtures/workspace.
// Expectations are derived from the record model (profile soc2 + record schema) and the fixture's text,
// not copied from the extension's output:
//  - a checklist item that is due but missing is an error once the record is in a final status
//    (incident: `closed`), a warning before;
//  - a missing field points at the opening `---` (line 0); a missing section at the `# Title` line;
//    a section without what it needs at its own heading;
//  - a present-but-invalid value is `schema`, at the value's range, and its checklist item stays quiet.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IncidentRecordsApi } from '../../src/extension/extension';
import {
  activateExtension, closeAllEditors, codeOf, diagnosticsOf, diagnosticsWhen, openInEditor, settledDiagnostics, summarize,
  waitForEvent, workspaceUri, writeFile,
} from './testUtils';

const MISSING_EVIDENCE = ['incidents', 'INC-2026-101-missing-evidence.md'];
const COMPLETE = ['incidents', 'INC-2026-100-complete-record.md'];
const CORRECTIVE_ACTION = ['corrective-actions', 'CA-2026-100-mask-ci-secrets.md'];
const BROKEN_YAML = ['notes', 'broken-frontmatter.md'];
const PLAIN = ['notes', 'meeting-notes.md'];

/** 0-based line of the first line of `text` matching `pattern`. */
function lineIn(text: string, pattern: RegExp): number {
  const line = text.split(/\r?\n/).findIndex((candidate) => pattern.test(candidate));
  if (line < 0) throw new Error(`no line matches ${pattern}`);
  return line;
}

function lineOf(document: vscode.TextDocument, pattern: RegExp): number {
  return lineIn(document.getText(), pattern);
}

/** The range of `value` on the line of frontmatter field `field`. */
function valueRange(document: vscode.TextDocument, field: string, value: string): vscode.Range {
  const line = lineOf(document, new RegExp(`^${field}:`));
  const start = document.lineAt(line).text.indexOf(value, field.length + 1);
  assert.ok(start > 0, `${field} has no value ${value}`);
  return new vscode.Range(line, start, line, start + value.length);
}

/**
 * INC-2026-101 is `closed` (final), so every due gap is an error:
 *  severity, approved_by absent -> `severity`, `approval` at the opening `---` (line 0);
 *  no "Lessons learned" section -> `lessons-learned` at the `# Title` line;
 *  "Evidence" holds prose only (no link, image or code block) -> `evidence` at its heading;
 *  `compromise: maybe` is not in the enum -> `schema` at the value (and `outcome` stays quiet).
 * Computed from the text, so it follows edits that move lines or fill gaps.
 */
function expectedForMissingEvidence(text: string): string[] {
  const expected = [
    `${lineIn(text, /^compromise:/)}:schema:error`,
    `${lineIn(text, /^## Evidence\s*$/)}:evidence:error`,
    `${lineIn(text, /^# /)}:lessons-learned:error`,
  ];
  if (!/^severity:/m.test(text)) expected.push('0:severity:error');
  if (!/^approved_by:/m.test(text)) expected.push('0:approval:error');
  return expected.sort();
}

async function diskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
}

/**
 * Closes every editor, waits until the file's document is closed, deletes the file and waits until the
 * index forgets it — so scratch records never leak into later suites (e.g. as an extra tree group).
 */
async function removeScratch(api: IncidentRecordsApi, uri: vscode.Uri): Promise<void> {
  const closed = isOpen(uri) ? waitForEvent(vscode.workspace.onDidCloseTextDocument, (d) => d.uri.toString() === uri.toString(), 20000, `${uri.path} to close`) : undefined;
  await closeAllEditors();
  await closed;
  const forgotten = api.workspace.check(uri) === undefined ? undefined : waitForEvent(api.workspace.onDidChange, () => api.workspace.check(uri) === undefined, 20000, `the index to forget ${uri.path}`);
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  await forgotten;
}

function scratchRecord(id: string): string {
  // triage: only the always-due items count, as warnings: detection_source, detected_at, severity
  return ['---', `id: ${id}`, `title: Scratch record ${id}`, 'type: incident', 'status: triage', 'owner: Integration Test', '---', '', `# Scratch record ${id}`, ''].join('\n');
}
const SCRATCH_EXPECTED = ['0:detected-at:warning', '0:detection-source:warning', '0:severity:warning'];

describe('live diagnostics', function () {
  let api: IncidentRecordsApi;

  before(async function () {
    this.timeout(60000);
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  describe('workspace index (problems.scope "workspace", the default)', () => {
    it('reports findings of records that were never opened once the index is ready', async () => {
      await api.workspace.ready;
      const ca = workspaceUri(...CORRECTIVE_ACTION);
      const incident = workspaceUri(...MISSING_EVIDENCE);
      assert.equal(isOpen(ca), false, 'the corrective action must not be open for this test');
      assert.equal(isOpen(incident), false, 'the incident must not be open for this test');
      // in-progress corrective action without due_date: `due-date` is due from the start, a warning (not final)
      assert.deepEqual(summarize(diagnosticsOf(ca)), ['0:due-date:warning']);
      // the closed incident's findings are there without opening it (compare with the file's text)
      assert.deepEqual(summarize(diagnosticsOf(incident)), expectedForMissingEvidence(await diskText(incident)));
    });

    it('reports nothing for a complete record (its corrective action and evidence link resolve) or plain Markdown', async () => {
      await api.workspace.ready;
      assert.deepEqual(summarize(diagnosticsOf(workspaceUri(...COMPLETE))), []);
      assert.deepEqual(summarize(diagnosticsOf(workspaceUri(...PLAIN))), []);
      assert.equal(api.workspace.records().some((record) => record.summary.id === 'INC-2026-100'), true, 'the complete record is indexed');
      assert.equal(api.workspace.check(workspaceUri(...PLAIN))?.record ?? null, null, 'plain Markdown is not a record');
    });

    it('reports broken YAML frontmatter as frontmatter-syntax, opened or not', async () => {
      const uri = workspaceUri(...BROKEN_YAML);
      const text = await diskText(uri);
      const closing = text.split('\n').indexOf('---', 1);
      const check = (diagnostics: vscode.Diagnostic[]) => {
        assert.deepEqual(diagnostics.map(codeOf), ['frontmatter-syntax']);
        assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
        const line = diagnostics[0].range.start.line;
        assert.ok(line >= 1 && line <= closing, `the syntax error lies inside the frontmatter (line ${line}, closing --- on ${closing})`);
      };
      const before = diagnosticsOf(uri);
      check(before);
      await openInEditor(uri);
      check(await settledDiagnostics(uri, summarize(before)));
    });

    it('"openFiles" scope hides findings of closed records, and "workspace" brings them back', async () => {
      const config = () => vscode.workspace.getConfiguration('incidentRecords');
      assert.equal(config().inspect('problems.scope')?.defaultValue, 'workspace');
      const ca = workspaceUri(...CORRECTIVE_ACTION);
      try {
        await config().update('problems.scope', 'openFiles', vscode.ConfigurationTarget.Workspace);
        assert.deepEqual(summarize(await settledDiagnostics(ca, [])), []);
      } finally {
        await config().update('problems.scope', undefined, vscode.ConfigurationTarget.Workspace);
      }
      assert.deepEqual(summarize(await settledDiagnostics(ca, ['0:due-date:warning'])), ['0:due-date:warning']);
    });
  });

  describe('an open incident record', () => {
    it('has exactly the expected diagnostics, with their severities, lines and ranges', async () => {
      const uri = workspaceUri(...MISSING_EVIDENCE);
      const editor = await openInEditor(uri);
      const document = editor.document;
      const expected = expectedForMissingEvidence(document.getText());
      assert.deepEqual(expected, [
        '0:approval:error', '0:severity:error',
        `${lineOf(document, /^compromise:/)}:schema:error`, `${lineOf(document, /^## Evidence/)}:evidence:error`, `${lineOf(document, /^# /)}:lessons-learned:error`,
      ].sort(), 'the fixture still has the gaps this suite is about');
      const diagnostics = await settledDiagnostics(uri, expected);
      assert.deepEqual(summarize(diagnostics), expected);

      const byCode = new Map(diagnostics.map((d) => [codeOf(d), d]));
      // a missing field: the opening `---`
      const severity = byCode.get('severity')!;
      assert.deepEqual([severity.range.start.line, severity.range.start.character], [0, 0]);
      assert.match(severity.message, /`severity` is missing/);
      assert.match(byCode.get('approval')!.message, /`approved_by` is missing/);
      // an invalid value: exactly the value's range
      const schema = byCode.get('schema')!;
      assert.ok(schema.range.isEqual(valueRange(document, 'compromise', 'maybe')), `schema range ${JSON.stringify(schema.range)}`);
      assert.match(schema.message, /"maybe"/);
      // a missing section: the title line; a section lacking evidence: its heading
      assert.match(byCode.get('lessons-learned')!.message, /"Lessons learned" section is missing/);
      assert.match(byCode.get('evidence')!.message, /"Evidence" section holds no link, image or code block/);
      assert.equal(diagnostics.every((d) => d.source === 'incident-records'), true);
    });

    it('updates the diagnostics when the document is edited (insert a missing field, then make it invalid)', async () => {
      const uri = workspaceUri(...MISSING_EVIDENCE);
      const editor = await openInEditor(uri);
      const document = editor.document;
      await settledDiagnostics(uri, expectedForMissingEvidence(document.getText()));

      // insert `severity: SEV2` below `status:`: the `severity` finding goes, every later line moves down by one
      const statusLine = lineOf(document, /^status:/);
      const insert = new vscode.WorkspaceEdit();
      insert.insert(uri, new vscode.Position(statusLine + 1, 0), 'severity: SEV2\n');
      assert.equal(await vscode.workspace.applyEdit(insert), true);
      const afterInsert = expectedForMissingEvidence(document.getText());
      assert.equal(afterInsert.includes('0:severity:error'), false);
      assert.deepEqual(summarize(await settledDiagnostics(uri, afterInsert)), afterInsert);

      // SEV9 is not one of the profile's severities: `schema` at the value, no `severity` checklist finding
      const sev = valueRange(document, 'severity', 'SEV2');
      const replace = new vscode.WorkspaceEdit();
      replace.replace(uri, sev, 'SEV9');
      assert.equal(await vscode.workspace.applyEdit(replace), true);
      const afterReplace = [...afterInsert, `${sev.start.line}:schema:error`].sort();
      const diagnostics = await settledDiagnostics(uri, afterReplace);
      assert.deepEqual(summarize(diagnostics), afterReplace);
      const invalid = diagnostics.find((d) => codeOf(d) === 'schema' && d.range.start.line === sev.start.line)!;
      assert.ok(invalid.range.isEqual(valueRange(document, 'severity', 'SEV9')), `schema range ${JSON.stringify(invalid.range)}`);
      assert.match(invalid.message, /SEV1, SEV2, SEV3, SEV4/);
    });

    it('keeps its workspace-index diagnostics (from the file on disk) after it is closed', async () => {
      // A copy nobody opened before, opened the way a person does (`vscode.open`, see openInEditor): a document
      // an extension got from `openTextDocument` stays open in the extension host for minutes after its editor closes.
      const uri = workspaceUri('incidents', 'INC-2026-193-closing.md');
      await writeFile(uri, (await diskText(workspaceUri(...MISSING_EVIDENCE))).replace('id: INC-2026-101', 'id: INC-2026-193'));
      try {
        const editor = await openInEditor(uri);
        assert.deepEqual(summarize(await settledDiagnostics(uri, expectedForMissingEvidence(editor.document.getText()))), expectedForMissingEvidence(await diskText(uri)));
        // an unsaved edit fills two gaps while the record is open ...
        const edit = new vscode.WorkspaceEdit();
        edit.insert(uri, new vscode.Position(lineOf(editor.document, /^status:/) + 1, 0), 'severity: SEV2\napproved_by: Sam Okafor\n');
        assert.equal(await vscode.workspace.applyEdit(edit), true);
        const whileOpen = expectedForMissingEvidence(editor.document.getText());
        assert.equal(whileOpen.some((entry) => /:(severity|approval):/.test(entry)), false);
        assert.deepEqual(summarize(await settledDiagnostics(uri, whileOpen)), whileOpen);

        // ... closed without saving: no longer open, yet the findings of the saved text stay
        const closed = waitForEvent(vscode.workspace.onDidCloseTextDocument, (d) => d.uri.toString() === uri.toString(), 20000, 'the record to close');
        await closeAllEditors();
        await closed;
        assert.equal(isOpen(uri), false);
        const fromDisk = expectedForMissingEvidence(await diskText(uri));
        assert.deepEqual(fromDisk.filter((entry) => /:(severity|approval):/.test(entry)), ['0:approval:error', '0:severity:error']);
        assert.deepEqual(summarize(await settledDiagnostics(uri, fromDisk)), fromDisk);
      } finally {
        await removeScratch(api, uri);
      }
    });
  });

  describe('files that change', () => {
    it('a record that stops being a record (type changed) loses its diagnostics', async () => {
      const uri = workspaceUri('incidents', 'INC-2026-190-scratch.md');
      await writeFile(uri, scratchRecord('INC-2026-190'));
      try {
        assert.deepEqual(summarize(await settledDiagnostics(uri, SCRATCH_EXPECTED)), SCRATCH_EXPECTED, 'a new file is checked without opening it');
        const editor = await openInEditor(uri);
        const typeLine = lineOf(editor.document, /^type:/);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(uri, editor.document.lineAt(typeLine).range, 'type: meeting-notes');
        assert.equal(await vscode.workspace.applyEdit(edit), true);
        assert.deepEqual(summarize(await settledDiagnostics(uri, [])), []);
        assert.equal(api.workspace.check(uri)?.record ?? null, null, 'no longer indexed as a record');
        // and back: a record again
        const back = new vscode.WorkspaceEdit();
        back.replace(uri, editor.document.lineAt(typeLine).range, 'type: incident');
        assert.equal(await vscode.workspace.applyEdit(back), true);
        assert.deepEqual(summarize(await settledDiagnostics(uri, SCRATCH_EXPECTED)), SCRATCH_EXPECTED);
      } finally {
        await removeScratch(api, uri);
      }
    });

    it('broken YAML typed into an open record turns its findings into one frontmatter-syntax error', async () => {
      const uri = workspaceUri('incidents', 'INC-2026-192-scratch.md');
      await writeFile(uri, scratchRecord('INC-2026-192'));
      try {
        const editor = await openInEditor(uri);
        await settledDiagnostics(uri, SCRATCH_EXPECTED);
        const titleLine = lineOf(editor.document, /^title:/);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(uri, editor.document.lineAt(titleLine).range, 'title: [never closed');
        assert.equal(await vscode.workspace.applyEdit(edit), true);
        const diagnostics = await diagnosticsWhen(uri, (current) => current.some((d) => codeOf(d) === 'frontmatter-syntax'));
        assert.deepEqual(diagnostics.map(codeOf), ['frontmatter-syntax']);
        const closing = lineOf(editor.document, /^# /) - 2; // the `---` above the blank line and the title
        assert.ok(diagnostics[0].range.start.line >= titleLine && diagnostics[0].range.start.line <= closing, `error on line ${diagnostics[0].range.start.line}`);
      } finally {
        await removeScratch(api, uri);
      }
    });

    it('deleting a file clears its diagnostics', async () => {
      const uri = workspaceUri('incidents', 'INC-2026-191-scratch.md');
      await writeFile(uri, scratchRecord('INC-2026-191'));
      assert.deepEqual(summarize(await settledDiagnostics(uri, SCRATCH_EXPECTED)), SCRATCH_EXPECTED);
      await vscode.workspace.fs.delete(uri);
      assert.deepEqual(summarize(await settledDiagnostics(uri, [])), []);
      assert.equal(api.workspace.check(uri), undefined, 'removed from the index');
    });
  });
});

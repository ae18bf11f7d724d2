// Quick fixes and Fix all in a real VS Code, on records written under qf-tests/ of the test workspace.
// Expectations come from the profile (which items are due at which status), the bundled templates
// (section order and guidance) and the record text, not from the extension's output.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, diagnosticsOf, openInEditor, waitForDiagnostics, workspaceUri, writeFile } from './testUtils';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const FIX_ALL = 'source.fixAll.incidentRecords';

/** `contained`: investigation, response actions, communication and evidence are due; all four are absent. */
const SECTIONS_RECORD = [
  '---',
  'id: QF-INC-1',
  'title: Quick fix sections',
  'type: incident',
  'status: contained',
  'severity: SEV2',
  'owner: Integration Test',
  'detected_at: 2026-03-01T10:00:00Z',
  'detection_source: PagerDuty alert',
  '---',
  '',
  '# Quick fix sections',
  '',
  '## Summary',
  '',
  'The export job leaked a token.',
  '',
  '## Closure',
  '',
  'Not closed yet.',
  '',
].join('\n');
const DUE_SECTIONS = ['Investigation', 'Response actions', 'Communication', 'Evidence'];

/** `triage`: detected_at is due and absent; SEV9 is not a severity; the timeline runs backwards. */
const FIELDS_RECORD = [
  '---',
  'id: QF-INC-2',
  'title: Quick fix fields',
  'type: incident',
  'status: triage',
  'severity: SEV9',
  'owner: Integration Test',
  'detection_source: Customer report',
  '---',
  '',
  '# Quick fix fields',
  '',
  '## Timeline',
  '',
  '- 2026-03-01T10:20Z Token revoked',
  '- 2026-03-01T10:00Z Customer reports the leak',
  '',
].join('\n');

function lineOf(text: string, pattern: RegExp): number {
  const line = text.split(/\r?\n/).findIndex((candidate) => pattern.test(candidate));
  assert.ok(line >= 0, `no line matches ${pattern}`);
  return line;
}

function diagnosticFor(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  return waitForDiagnostics(() => diagnosticsOf(uri).find((diagnostic) => codeOf(diagnostic) === rule), 15000,
    () => diagnosticsOf(uri).map(codeOf).join(', '));
}

async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.edit, `no such action (or it has no edit)`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
}

async function undo(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('undo');
}

describe('quick fixes', function () {
  const folder = workspaceUri('qf-tests');
  const sectionsUri = vscode.Uri.joinPath(folder, 'QF-INC-1-sections.md');
  const fieldsUri = vscode.Uri.joinPath(folder, 'QF-INC-2-fields.md');

  before(async function () {
    this.timeout(60000);
    await activateExtension();
    await vscode.workspace.fs.createDirectory(folder);
    await writeFile(sectionsUri, SECTIONS_RECORD);
    await writeFile(fieldsUri, FIELDS_RECORD);
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('inserts a missing section with the template’s guidance before the next section, undoably', async () => {
    const editor = await openInEditor(sectionsUri);
    const diagnostic = await diagnosticFor(sectionsUri, 'investigation');
    const actions = await quickFixesAt(sectionsUri, diagnostic.range);
    const insert = actions.find((action) => action.title === 'Insert section "Investigation"');
    assert.equal(insert?.isPreferred, true, 'the sole, safe fix is preferred');
    await apply(insert);
    const text = editor.document.getText();
    assert.match(text, /\n## Investigation\n\n<!-- How the event was evaluated[^\n]*-->\n\n## Closure\n/);
    await undo(editor);
    assert.equal(editor.document.getText(), SECTIONS_RECORD);
  });

  it('adds a missing date field with the current time and offset', async () => {
    const editor = await openInEditor(fieldsUri);
    const diagnostic = await diagnosticFor(fieldsUri, 'detected-at');
    const actions = await quickFixesAt(fieldsUri, diagnostic.range);
    await apply(actions.find((action) => action.title.startsWith('Add `detected_at:')));
    const lines = editor.document.getText().split('\n');
    const closing = lines.indexOf('---', 1);
    const added = /^detected_at: (.*)$/.exec(lines[closing - 1]);
    assert.ok(added, `the field is the frontmatter's last line, got ${JSON.stringify(lines[closing - 1])}`);
    assert.match(added[1], ISO_WITH_OFFSET);
    await undo(editor);
    assert.equal(editor.document.getText(), FIELDS_RECORD);
  });

  it('replaces an invalid severity with each valid one, none preferred', async () => {
    const editor = await openInEditor(fieldsUri);
    const diagnostic = await diagnosticFor(fieldsUri, 'schema');
    assert.equal(diagnostic.range.start.line, lineOf(FIELDS_RECORD, /^severity:/));
    const actions = await quickFixesAt(fieldsUri, diagnostic.range);
    const titles = actions.map((action) => action.title).filter((title) => title.startsWith('Change `severity`'));
    assert.deepEqual(titles, ['SEV1', 'SEV2', 'SEV3', 'SEV4'].map((value) => `Change \`severity\` to \`${value}\``));
    assert.ok(actions.every((action) => !action.isPreferred));
    await apply(actions.find((action) => action.title === 'Change `severity` to `SEV2`'));
    assert.equal(editor.document.lineAt(lineOf(FIELDS_RECORD, /^severity:/)).text, 'severity: SEV2');
  });

  it('sorts the timeline', async () => {
    const editor = await openInEditor(fieldsUri);
    const diagnostic = await diagnosticFor(fieldsUri, 'timeline-order');
    const actions = await quickFixesAt(fieldsUri, diagnostic.range);
    const sort = actions.find((action) => action.title === 'Sort the timeline by time');
    assert.equal(sort?.isPreferred, true);
    await apply(sort);
    assert.match(editor.document.getText(), /\n- 2026-03-01T10:00Z Customer reports the leak\n- 2026-03-01T10:20Z Token revoked\n$/);
    await undo(editor);
    assert.equal(editor.document.getText(), FIELDS_RECORD);
  });

  it('offers no fix for a diagnostic whose finding has moved since the last check', async () => {
    const editor = await openInEditor(sectionsUri);
    const diagnostic = await diagnosticFor(sectionsUri, 'investigation');
    // one more line above the title: the diagnostic (still at the old line until the re-check) is stale
    await editor.edit((builder) => builder.insert(new vscode.Position(lineOf(SECTIONS_RECORD, /^# /), 0), 'Intro line.\n\n'));
    const actions = await quickFixesAt(sectionsUri, diagnostic.range);
    assert.equal(actions.find((action) => action.title === 'Insert section "Investigation"'), undefined);
  });

  it('fixes all: every missing section, in template order, as one undoable edit', async () => {
    const editor = await openInEditor(sectionsUri);
    await diagnosticFor(sectionsUri, 'evidence');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', sectionsUri, new vscode.Range(0, 0, 0, 0), FIX_ALL);
    const fixAll = actions.filter((action) => action.kind?.value === FIX_ALL);
    assert.equal(fixAll.length, 1);
    await apply(fixAll[0]);
    const headings = editor.document.getText().split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    assert.deepEqual(headings, ['Summary', ...DUE_SECTIONS, 'Closure']);
    await undo(editor);
    assert.equal(editor.document.getText(), SECTIONS_RECORD);
  });

  it('fixes all from the command, on the active editor', async () => {
    const editor = await openInEditor(sectionsUri);
    await vscode.commands.executeCommand('incidentRecords.fixAll');
    for (const title of DUE_SECTIONS) assert.match(editor.document.getText(), new RegExp(`\\n## ${title}\\n`));
  });

  it('applies a record’s fixes from a tree node without saving it', async () => {
    await vscode.commands.executeCommand('incidentRecords.applyRecordFixes', { uri: sectionsUri });
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === sectionsUri.toString());
    assert.ok(document, 'the record is open');
    assert.equal(document.isDirty, true, 'left unsaved for review');
    for (const title of DUE_SECTIONS) assert.match(document.getText(), new RegExp(`\\n## ${title}\\n`));
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(sectionsUri));
    assert.equal(disk, SECTIONS_RECORD);
  });
});

// The "New …" commands in a real VS Code, called with an argument object (no prompts), writing under
// nr-tests/ of the test workspace; plus record-id links and hovers. Everything created is deleted after.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IncidentRecordsApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, codeOf, diagnosticsWhen, openInEditor, workspaceUri, writeFile } from './testUtils';

const BASE = 'nr-tests';
const OWNER = 'Integration Test';
const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function create(command: string, args: Record<string, unknown>): Thenable<vscode.Uri> {
  return vscode.commands.executeCommand<vscode.Uri>(command, args);
}

function idOf(text: string): string {
  const match = /^id: (\S+)$/m.exec(text);
  assert.ok(match, `no id in:\n${text}`);
  return match[1];
}

/** The running number the next id of a prefix must have: one more than the highest known this year. */
function expectedNumber(api: IncidentRecordsApi, prefix: string, alsoTaken: string[] = []): number {
  const year = new Date().getFullYear();
  const pattern = new RegExp(`^${prefix}-${year}-(\\d+)$`);
  const numbers = [...api.workspace.records().map((record) => record.summary.id ?? ''), ...alsoTaken].flatMap((id) => {
    const match = pattern.exec(id);
    return match ? [Number(match[1])] : [];
  });
  return Math.max(0, ...numbers) + 1;
}

/** Resolves once `done()` holds, re-checking whenever the index changes. */
function indexSettles(api: IncidentRecordsApi, done: () => boolean, timeoutMs = 15000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error('timed out waiting for the index'));
    }, timeoutMs);
    const listener = api.workspace.onDidChange(() => {
      if (!done()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/** Makes a file empty, through its document when one is open (and saves it), else on disk. */
async function emptyFile(uri: vscode.Uri): Promise<void> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
  if (!document) return writeFile(uri, '');
  const edit = new vscode.WorkspaceEdit();
  edit.delete(uri, new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end));
  await vscode.workspace.applyEdit(edit);
  await document.save();
}

async function filesUnder(folder: vscode.Uri): Promise<vscode.Uri[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const nested = await Promise.all(entries.map(([name, type]) => {
    const uri = vscode.Uri.joinPath(folder, name);
    return type === vscode.FileType.Directory ? filesUnder(uri) : Promise.resolve([uri]);
  }));
  return nested.flat();
}

function numberOf(id: string): number {
  return Number(id.split('-').pop());
}

/** The text of the cursor's line up to the cursor, in the active editor showing `uri`. */
function beforeCursor(uri: vscode.Uri): string {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is open');
  assert.equal(editor.document.uri.toString(), uri.toString(), 'the new record is the active editor');
  assert.ok(editor.selection.isEmpty);
  const position = editor.selection.active;
  return editor.document.lineAt(position.line).text.slice(0, position.character);
}

async function findingCodes(uri: vscode.Uri, expected: string[]): Promise<string[]> {
  const want = JSON.stringify(expected);
  const diagnostics = await diagnosticsWhen(uri, (current) => JSON.stringify(current.map(codeOf).sort()) === want);
  return diagnostics.map(codeOf).sort();
}

describe('new record commands (with an argument object)', function () {
  this.timeout(60000);
  let api: IncidentRecordsApi;
  const year = new Date().getFullYear();
  const extraFiles: vscode.Uri[] = [];
  const extraFolders: vscode.Uri[] = [];

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async function () {
    this.timeout(60000);
    await closeAllEditors();
    // VS Code keeps the documents of closed editors open for minutes, and the index trusts an open
    // document over the disk: empty each file first (through its document when it is open, which
    // does not depend on file watching), then delete it, so no record of this suite outlives it.
    const files = [...extraFiles, ...(await filesUnder(workspaceUri(BASE)))];
    const created = new Set(files.map(String));
    for (const uri of files) await emptyFile(uri).then(undefined, () => undefined);
    await indexSettles(api, () => !api.workspace.records().some((record) => created.has(record.uri.toString())), 45000).catch((error) => {
      const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
      const left = api.workspace.records().filter((record) => created.has(record.uri.toString())).map((record) => {
        const document = open.get(record.uri.toString());
        return `${record.uri.path} (${document ? `open, dirty=${document.isDirty}, ${document.getText().length} chars` : 'closed'})`;
      });
      throw new Error(`${error.message}: ${left.join(', ')}`);
    });
    for (const uri of files) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    for (const folder of [workspaceUri(BASE), ...extraFolders]) await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('New Incident writes a complete record where asked, opens it after "detection_source: " and reports only that', async () => {
    const expected = expectedNumber(api, 'INC');
    const uri = await create('incidentRecords.newIncident', { title: 'Database outage: primary down', severity: 'SEV2', folder: `${BASE}/incidents`, owner: OWNER });
    assert.ok(uri instanceof vscode.Uri);
    const id = `INC-${year}-${String(expected).padStart(3, '0')}`;
    assert.equal(uri.toString(), workspaceUri(BASE, 'incidents', `${id}-database-outage-primary-down.md`).toString());
    const text = await readText(uri);
    assert.equal(idOf(text), id);
    assert.match(text, /^title: "Database outage: primary down"$/m);
    assert.match(text, /^severity: SEV2$/m);
    assert.match(text, new RegExp(`^owner: ${OWNER}$`, 'm'));
    assert.match(text, /^detected_at: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/m);
    for (const section of ['Summary', 'Timeline', 'Investigation', 'Response actions', 'Communication', 'Evidence', 'Closure', 'Lessons learned', 'Corrective actions']) {
      assert.match(text, new RegExp(`^## ${section}\\n\\n<!-- .+ -->$`, 'm'), section);
    }
    assert.equal(beforeCursor(uri), 'detection_source: ');
    assert.deepEqual(await findingCodes(uri, ['detection-source']), ['detection-source']);
    assert.equal(api.workspace.recordsWithId(id).length, 1, 'the index holds the new record');
  });

  it('never reuses an id: not of a file in the folder, nor of a record typed but not saved', async () => {
    const folder = `${BASE}/incidents`;
    const next = expectedNumber(api, 'INC');
    // a file named with the next id that is not a record (no frontmatter): its name still takes the id
    const squatter = workspaceUri(BASE, 'incidents', `INC-${year}-${String(next).padStart(3, '0')}-notes.md`);
    await writeFile(squatter, '# Notes, not a record\n');
    // an open record edited to a much higher id, not saved (and not yet re-checked)
    const scratch = workspaceUri(BASE, 'scratch.md');
    await writeFile(scratch, '# scratch\n');
    const editor = await openInEditor(scratch);
    const unsavedId = `INC-${year}-${String(next + 5).padStart(3, '0')}`;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `---\nid: ${unsavedId}\ntitle: Unsaved\ntype: incident\nstatus: triage\n---\n`));
    assert.ok(editor.document.isDirty);
    const uri = await create('incidentRecords.newIncident', { title: 'Notes', severity: 'SEV4', folder, owner: OWNER });
    assert.equal(numberOf(idOf(await readText(uri))), next + 6);
    assert.equal(await readText(squatter), '# Notes, not a record\n', 'the existing file is untouched');
    // leave no unsaved id behind for the next tests
    await closeAllEditors();
    await vscode.workspace.fs.delete(scratch, { useTrash: false });
    await indexSettles(api, () => api.workspace.recordsWithId(unsavedId).length === 0);
  });

  it('never overwrites an existing file, even one with the very name it would choose', async () => {
    const uri = await create('incidentRecords.newNearMiss', { title: 'Same name', severity: 'SEV3', folder: `${BASE}/near-misses`, owner: OWNER });
    const original = await readText(uri);
    const again = await create('incidentRecords.newNearMiss', { title: 'Same name', severity: 'SEV3', folder: `${BASE}/near-misses`, owner: OWNER });
    assert.notEqual(again.toString(), uri.toString());
    assert.equal(await readText(uri), original);
    assert.equal(numberOf(idOf(await readText(again))), numberOf(idOf(original)) + 1);
  });

  it('commands run at once get distinct, consecutive ids', async () => {
    const expected = expectedNumber(api, 'NM');
    const uris = await Promise.all([1, 2, 3].map((n) => create('incidentRecords.newNearMiss', { title: `Concurrent ${n}`, severity: 'SEV4', folder: `${BASE}/near-misses`, owner: OWNER })));
    const numbers = (await Promise.all(uris.map(readText))).map((text) => numberOf(idOf(text))).sort((a, b) => a - b);
    assert.deepEqual(numbers, [expected, expected + 1, expected + 2]);
    assert.equal(new Set(uris.map(String)).size, 3);
  });

  it('New Tabletop Exercise opens on the empty line of the Scenario section', async () => {
    const uri = await create('incidentRecords.newTabletop', { title: 'Ransomware on the build farm', folder: `${BASE}/tabletops`, owner: OWNER });
    assert.match(uri.path, /\/nr-tests\/tabletops\/TTX-\d{4}-\d{3}-ransomware-on-the-build-farm\.md$/);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(beforeCursor(uri), '');
    const line = editor.selection.active.line;
    assert.match(editor.document.lineAt(line - 1).text, /^<!-- .+ -->$/);
    assert.equal(editor.document.lineAt(line - 3).text, '## Scenario');
    assert.deepEqual(await findingCodes(uri, ['scenario']), ['scenario']);
  });

  it('New Corrective Action names its source, adds itself to the source (saved, one undo) and opens after "due_date: "', async () => {
    const source = await create('incidentRecords.newIncident', { title: 'Source of a fix', severity: 'SEV3', folder: `${BASE}/incidents`, owner: OWNER });
    const sourceId = idOf(await readText(source));
    const before = await readText(source);
    assert.match(before, /^corrective_actions: \[\]$/m);
    const uri = await create('incidentRecords.newCorrectiveAction', { title: 'Pin module versions', source: sourceId, folder: `${BASE}/corrective-actions`, owner: OWNER });
    const text = await readText(uri);
    const id = idOf(text);
    assert.match(id, new RegExp(`^CA-${year}-\\d{3}$`));
    assert.match(text, new RegExp(`^source: ${sourceId}$`, 'm'));
    assert.equal(beforeCursor(uri), 'due_date: ');
    assert.deepEqual(await findingCodes(uri, ['due-date']), ['due-date'], 'the source exists, so no unknown-reference');
    const after = await readText(source);
    assert.equal(after, before.replace('corrective_actions: []', `corrective_actions: [${id}]`), 'only the list changed, on disk');
    const sourceDocument = vscode.workspace.textDocuments.find((document) => document.uri.toString() === source.toString());
    assert.ok(!sourceDocument?.isDirty, 'the source record is saved');
    // the change to the source record is one undoable edit
    await openInEditor(source);
    await vscode.commands.executeCommand('undo');
    assert.equal(vscode.window.activeTextEditor!.document.getText(), before);
  });

  it('New Record… creates the type named in the argument object, and refuses one without a type', async () => {
    const uri = await create('incidentRecords.newRecord', { type: 'near-miss', title: 'Picked by argument', severity: 'SEV4', folder: `${BASE}/near-misses`, owner: OWNER });
    assert.match(await readText(uri), /^type: near-miss$/m);
    await assert.rejects(Promise.resolve(create('incidentRecords.newRecord', { title: 'No type' })), /type/);
  });

  it('refuses bad arguments without writing anything', async () => {
    const folder = workspaceUri(BASE, 'rejected');
    await assert.rejects(Promise.resolve(create('incidentRecords.newIncident', { title: 'x', severity: 'SEV9', folder: `${BASE}/rejected` })), /severity/i);
    await assert.rejects(Promise.resolve(create('incidentRecords.newCorrectiveAction', { title: 'x', source: 'INC-1999-999', folder: `${BASE}/rejected` })), /INC-1999-999/);
    await assert.rejects(Promise.resolve(create('incidentRecords.newIncident', { titel: 'typo' })), /titel/);
    await assert.rejects(Promise.resolve(create('incidentRecords.newIncident', { title: 'x', folder: '../outside' })), /inside the workspace/);
    assert.equal(await exists(folder), false);
  });

  it('without a folder, creates the record in the folder configured for its type', async () => {
    const configured = workspaceUri(api.workspace.stateFor(workspaceUri('probe.md'))?.setup.setup.profile.types.tabletop.folder ?? 'tabletops');
    if (!(await exists(configured))) extraFolders.push(configured);
    const uri = await create('incidentRecords.newTabletop', { title: 'Default folder check', owner: OWNER });
    extraFiles.push(uri);
    const folder = api.workspace.stateFor(uri)?.setup.setup.profile.types.tabletop.folder ?? 'tabletops';
    assert.equal(vscode.workspace.asRelativePath(uri, false), `${folder}/${uri.path.split('/').pop()}`);
  });

  it('run by a person (palette, Explorer folder, picker), Escape at the first question writes nothing', async () => {
    const folder = workspaceUri(BASE, 'interactive');
    const before = (await filesUnder(workspaceUri())).length;
    for (const [command, arg] of [['incidentRecords.newIncident', undefined], ['incidentRecords.newTabletop', folder], ['incidentRecords.newRecord', undefined]] as const) {
      let settled = false;
      const pending = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>(command, arg));
      pending.then(() => (settled = true), () => (settled = true));
      // the question appears once the index is ready; dismiss it as Escape would, until the command returns
      while (!settled) {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(await pending, undefined, command);
    }
    assert.equal((await filesUnder(workspaceUri())).length, before);
    assert.equal(await exists(folder), false);
  });

  it('record ids are links to their records, and hovering one shows title, status and completeness', async () => {
    const target = await create('incidentRecords.newIncident', { title: 'Link target', severity: 'SEV1', folder: `${BASE}/incidents`, owner: OWNER });
    const targetId = idOf(await readText(target));
    const notes = workspaceUri(BASE, 'links.md');
    await writeFile(notes, `# Notes\n\nSee ${targetId} and INC-1999-999.\n`);
    const document = await vscode.workspace.openTextDocument(notes);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', notes);
    const ours = links.filter((link) => document.getText(link.range) === targetId);
    assert.equal(ours.length, 1);
    assert.equal(ours[0].target?.with({ fragment: '' }).toString(), target.toString());
    assert.ok(!links.some((link) => document.getText(link.range) === 'INC-1999-999'), 'unknown ids are not links');
    const position = document.positionAt(document.getText().indexOf(targetId) + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', notes, position);
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /Link target/);
    assert.match(text, /status triage/);
    assert.match(text, /\d+ of \d+ evidence items done; missing now: Detection source/);
  });
});

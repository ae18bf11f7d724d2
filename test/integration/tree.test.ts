// The Records tree view in a real VS Code, over a fresh copy of test/fixtures/workspace. The tree is
// read through `incidentRecords.internal.treeSnapshot`, which walks the registered provider
// (getChildren, getTreeItem, getParent) and can wait for its next refresh: the tests wait on refreshes,
// never on fixed sleeps. Expectations come from the fixtures' text and the index's own summaries.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IncidentRecordsApi } from '../../src/extension/extension';
import type { SnapshotNode, SnapshotRequest, TreeSnapshot } from '../../src/extension/tree/treeSnapshot';
import { activateExtension, closeAllEditors, openInEditor, workspaceUri, writeFile } from './testUtils';

const SNAPSHOT = 'incidentRecords.internal.treeSnapshot';
const COMPLETE = workspaceUri('incidents', 'INC-2026-100-complete-record.md');
const WITH_ERRORS = workspaceUri('incidents', 'INC-2026-101-missing-evidence.md');
const ACTION = workspaceUri('corrective-actions', 'CA-2026-100-mask-ci-secrets.md');
const TEST_FOLDER = workspaceUri('tree-tests');

const snapshot = (request?: SnapshotRequest) => vscode.commands.executeCommand<TreeSnapshot>(SNAPSHOT, request);

function flatten(nodes: SnapshotNode[] | undefined): SnapshotNode[] {
  return (nodes ?? []).flatMap((node) => [node, ...flatten(node.children)]);
}

const recordId = (uri: vscode.Uri) => `record:${uri.toString()}`;
const nodeOf = (tree: TreeSnapshot, uri: vscode.Uri) => flatten(tree.nodes).find((node) => node.id === recordId(uri));
const groupLabels = (tree: TreeSnapshot) => tree.nodes.filter((node) => node.contextValue === 'group').map((node) => node.label);
const shownRecords = (tree: TreeSnapshot) => flatten(tree.nodes).filter((node) => node.contextValue?.startsWith('record')).map((node) => node.label.split(' ')[0]).sort();
const outline = (tree: TreeSnapshot) => tree.nodes.map((node) => `${node.label} [${(node.children ?? []).map((child) => child.label).join(', ')}]`).join(' | ');

/** Waits (on the tree's refreshes) until `accept` holds; fails with what the tree showed instead. */
async function treeWhen(accept: (tree: TreeSnapshot) => boolean, what: string, timeoutMs = 15000): Promise<TreeSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let tree = await snapshot();
  while (!accept(tree)) {
    const left = deadline - Date.now();
    try {
      if (left <= 0) throw new Error('deadline');
      tree = await snapshot({ afterGeneration: tree.generation, timeoutMs: left });
    } catch {
      assert.fail(`timed out waiting for ${what}; the tree shows: ${outline(await snapshot())}`);
    }
  }
  return tree;
}

/** What an incident at `triage` needs to be complete (the always-due items). */
const MISSING_AT_TRIAGE = { severity: 'SEV2', owner: 'Tree Tester', detected_at: '2026-05-01T10:00:00Z', detection_source: 'A test' };

function incident(id: string, fields: Record<string, string>): string {
  const lines = ['---', `id: ${id}`, 'title: Tree test incident', 'type: incident', ...Object.entries(fields).map(([key, value]) => `${key}: ${value}`), '---', '', '# Tree test incident', ''];
  return lines.join('\n');
}

describe('Records tree view', function () {
  this.timeout(60000);
  let api: IncidentRecordsApi;

  before(async () => {
    api = await activateExtension();
    // made early, so that the file watcher watches the folder before files appear in it
    await vscode.workspace.fs.createDirectory(TEST_FOLDER);
    await treeWhen((tree) => tree.nodes.some((node) => node.id === 'summary') && api.workspace.records().every((record) => nodeOf(tree, record.uri)), 'the initial build');
  });

  afterEach(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('incidentRecords.clearFilters');
    await vscode.commands.executeCommand('incidentRecords.groupBy', 'status');
    await vscode.commands.executeCommand('incidentRecords.sortBy', 'date');
    for (const [name] of await vscode.workspace.fs.readDirectory(TEST_FOLDER)) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(TEST_FOLDER, name), { useTrash: false });
    }
  });

  after(async () => {
    await vscode.workspace.fs.delete(TEST_FOLDER, { recursive: true, useTrash: false });
    const settings = vscode.workspace.getConfiguration('incidentRecords.tree');
    await settings.update('groupBy', undefined, vscode.ConfigurationTarget.Global);
    await settings.update('sortBy', undefined, vscode.ConfigurationTarget.Global);
  });

  it('starts with a summary line whose counts are the index\'s, and a badge of incomplete records', async () => {
    const expected = () => {
      const records = api.workspace.records();
      const hasErrors = (uri: vscode.Uri) => api.workspace.findings(uri).some((finding) => finding.severity === 'error');
      const complete = records.filter(({ uri, summary }) => !summary.checklist.some((entry) => entry.state === 'missing') && !hasErrors(uri)).length;
      const withErrors = records.filter(({ uri }) => hasErrors(uri)).length;
      const incomplete = records.length - complete;
      return { records, incomplete, line: `${records.length} records · ${complete} complete · ${incomplete} incomplete · ${withErrors} with errors` };
    };
    // other suites may have left changes that the tree takes in at its next (coalesced) refresh
    const tree = await treeWhen((t) => t.nodes[0]?.label === expected().line, `the summary "${expected().line}"`);
    const { records, incomplete } = expected();
    assert.equal(tree.nodes[0].id, 'summary');
    assert.equal(tree.badge, incomplete > 0 ? incomplete : undefined);
    assert.equal(tree.message, undefined);
    assert.deepEqual(shownRecords(tree), records.map(({ summary }) => summary.id!).sort());
  });

  it('groups by status in lifecycle order, each record under its status', async () => {
    const tree = await snapshot();
    // the fixtures: two closed incidents and one in-progress corrective action (incident statuses come first)
    assert.deepEqual(groupLabels(tree).filter((label) => label === 'Closed' || label === 'In progress'), ['Closed', 'In progress']);
    const closed = tree.nodes.find((node) => node.label === 'Closed')!;
    assert.equal(closed.collapsible, 'expanded');
    const closedRecords = api.workspace.records().filter(({ summary }) => summary.status === 'closed');
    assert.match(closed.description!, new RegExp(`^${closedRecords.length}\\b`));
    assert.deepEqual(closed.children!.map((node) => node.id).sort(), closedRecords.map(({ uri }) => recordId(uri)).sort());
    assert.ok(closed.children!.some((node) => node.id === recordId(WITH_ERRORS)));
    for (const child of closed.children!) assert.equal(child.parentId, closed.id, 'getParent of a record is its group');
  });

  it('shows a record as "id title", done/total, an icon for its health and a tooltip of what is missing', async () => {
    const tree = await snapshot();
    const complete = nodeOf(tree, COMPLETE)!;
    const summary = api.workspace.check(COMPLETE)!.record!;
    assert.equal(complete.label, `INC-2026-100 ${summary.title}`);
    assert.equal(complete.description, `${summary.completeness.done}/${summary.completeness.total}`);
    assert.equal(complete.icon, 'pass-filled');
    assert.deepEqual(complete.command, { command: 'vscode.open', uri: COMPLETE.toString(), line: undefined });
    assert.doesNotMatch(complete.tooltip!, /Missing:/);

    const withErrors = nodeOf(tree, WITH_ERRORS)!;
    assert.equal(withErrors.icon, 'error');
    const missing = api.workspace.check(WITH_ERRORS)!.record!.checklist.filter((entry) => entry.state === 'missing');
    assert.ok(missing.length > 0);
    for (const entry of missing) assert.ok(withErrors.tooltip!.includes(`✗ ${entry.label}`), `tooltip lists ${entry.label}`);

    assert.match(nodeOf(tree, ACTION)!.icon!, /^(warning|error)$/, 'the corrective action has due items missing');
  });

  it('lists the checklist under a record: ✓ check, ✗ close, ○ circle-outline, each opening the record where it belongs', async () => {
    const tree = await snapshot();
    const node = nodeOf(tree, WITH_ERRORS)!;
    const checklist = api.workspace.check(WITH_ERRORS)!.record!.checklist;
    const icons = { done: 'check', missing: 'close', pending: 'circle-outline' };
    assert.deepEqual(node.children!.map((child) => [child.label, child.icon, child.command?.line]), checklist.map((entry) => [entry.label, icons[entry.state], entry.range.start.line]));
    for (const child of node.children!) {
      assert.equal(child.parentId, node.id, 'getParent of an item is its record');
      assert.equal(child.command?.uri, WITH_ERRORS.toString());
    }
  });

  it('refreshes when a record file is created, changed and deleted on disk, keeping its node id', async () => {
    const uri = vscode.Uri.joinPath(TEST_FOLDER, 'INC-2026-900-on-disk.md');
    await writeFile(uri, incident('INC-2026-900', { status: 'triage' }));
    let tree = await treeWhen((t) => nodeOf(t, uri)?.icon === 'warning', 'the new, incomplete record');
    const triage = tree.nodes.find((node) => node.label === 'Triage');
    assert.ok(triage, 'a Triage group appears');
    assert.equal(nodeOf(tree, uri)!.parentId, triage.id);
    const before = nodeOf(tree, uri)!;

    await writeFile(uri, incident('INC-2026-900', { status: 'triage', ...MISSING_AT_TRIAGE }));
    tree = await treeWhen((t) => nodeOf(t, uri)?.icon === 'pass-filled', 'the record to become complete');
    assert.equal(nodeOf(tree, uri)!.id, before.id);
    assert.notEqual(nodeOf(tree, uri)!.description, before.description);

    await vscode.workspace.fs.delete(uri);
    tree = await treeWhen((t) => nodeOf(t, uri) === undefined, 'the deleted record to disappear');
    const othersAtTriage = api.workspace.records().filter(({ summary }) => summary.status === 'triage').length;
    if (othersAtTriage === 0) assert.ok(!groupLabels(tree).includes('Triage'), 'an empty group disappears');
    else assert.match(tree.nodes.find((node) => node.label === 'Triage')!.description!, new RegExp(`^${othersAtTriage}\\b`));
  });

  it('refreshes while a record is edited in the editor', async () => {
    const uri = vscode.Uri.joinPath(TEST_FOLDER, 'INC-2026-901-typed.md');
    await writeFile(uri, incident('INC-2026-901', { status: 'triage' }));
    const editor = await openInEditor(uri);
    const before = nodeOf(await treeWhen((t) => nodeOf(t, uri)?.icon === 'warning', 'the opened, incomplete record'), uri)!;
    const statusLine = editor.document.getText().split('\n').indexOf('status: triage');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(statusLine + 1, 0), Object.entries(MISSING_AT_TRIAGE).map(([key, value]) => `${key}: ${value}\n`).join(''));
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const after = nodeOf(await treeWhen((t) => nodeOf(t, uri)?.icon === 'pass-filled', 'the typed record to become complete'), uri)!;
    assert.equal(after.id, before.id);
  });

  it('switches grouping from the title-menu command: type, severity, owner', async () => {
    await vscode.commands.executeCommand('incidentRecords.groupBy', 'type');
    let tree = await treeWhen((t) => groupLabels(t).includes('Incident'), 'grouping by type');
    assert.deepEqual(groupLabels(tree).filter((label) => label === 'Incident' || label === 'Corrective action'), ['Incident', 'Corrective action']);
    await vscode.commands.executeCommand('incidentRecords.groupBy', 'severity');
    tree = await treeWhen((t) => groupLabels(t).includes('SEV3'), 'grouping by severity');
    assert.equal(groupLabels(tree).at(-1), 'No severity');
    await vscode.commands.executeCommand('incidentRecords.groupBy', 'owner');
    tree = await treeWhen((t) => groupLabels(t).includes('Ana Lopes'), 'grouping by owner');
    assert.equal(vscode.workspace.getConfiguration('incidentRecords.tree').get('groupBy'), 'owner', 'the choice is the setting');
    assert.deepEqual(shownRecords(tree), api.workspace.records().map(({ summary }) => summary.id!).sort(), 'regrouping loses no record');
  });

  it('filters by text and by "incomplete only", with a message when nothing matches', async () => {
    await vscode.commands.executeCommand('incidentRecords.filterText', 'ci secrets');
    let tree = await treeWhen((t) => shownRecords(t).length === 1, 'the text filter');
    assert.deepEqual(shownRecords(tree), ['CA-2026-100']);
    assert.match(tree.description!, /ci secrets/);
    assert.equal(tree.nodes[0].id, 'summary', 'the summary still counts every record');

    await vscode.commands.executeCommand('incidentRecords.filterText', 'no-such-record-anywhere');
    tree = await treeWhen((t) => shownRecords(t).length === 0, 'the filter that matches nothing');
    assert.match(tree.message!, /No records match the filters/);

    await vscode.commands.executeCommand('incidentRecords.clearFilters');
    await vscode.commands.executeCommand('incidentRecords.toggleIncompleteOnly');
    tree = await treeWhen((t) => shownRecords(t).length > 0 && !nodeOf(t, COMPLETE), 'incomplete only');
    assert.ok(nodeOf(tree, WITH_ERRORS));
    assert.equal(tree.message, undefined);
  });

  it('reveals the active record in the tree (getParent + reveal)', async () => {
    await openInEditor(WITH_ERRORS);
    await vscode.commands.executeCommand('incidentRecords.revealActiveRecord');
    const tree = await snapshot();
    assert.deepEqual(tree.selection, [recordId(WITH_ERRORS)]);
  });

  it('copies a record\'s id (context menu command, given the record)', async function () {
    await vscode.env.clipboard.writeText('clipboard probe');
    if ((await vscode.env.clipboard.readText()) !== 'clipboard probe') this.skip(); // no clipboard access in this host
    await vscode.commands.executeCommand('incidentRecords.copyId', ACTION);
    assert.equal(await vscode.env.clipboard.readText(), 'CA-2026-100');
  });
});

// The record status bar item and "Show Missing Checklist Items", in a real VS Code, on a record under sb-tests/.
// The item's text and tooltip come from the core's recordProgress (what the item renders); the command is
// exercised through the real QuickPick.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { missingItemPicks, recordProgress } from '../../src/core/editing/recordProgress';
import type { RecordSummary } from '../../src/core';
import type { IncidentRecordsApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, waitForEvent, workspaceUri, writeFile } from './testUtils';

/** `contained`, 13 incident checklist items: the four fields are done; four sections are due and missing. */
const RECORD = [
  '---',
  'id: SB-INC-1',
  'title: Status bar record',
  'type: incident',
  'status: contained',
  'severity: SEV3',
  'owner: Integration Test',
  'detected_at: 2026-03-01T10:00:00Z',
  'detection_source: Grafana alert',
  '---',
  '',
  '# Status bar record',
  '',
].join('\n');
const TITLE_LINE = 11;

describe('record status bar', function () {
  const folder = workspaceUri('sb-tests');
  const uri = vscode.Uri.joinPath(folder, 'SB-INC-1.md');
  let api: IncidentRecordsApi;
  let record: RecordSummary;

  before(async function () {
    this.timeout(60000);
    api = await activateExtension();
    await vscode.workspace.fs.createDirectory(folder);
    await writeFile(uri, RECORD);
    await openInEditor(uri);
    const indexed = () => api.workspace.check(uri)?.record?.id === 'SB-INC-1';
    // checked and subscribed in one synchronous step, so the event cannot slip in between
    if (!indexed()) await waitForEvent(api.workspace.onDidChange, indexed, 15000, 'SB-INC-1 in the index');
    record = api.workspace.check(uri)!.record!;
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('shows the type prefix, a warning and done/total', () => {
    const progress = recordProgress(record, api.workspace.stateFor(uri)!.setup.setup.profile);
    assert.equal(progress.text, '$(shield) INC $(warning) 4/13');
    for (const label of ['Investigation', 'Response actions', 'Communication', 'Evidence']) assert.match(progress.tooltip, new RegExp(`- ${label}\\n|- ${label}$`));
    assert.match(progress.tooltip, /Due later/);
  });

  it('lists the missing items first, pointing at where each belongs', () => {
    const picks = missingItemPicks(record, api.workspace.stateFor(uri)!.setup.setup.profile);
    assert.deepEqual(picks.slice(0, 4).map((pick) => pick.description), Array(4).fill('missing: due now'));
    assert.ok(picks.slice(0, 4).every((pick) => pick.entry.range.start.line === TITLE_LINE), 'a missing section belongs below the title');
    assert.ok(picks.slice(4).every((pick) => pick.description.startsWith('due from status')));
  });

  it('registers the command the item runs when the tree has no reveal command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('incidentRecords.showMissingItems'));
  });

  it('moves the cursor to the item chosen in "Show Missing Checklist Items"', async function () {
    this.timeout(20000);
    const editor = await openInEditor(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    let settled = false;
    const shown = Promise.resolve(vscode.commands.executeCommand('incidentRecords.showMissingItems')).finally(() => (settled = true));
    // accept the first (selected) item as soon as the QuickPick is up
    for (let tries = 0; !settled && tries < 100; tries++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await shown;
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, TITLE_LINE);
  });
});

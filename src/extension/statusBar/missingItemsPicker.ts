import * as vscode from 'vscode';
import { missingItemPicks } from '../../core/editing/recordProgress';
import { toVscodeRange } from '../convert';
import type { RecordWorkspace } from '../workspace/recordWorkspace';

/** `incidentRecords.showMissingItems`: pick a missing or pending checklist item of the active record and go to it. */
export async function showMissingItems(workspace: RecordWorkspace): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const record = editor ? workspace.check(editor.document.uri)?.record : undefined;
  const profile = editor ? workspace.stateFor(editor.document.uri)?.setup.setup.profile : undefined;
  if (!editor || !record || !profile) return void vscode.window.showInformationMessage('The active editor is not an incident record.');
  const picks = missingItemPicks(record, profile);
  if (picks.length === 0) return void vscode.window.showInformationMessage(`Every checklist item of ${record.id ?? 'this record'} is done.`);
  const chosen = await vscode.window.showQuickPick(picks, {
    title: `${record.id ?? 'Record'}: checklist items not done`,
    placeHolder: 'Go to where the item belongs',
    matchOnDescription: true,
  });
  if (!chosen || editor.document.isClosed) return;
  const target = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  const range = editor.document.validateRange(toVscodeRange(chosen.entry.range));
  target.selection = new vscode.Selection(range.start, range.start);
  target.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

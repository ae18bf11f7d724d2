import * as vscode from 'vscode';
import type { CurrentFindingsCache } from './currentFindings';
import { fixAllPlan, toWorkspaceEdit } from './fixEdits';

export interface FixAllOutcome {
  applied: number;
  skipped: number;
  /** The document's version right after the edit (to offer Undo only while nothing else changed). */
  version: number;
}

/** Applies every preferred fix of the document as one undoable edit. Never saves. */
export async function applyFixAll(document: vscode.TextDocument, current: CurrentFindingsCache): Promise<FixAllOutcome | undefined> {
  const plan = fixAllPlan(document, current);
  if (!plan || plan.edits.length === 0) return undefined;
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, plan.edits));
  if (!ok) throw new Error(`could not edit ${vscode.workspace.asRelativePath(document.uri)}`);
  return { applied: plan.applied.length, skipped: plan.skipped.length, version: document.version };
}

/** `incidentRecords.fixAll`: the active editor's record. */
export async function fixAllInActiveEditor(current: CurrentFindingsCache): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return void vscode.window.showInformationMessage('Open an incident record to fix its problems.');
  const outcome = await applyFixAll(document, current);
  if (!outcome) return void vscode.window.showInformationMessage('Nothing in this record can be fixed automatically.');
  vscode.window.setStatusBarMessage(`Incident Records: ${describe(outcome)} (Undo reverts them).`, 5000);
}

/**
 * `incidentRecords.applyRecordFixes`: a record from the tree (a node with `uri`) or a Uri. Shows the
 * record and leaves it unsaved so the person reviews the changes; the notification offers Undo.
 */
export async function applyRecordFixes(target: unknown, current: CurrentFindingsCache): Promise<void> {
  const uri = uriOf(target) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return void vscode.window.showInformationMessage('Choose a record to fix.');
  const document = await vscode.workspace.openTextDocument(uri);
  const outcome = await applyFixAll(document, current);
  const name = vscode.workspace.asRelativePath(uri);
  if (!outcome) return void vscode.window.showInformationMessage(`Nothing in ${name} can be fixed automatically.`);
  await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true });
  // not awaited: the command finishes when the edit is made, not when the notification is dismissed
  void vscode.window.showInformationMessage(
    `${capitalize(describe(outcome))} in ${name}. The file is not saved: review the changes, then save (Undo reverts them).`,
    'Undo',
  ).then((choice) => (choice === 'Undo' ? undoIfUnchanged(document, outcome.version) : undefined));
}

async function undoIfUnchanged(document: vscode.TextDocument, version: number): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  if (document.version !== version) {
    return void vscode.window.showWarningMessage('The record changed since the fixes were applied; use Undo in the editor to revert them step by step.');
  }
  await vscode.commands.executeCommand('undo');
}

export function uriOf(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (typeof target !== 'object' || target === null) return undefined;
  const { uri, resourceUri } = target as { uri?: unknown; resourceUri?: unknown };
  if (uri instanceof vscode.Uri) return uri;
  if (resourceUri instanceof vscode.Uri) return resourceUri;
  return undefined;
}

function describe(outcome: FixAllOutcome): string {
  const applied = `applied ${outcome.applied} fix${outcome.applied === 1 ? '' : 'es'}`;
  return outcome.skipped > 0 ? `${applied}; ${outcome.skipped} overlapping fix${outcome.skipped === 1 ? ' was' : 'es were'} left for another run` : applied;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

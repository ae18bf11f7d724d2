import * as vscode from 'vscode';
import { appendToListField } from '../../core/templates/listFieldEdit';
import { toVscodeRange } from '../convert';

export type LinkOutcome = { linked: true } | { linked: false; reason: string };

/**
 * Adds a corrective action's id to its source record's `corrective_actions`, as one undoable edit of
 * the source's document (its unsaved text included). `save`: save afterwards even if the document had
 * unsaved changes; otherwise it is saved only when it had none (so the edit is all that is written).
 */
export async function linkCorrectiveAction(source: vscode.Uri, id: string, save: boolean): Promise<LinkOutcome> {
  const document = await vscode.workspace.openTextDocument(source);
  const hadChanges = document.isDirty;
  const change = appendToListField(document.getText(), 'corrective_actions', id);
  if (change.kind === 'present') return { linked: true };
  if (change.kind === 'impossible') return { linked: false, reason: change.reason };
  const edit = new vscode.WorkspaceEdit();
  edit.replace(source, toVscodeRange(change.edit.range), change.edit.newText);
  if (!(await vscode.workspace.applyEdit(edit))) return { linked: false, reason: 'the editor refused the edit' };
  if (save || !hadChanges) await document.save();
  return { linked: true };
}

import * as vscode from 'vscode';
import { planFixAll, type FixAllPlan } from '../../core/editing/fixAll';
import type { TextEdit } from '../../core';
import { toVscodeRange } from '../convert';
import type { CurrentFindingsCache } from './currentFindings';

/** Core edits (0-based, in the document's own coordinates) as one undoable WorkspaceEdit. */
export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) edit.replace(uri, toVscodeRange(change.range), change.newText);
  return edit;
}

/** The document's preferred fixes as one plan, from its current text; undefined when it is not a record. */
export function fixAllPlan(document: vscode.TextDocument, current: CurrentFindingsCache): FixAllPlan | undefined {
  const found = current.of(document);
  return found ? planFixAll(found.findings, found.ruleOrder) : undefined;
}

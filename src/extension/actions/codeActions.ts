import * as vscode from 'vscode';
import type { FeatureContext } from '../featureContext';
import { CurrentFindingsCache } from './currentFindings';
import { applyRecordFixes, fixAllInActiveEditor } from './fixCommands';
import { QuickFixProvider } from './quickFixProvider';

/** Quick fixes and Fix all for records: the code action provider and the two fix commands. */
export function registerCodeActions({ workspace }: FeatureContext): vscode.Disposable {
  const current = new CurrentFindingsCache(workspace);
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new QuickFixProvider(current), QuickFixProvider.metadata),
    vscode.commands.registerCommand('incidentRecords.fixAll', () => fixAllInActiveEditor(current)),
    vscode.commands.registerCommand('incidentRecords.applyRecordFixes', (target: unknown) => applyRecordFixes(target, current)),
  );
}

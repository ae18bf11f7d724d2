import * as vscode from 'vscode';
import { registerCodeActions } from './actions/codeActions';
import { publishDiagnostics } from './diagnostics/diagnosticsPublisher';
import { registerFrontmatterAssist } from './editing/frontmatterAssist';
import type { Feature, FeatureContext } from './featureContext';
import { registerRecordStatusBar } from './statusBar/recordStatusBar';
import { registerNewRecordCommands } from './templates/newRecordCommands';
import { registerRecordLinks } from './templates/recordLinks';
import { registerRecordsTree } from './tree/recordsTree';
import { reportConfigProblems } from './workspace/configProblems';
import { RecordWorkspace } from './workspace/recordWorkspace';
import { syncWorkspace } from './workspace/workspaceEvents';

const FEATURES: Feature[] = [
  ({ workspace, extension }) => publishDiagnostics(workspace, extension.extensionUri),
  ({ workspace }) => syncWorkspace(workspace),
  ({ workspace }) => reportConfigProblems(workspace),
  registerCodeActions,
  registerFrontmatterAssist,
  registerRecordStatusBar,
  registerRecordsTree,
  registerNewRecordCommands,
  registerRecordLinks,
];

/** The public API other extensions (and the integration tests) get from `activate`. */
export interface IncidentRecordsApi {
  workspace: RecordWorkspace;
}

export function activate(extension: vscode.ExtensionContext): IncidentRecordsApi {
  const workspace = new RecordWorkspace(extension.extensionUri);
  const context: FeatureContext = { extension, workspace };
  extension.subscriptions.push(workspace, ...FEATURES.map((feature) => feature(context)));
  // the index builds in the background: activation returns at once
  void workspace.start();
  return { workspace };
}

export function deactivate(): void {}

import type * as vscode from 'vscode';
import type { RecordWorkspace } from './workspace/recordWorkspace';

/** What every feature receives at activation; each feature returns the Disposables it created. */
export interface FeatureContext {
  extension: vscode.ExtensionContext;
  workspace: RecordWorkspace;
}

export type Feature = (context: FeatureContext) => vscode.Disposable;

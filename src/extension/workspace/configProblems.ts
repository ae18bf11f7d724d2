import * as vscode from 'vscode';
import type { RecordWorkspace } from './recordWorkspace';

/** Tells the user once per distinct problem that a config file is invalid and the defaults are in use. */
export function reportConfigProblems(workspace: RecordWorkspace): vscode.Disposable {
  const shown = new Set<string>();
  return workspace.onDidConfigure((problems) => {
    for (const problem of problems) {
      if (shown.has(problem)) continue;
      shown.add(problem);
      void vscode.window.showWarningMessage(`Incident Records: ${problem}. Using the default configuration until it is fixed.`);
    }
  });
}

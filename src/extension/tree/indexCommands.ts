import * as vscode from 'vscode';
import type { RecordWorkspace } from '../workspace/recordWorkspace';

/** Documentation shipped with the extension, first found wins. */
const DOCS = ['README.md', 'docs/README.md', 'docs/rules.md'];

/** "Rebuild Index" and "Open Documentation", in the Records view's title menu and the palette. */
export function registerIndexCommands(workspace: RecordWorkspace, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('incidentRecords.rebuildIndex', () => workspace.start()),
    vscode.commands.registerCommand('incidentRecords.openDocs', async () => {
      for (const path of DOCS) {
        const uri = vscode.Uri.joinPath(extensionUri, path);
        if (await exists(uri)) return void (await vscode.commands.executeCommand('markdown.showPreview', uri));
      }
      void vscode.window.showWarningMessage('The documentation is not included in this installation.');
    }),
  );
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

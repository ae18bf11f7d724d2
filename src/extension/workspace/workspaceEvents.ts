import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../../core';
import type { RecordWorkspace } from './recordWorkspace';

const isMarkdown = (uri: vscode.Uri) => uri.path.toLowerCase().endsWith('.md');

/**
 * Keeps the workspace index current: open documents immediately on open and save and, debounced per
 * document, while typing; other files from file-system events; everything again on config changes.
 */
export function syncWorkspace(workspace: RecordWorkspace): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settings = () => vscode.workspace.getConfiguration('incidentRecords');
  const cancel = (uri: vscode.Uri) => {
    const key = uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
  };
  const documentOf = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  const isOpen = (uri: vscode.Uri) => documentOf(uri) !== undefined;
  const isDirty = (uri: vscode.Uri) => documentOf(uri)?.isDirty === true;
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  const onFile = (uri: vscode.Uri, exists: boolean) => {
    workspace.noteFileEvent(uri, exists);
    if (uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) return void workspace.start();
    if (!isMarkdown(uri)) return;
    // a deleted file leaves the index even while VS Code keeps its document open, unless it holds unsaved edits
    if (!exists && !isDirty(uri)) workspace.remove(uri);
    else if (!isOpen(uri)) void workspace.refresh(uri);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate((uri) => onFile(uri, true)),
    watcher.onDidChange((uri) => onFile(uri, true)),
    watcher.onDidDelete((uri) => onFile(uri, false)),
    vscode.workspace.onDidOpenTextDocument((document) => workspace.updateFromDocument(document)),
    vscode.workspace.onDidSaveTextDocument((document) => {
      cancel(document.uri);
      workspace.updateFromDocument(document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || settings().get('run') === 'onSave') return;
      const document = event.document;
      cancel(document.uri);
      const delay = Math.max(0, settings().get<number>('debounceMs') ?? 300);
      timers.set(document.uri.toString(), setTimeout(() => {
        timers.delete(document.uri.toString());
        // a document closed meanwhile is re-read from disk by the close handler instead
        if (!document.isClosed) workspace.updateFromDocument(document);
      }, delay));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancel(document.uri);
      if (vscode.workspace.getWorkspaceFolder(document.uri)) void workspace.refresh(document.uri);
      else workspace.forgetLoose(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('incidentRecords.rules')) void workspace.start();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void workspace.start()),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
}

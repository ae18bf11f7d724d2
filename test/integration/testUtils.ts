// Shared helpers for the integration suites (bundled into each suite by esbuild).
import * as vscode from 'vscode';
import type { IncidentRecordsApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'incident-records.incident-records';

export async function activateExtension(): Promise<IncidentRecordsApi> {
  const extension = vscode.extensions.getExtension<IncidentRecordsApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  const api = await extension.activate();
  await api.workspace.ready;
  return api;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/**
 * Waits until `probe` returns something other than undefined, re-probing on every diagnostics change.
 * `describeState` (optional) explains what was seen instead when it times out.
 */
export function waitForDiagnostics<T>(probe: () => T | undefined, timeoutMs = 15000, describeState?: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = probe();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics${describeState ? `; last seen: ${describeState()}` : ''}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      const value = probe();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

/** Resolves with the first event `event` fires that satisfies `accept` (or rejects after the timeout). */
export function waitForEvent<T>(event: vscode.Event<T>, accept: (value: T) => boolean = () => true, timeoutMs = 15000, what = 'event'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const listener = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

export function diagnosticsOf(uri: vscode.Uri, source = 'incident-records'): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === source);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

/** `line:code:severity` for each diagnostic (0-based line), sorted: compact and easy to diff. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${codeOf(d)}:${SEVERITY_NAMES[d.severity]}`).sort();
}

/**
 * Waits until the file's diagnostics satisfy `accept` and returns them; on a timeout returns what is
 * there instead, so the caller's assertion shows the difference.
 */
export async function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  try {
    return await waitForDiagnostics(() => {
      const current = diagnosticsOf(uri);
      return accept(current) ? current : undefined;
    }, timeoutMs);
  } catch {
    return diagnosticsOf(uri);
  }
}

/** Waits until the file's diagnostics summarize to exactly `expected` (see `summarize`); returns what is there. */
export function settledDiagnostics(uri: vscode.Uri, expected: readonly string[], timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify([...expected].sort());
  return diagnosticsWhen(uri, (current) => JSON.stringify(summarize(current)) === want, timeoutMs);
}

/** Writes a file through the workspace API (so the extension sees the same events a user causes). */
export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/**
 * Opens a file in a (non-preview) editor the way a person does, with `vscode.open`. Unlike
 * `workspace.openTextDocument`, this leaves the extension host holding no reference to the document, so
 * closing the editor really closes the document (onDidCloseTextDocument) at once instead of minutes later.
 */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const isIt = (editor: vscode.TextEditor | undefined) => editor?.document.uri.toString() === uri.toString();
  const shown = isIt(vscode.window.activeTextEditor) ? undefined : waitForEvent(vscode.window.onDidChangeActiveTextEditor, isIt, 15000, `an editor for ${uri.path}`);
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  const editor = (await shown) ?? vscode.window.activeTextEditor;
  if (!isIt(editor)) throw new Error(`${uri.path} did not open in the active editor`);
  return editor!;
}

/** Reverts every dirty document (so closing never asks to save), then closes all editors. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

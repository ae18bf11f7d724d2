import * as vscode from 'vscode';
import { idFromFileName } from '../../core/templates/idAllocation';
import { numberedFileName, recordFileName } from '../../core/templates/slug';
import type { RecordWorkspace } from '../workspace/recordWorkspace';

const FRONTMATTER_ID = /^id:[ \t]*["']?([A-Za-z][A-Za-z0-9]*-\d{4}-\d{1,9})\b/m;
const HEAD_CHARS = 8192;

/**
 * Every id that must not be handed out again: the index's (which holds open documents as of their last
 * check), the current text of every open document (edits not yet re-checked, untitled files), and the
 * ids in the names of files already in the target folder (files the index may not cover).
 */
export async function knownIds(workspace: RecordWorkspace, directory: vscode.Uri): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const record of workspace.records()) if (record.summary.id) ids.add(record.summary.id);
  for (const document of vscode.workspace.textDocuments) {
    const match = FRONTMATTER_ID.exec(document.getText().slice(0, HEAD_CHARS));
    if (match) ids.add(match[1]);
  }
  if (!(await exists(directory))) return ids;
  try {
    for (const [name] of await vscode.workspace.fs.readDirectory(directory)) {
      const id = idFromFileName(name);
      if (id) ids.add(id);
    }
  } catch {
    // no folder yet: nothing in it
  }
  return ids;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a new file named after the id and title in `directory` (created if needed), never over an
 * existing one: a taken name gets `-2`, `-3`… Resolves once the text is on disk.
 */
export async function writeNewFile(directory: vscode.Uri, id: string, title: string, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(directory);
  const name = recordFileName(id, title);
  for (let attempt = 1; attempt < 1000; attempt++) {
    const uri = vscode.Uri.joinPath(directory, numberedFileName(name, attempt));
    if (await exists(uri)) continue;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }
  throw new Error(`Could not find a free file name for ${name} in ${directory.fsPath}.`);
}

/** The workspace-relative POSIX path of a file, as the core names files. */
export function relativePath(root: vscode.Uri, uri: vscode.Uri): string {
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path.replace(/^\//, '');
}

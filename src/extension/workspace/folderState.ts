import * as vscode from 'vscode';
import { RecordIndex } from '../../core';
import type { FolderSetup } from './folderSetup';

/**
 * One workspace folder's index. Paths in the core are POSIX paths relative to the folder; files
 * outside every folder (opened on their own) live in a folder-less state keyed by their full path.
 */
export class FolderState {
  readonly index: RecordIndex;
  /** Target uri → the files whose broken-link check asked about it. */
  readonly linkQueries = new Map<string, Set<string>>();

  constructor(readonly root: vscode.Uri | undefined, public setup: FolderSetup) {
    this.index = new RecordIndex(setup.setup.checker, setup.setup.rules);
  }

  configure(setup: FolderSetup): void {
    this.setup = setup;
    this.index.reset(setup.setup.checker, setup.setup.rules);
    this.linkQueries.clear();
  }

  pathOf(uri: vscode.Uri): string {
    if (!this.root) return uri.path.replace(/^\//, '');
    const base = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path.replace(/^\//, '');
  }

  uriOf(path: string): vscode.Uri {
    return this.root ? vscode.Uri.joinPath(this.root, path) : vscode.Uri.file(`/${path}`);
  }

  accepts(uri: vscode.Uri): boolean {
    return this.setup.setup.filter.matches(this.pathOf(uri));
  }
}

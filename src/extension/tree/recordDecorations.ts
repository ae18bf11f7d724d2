import * as vscode from 'vscode';
import { completenessText, healthOf } from '../../core/tree';
import type { TreeRecordStore } from './treeRecordStore';

const SETTING = 'incidentRecords.fileDecorations';

/**
 * Explorer badges for record files: `!` (in the error colour) for records with errors, `○` for
 * incomplete ones, nothing for complete ones. Off with `incidentRecords.fileDecorations: false`.
 */
export class RecordFileDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri | vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private enabled = readEnabled();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: TreeRecordStore) {
    this.disposables = [
      this.changed,
      store.onDidUpdate((uris) => this.changed.fire(uris)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(SETTING)) return;
        this.enabled = readEnabled();
        this.changed.fire(undefined);
      }),
    ];
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (!this.enabled) return undefined;
    const stored = this.store.get(uri);
    if (!stored) return undefined;
    const { record } = stored;
    const health = healthOf(record);
    if (health === 'errors') {
      const errors = `${record.errors} ${record.errors === 1 ? 'error' : 'errors'}`;
      return new vscode.FileDecoration('!', `Incident record with ${errors} (${completenessText(record.summary)} items done)`, new vscode.ThemeColor('list.errorForeground'));
    }
    if (health === 'incomplete') return new vscode.FileDecoration('○', `Incomplete incident record (${completenessText(record.summary)} items done)`);
    return undefined;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function readEnabled(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(SETTING, true);
}

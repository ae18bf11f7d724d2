import * as vscode from 'vscode';
import { isFiltered, type TreeOptions } from '../../core/tree';
import type { FeatureContext } from '../featureContext';
import { registerIndexCommands } from './indexCommands';
import { RecordFileDecorations } from './recordDecorations';
import { RecordsTreeProvider } from './recordsTreeProvider';
import { registerTreeCommands } from './treeCommands';
import type { RecordsTreeNode } from './treeNodes';
import { TreeRecordStore } from './treeRecordStore';
import { registerTreeSnapshot } from './treeSnapshot';
import { TreeViewOptions } from './treeViewOptions';

export const RECORDS_VIEW_ID = 'incidentRecords.records';

/** The "Incident Records" view: the checklist-completeness tree, its commands and the Explorer badges. */
export function registerRecordsTree({ extension, workspace }: FeatureContext): vscode.Disposable {
  const store = new TreeRecordStore(workspace);
  const options = new TreeViewOptions(extension.workspaceState);
  const provider = new RecordsTreeProvider(store, options);
  const view = vscode.window.createTreeView(RECORDS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const decorations = new RecordFileDecorations(store);
  const chrome = new ViewChrome(view, provider, store, options);
  return vscode.Disposable.from(
    store, options, provider, view, decorations, chrome,
    vscode.window.registerFileDecorationProvider(decorations),
    registerTreeCommands({ view, provider, store, options }),
    registerIndexCommands(workspace, extension.extensionUri),
    registerTreeSnapshot(view, provider),
  );
}

/** Keeps the view's badge (incomplete records), message, description and progress bar current. */
class ViewChrome implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private endProgress: (() => void) | undefined;

  constructor(
    private readonly view: vscode.TreeView<RecordsTreeNode>,
    private readonly provider: RecordsTreeProvider,
    private readonly store: TreeRecordStore,
    private readonly options: TreeViewOptions,
  ) {
    this.subscription = provider.onDidChangeTreeData(() => this.update());
    this.update();
  }

  private update(): void {
    const model = this.provider.current();
    const { incomplete, records } = model.counts;
    this.view.badge = incomplete > 0 ? { value: incomplete, tooltip: `${incomplete} incomplete ${incomplete === 1 ? 'record' : 'records'}` } : undefined;
    this.view.description = filterDescription(this.options.current);
    this.view.message = this.store.indexing
      ? 'Indexing incident records…'
      : records > 0 && model.shown === 0 ? `No records match the filters (${records} hidden). Clear the filters to see them.` : undefined;
    void vscode.commands.executeCommand('setContext', 'incidentRecords.tree.indexing', this.store.indexing);
    this.showProgress(this.store.indexing);
  }

  private showProgress(indexing: boolean): void {
    if (!indexing) {
      this.endProgress?.();
      this.endProgress = undefined;
    } else if (!this.endProgress) {
      const done = new Promise<void>((resolve) => (this.endProgress = resolve));
      void vscode.window.withProgress({ location: { viewId: RECORDS_VIEW_ID } }, () => done);
    }
  }

  dispose(): void {
    this.endProgress?.();
    this.subscription.dispose();
  }
}

function filterDescription(options: TreeOptions): string | undefined {
  if (!isFiltered(options)) return undefined;
  const parts = [];
  if (options.incompleteOnly) parts.push('incomplete only');
  if (options.text) parts.push(`“${options.text}”`);
  return parts.join(' · ');
}

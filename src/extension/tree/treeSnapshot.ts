import * as vscode from 'vscode';
import type { RecordsTreeProvider } from './recordsTreeProvider';
import type { RecordsTreeNode } from './treeNodes';

/** A plain-data picture of the Records view, as VS Code would render it. */
export interface TreeSnapshot {
  generation: number;
  badge: number | undefined;
  message: string | undefined;
  description: string | undefined;
  selection: string[];
  nodes: SnapshotNode[];
}

export interface SnapshotNode {
  id: string;
  label: string;
  description: string | undefined;
  contextValue: string | undefined;
  icon: string | undefined;
  tooltip: string | undefined;
  collapsible: 'none' | 'collapsed' | 'expanded';
  command: { command: string; uri?: string; line?: number } | undefined;
  /** The id getParent returns. */
  parentId: string | undefined;
  children: SnapshotNode[] | undefined;
}

export interface SnapshotRequest {
  /** Wait until the tree has refreshed past this generation first. */
  afterGeneration?: number;
  timeoutMs?: number;
}

export const SNAPSHOT_COMMAND = 'incidentRecords.internal.treeSnapshot';

/**
 * `incidentRecords.internal.treeSnapshot`: walks the real provider (getChildren, getTreeItem,
 * getParent) and returns what it shows, optionally after the next refresh. The integration tests use
 * it; it is not in the command palette.
 */
export function registerTreeSnapshot(view: vscode.TreeView<RecordsTreeNode>, provider: RecordsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(SNAPSHOT_COMMAND, async (request: SnapshotRequest = {}) => {
    if (request.afterGeneration !== undefined) await refreshedAfter(provider, request.afterGeneration, request.timeoutMs ?? 15000);
    return snapshotOf(view, provider);
  });
}

function refreshedAfter(provider: RecordsTreeProvider, generation: number, timeoutMs: number): Promise<void> {
  if (provider.generation > generation) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`the Records tree did not refresh within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = provider.onDidChangeTreeData(() => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

function snapshotOf(view: vscode.TreeView<RecordsTreeNode>, provider: RecordsTreeProvider): TreeSnapshot {
  const walk = (node: RecordsTreeNode): SnapshotNode => {
    const item = provider.resolveTreeItem(provider.getTreeItem(node), node);
    const expandable = item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None;
    return { ...describe(item), parentId: provider.getParent(node)?.id, children: expandable ? provider.getChildren(node).map(walk) : undefined };
  };
  return {
    generation: provider.generation,
    badge: view.badge?.value,
    message: view.message,
    description: view.description,
    selection: view.selection.map((node) => node.id),
    nodes: provider.getChildren().map(walk),
  };
}

function describe(item: vscode.TreeItem): Omit<SnapshotNode, 'parentId' | 'children'> {
  const args = item.command?.arguments ?? [];
  const uri = args[0] instanceof vscode.Uri ? args[0].toString() : undefined;
  const selection = (args[1] as vscode.TextDocumentShowOptions | undefined)?.selection;
  return {
    id: item.id ?? '',
    label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
    description: typeof item.description === 'string' ? item.description : undefined,
    contextValue: item.contextValue,
    icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
    tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value,
    collapsible: item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded ? 'expanded' : item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed ? 'collapsed' : 'none',
    command: item.command ? { command: item.command.command, uri, line: selection?.start.line } : undefined,
  };
}

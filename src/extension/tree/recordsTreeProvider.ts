import * as vscode from 'vscode';
import { RecordsTreeModel } from '../../core/tree';
import { groupNode, itemNodes, recordNode, recordTooltipOf, summaryNode, treeItemOf, type GroupNode, type RecordNode, type RecordsTreeNode } from './treeNodes';
import type { TreeRecordStore } from './treeRecordStore';
import type { TreeViewOptions } from './treeViewOptions';

/**
 * The Records tree: a summary line, then groups, records and their checklist items. It never reads
 * files: it arranges what the store holds, and refreshes when the store or the options change (the
 * store already coalesces bursts of edits). Node ids are stable, so expansion survives refreshes.
 */
export class RecordsTreeProvider implements vscode.TreeDataProvider<RecordsTreeNode>, vscode.Disposable {
  private model: RecordsTreeModel | undefined;
  /** Nodes of the current model, so that getParent and reveal hand out the same objects. */
  private readonly groupNodes = new Map<string, GroupNode>();
  private readonly recordNodes = new Map<string, RecordNode>();
  private refreshes = 0;
  private readonly changed = new vscode.EventEmitter<RecordsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: TreeRecordStore, private readonly options: TreeViewOptions) {
    this.disposables = [this.changed, store.onDidUpdate(() => this.refresh()), options.onDidChange(() => this.refresh())];
  }

  /** How many times the tree has been refreshed (the integration tests wait on it). */
  get generation(): number {
    return this.refreshes;
  }

  /** The current arrangement of the records, built on first use after a change. */
  current(): RecordsTreeModel {
    if (!this.model) {
      this.model = new RecordsTreeModel(this.store.records(), this.options.current, this.store.vocabulary);
      this.groupNodes.clear();
      this.recordNodes.clear();
      for (const group of this.model.groups) this.groupNodes.set(group.id, groupNode(group));
    }
    return this.model;
  }

  getChildren(node?: RecordsTreeNode): RecordsTreeNode[] {
    const model = this.current();
    if (!node) {
      if (model.counts.records === 0) return []; // the welcome content shows instead
      return [summaryNode(model.counts), ...this.groupNodes.values()];
    }
    if (node.kind === 'group') {
      const group = this.groupNodes.get(node.id);
      return group ? model.children(group.group).flatMap((record) => this.recordNodeFor(record.key) ?? []) : [];
    }
    if (node.kind === 'record') return itemNodes(node);
    return [];
  }

  getTreeItem(node: RecordsTreeNode): vscode.TreeItem {
    return treeItemOf(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: RecordsTreeNode): vscode.TreeItem {
    if (node.kind === 'record') item.tooltip = recordTooltipOf(node);
    return item;
  }

  getParent(node: RecordsTreeNode): RecordsTreeNode | undefined {
    if (node.kind === 'record' || node.kind === 'item') return node.parent;
    return undefined;
  }

  /** The node of a record in the current arrangement; undefined when it is no record or filtered out. */
  recordNodeFor(key: string): RecordNode | undefined {
    const model = this.current();
    const existing = this.recordNodes.get(key);
    if (existing) return existing;
    const group = model.groupOf(key);
    const stored = this.store.get(key);
    const parent = group && this.groupNodes.get(group.id);
    if (!parent || !stored) return undefined;
    const node = recordNode(stored.uri, stored.record, parent);
    this.recordNodes.set(key, node);
    return node;
  }

  private refresh(): void {
    this.model = undefined;
    this.refreshes++;
    this.changed.fire(undefined);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

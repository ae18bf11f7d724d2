import * as vscode from 'vscode';
import { GROUP_BY_CHOICES, SORT_BY_CHOICES, parseGroupBy, parseSortBy, type GroupBy, type SortBy } from '../../core/tree';
import { toVscodeRange } from '../convert';
import type { RecordsTreeProvider } from './recordsTreeProvider';
import type { RecordNode, RecordsTreeNode } from './treeNodes';
import type { TreeRecordStore } from './treeRecordStore';
import type { TreeViewOptions } from './treeViewOptions';

export interface TreeCommandTargets {
  view: vscode.TreeView<RecordsTreeNode>;
  provider: RecordsTreeProvider;
  store: TreeRecordStore;
  options: TreeViewOptions;
}

const GROUP_LABELS: Record<GroupBy, string> = { status: 'Status', type: 'Type', severity: 'Severity', owner: 'Owner' };
const SORT_LABELS: Record<SortBy, string> = { date: 'Date (newest first)', completeness: 'Completeness (least complete first)' };

/** The view's title-menu and context-menu commands. Each accepts its value as an argument too (for keybindings and tests). */
export function registerTreeCommands(targets: TreeCommandTargets): vscode.Disposable {
  const { options } = targets;
  const register = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  return vscode.Disposable.from(
    register('incidentRecords.groupBy', async (value?: unknown) => {
      const groupBy = isOneOf(value, GROUP_BY_CHOICES) ? value : await pick('Group records by', GROUP_BY_CHOICES, GROUP_LABELS, options.current.groupBy);
      if (groupBy) await options.setGroupBy(parseGroupBy(groupBy));
    }),
    register('incidentRecords.sortBy', async (value?: unknown) => {
      const sortBy = isOneOf(value, SORT_BY_CHOICES) ? value : await pick('Sort records by', SORT_BY_CHOICES, SORT_LABELS, options.current.sortBy);
      if (sortBy) await options.setSortBy(parseSortBy(sortBy));
    }),
    register('incidentRecords.toggleIncompleteOnly', (value?: unknown) => options.setIncompleteOnly(typeof value === 'boolean' ? value : !options.current.incompleteOnly)),
    // the title-menu twin of the toggle, shown with a filled icon while only incomplete records show
    register('incidentRecords.showAllRecords', () => options.setIncompleteOnly(false)),
    register('incidentRecords.filterText', async (value?: unknown) => {
      const text = typeof value === 'string' ? value : await vscode.window.showInputBox({
        title: 'Filter Records',
        prompt: 'Show records whose id, title, type, status, severity, owner or path contain every word (empty: no text filter)',
        value: options.current.text,
        placeHolder: 'e.g. SEV1 okta',
      });
      if (text !== undefined) await options.setText(text);
    }),
    register('incidentRecords.clearFilters', () => options.clearFilters()),
    register('incidentRecords.openRecord', (node?: unknown) => openRecord(targetOf(node, targets))),
    register('incidentRecords.revealInExplorer', async (node?: unknown) => {
      const target = targetOf(node, targets);
      if (target) await vscode.commands.executeCommand('revealInExplorer', target.uri);
    }),
    register('incidentRecords.copyId', async (node?: unknown) => {
      const target = targetOf(node, targets);
      const id = target?.kind === 'record' ? target.record.summary.id : target?.parent.record.summary.id;
      if (!target) return;
      if (!id) return void vscode.window.showWarningMessage('This record has no id yet.');
      await vscode.env.clipboard.writeText(id);
      vscode.window.setStatusBarMessage(`Copied ${id}`, 3000);
    }),
    register('incidentRecords.revealActiveRecord', (uri?: unknown) => revealRecord(uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri, targets)),
  );
}

type Target = RecordNode | Extract<RecordsTreeNode, { kind: 'item' }>;

/** The node a command applies to: its argument (a node from a menu, or a record's URI), else the view's selection. */
function targetOf(argument: unknown, { view, provider }: TreeCommandTargets): Target | undefined {
  const candidate = argument instanceof vscode.Uri ? provider.recordNodeFor(argument.toString()) : isNode(argument) ? argument : view.selection[0];
  return candidate?.kind === 'record' || candidate?.kind === 'item' ? candidate : undefined;
}

function isNode(value: unknown): value is RecordsTreeNode {
  return typeof value === 'object' && value !== null && 'kind' in value && 'id' in value;
}

async function openRecord(target: Target | undefined): Promise<void> {
  if (!target) return;
  const selection = target.kind === 'item' ? toVscodeRange(target.entry.range) : undefined;
  await vscode.window.showTextDocument(target.uri, { preview: true, selection });
}

/** Selects a record's node in the tree (used by "Reveal Active Record" and the status bar). */
async function revealRecord(uri: vscode.Uri | undefined, { view, provider, store, options }: TreeCommandTargets): Promise<void> {
  if (!uri) return void vscode.window.showInformationMessage('Open an incident record to reveal it in the Records view.');
  store.flush();
  if (!store.get(uri)) return void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(uri)} is not an incident record.`);
  let node = provider.recordNodeFor(uri.toString());
  if (!node) {
    const clear = 'Clear Filters';
    const answer = await vscode.window.showInformationMessage('The record is hidden by the Records view\'s filters.', clear);
    if (answer !== clear) return;
    await options.clearFilters();
    node = provider.recordNodeFor(uri.toString());
  }
  if (node) await view.reveal(node, { select: true, focus: false, expand: false });
}

function isOneOf<T extends string>(value: unknown, choices: readonly T[]): value is T {
  return choices.includes(value as T);
}

async function pick<T extends string>(title: string, choices: readonly T[], labels: Record<T, string>, current: T): Promise<T | undefined> {
  const items = choices.map((value) => ({ label: labels[value], description: value === current ? 'current' : undefined, value }));
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: labels[current] });
  return chosen?.value;
}

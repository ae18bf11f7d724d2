import * as vscode from 'vscode';
import type { ChecklistEntry } from '../../core';
import {
  SUMMARY_NODE_ID, completenessText, healthOf, healthText, itemNodeId, itemStateText, recordLabel, recordNodeId, recordTooltip,
  summaryLine, type RecordGroup, type SummaryCounts, type TreeRecord,
} from '../../core/tree';
import { toVscodeRange } from '../convert';

export interface SummaryNode {
  kind: 'summary';
  id: string;
  counts: SummaryCounts;
}

export interface GroupNode {
  kind: 'group';
  id: string;
  group: RecordGroup;
}

/** A record; menu commands (open, reveal, copy id, apply fixes) receive this, and read `uri`. */
export interface RecordNode {
  kind: 'record';
  id: string;
  uri: vscode.Uri;
  record: TreeRecord;
  parent: GroupNode;
}

export interface ItemNode {
  kind: 'item';
  id: string;
  uri: vscode.Uri;
  entry: ChecklistEntry;
  parent: RecordNode;
}

export type RecordsTreeNode = SummaryNode | GroupNode | RecordNode | ItemNode;

export const summaryNode = (counts: SummaryCounts): SummaryNode => ({ kind: 'summary', id: SUMMARY_NODE_ID, counts });
export const groupNode = (group: RecordGroup): GroupNode => ({ kind: 'group', id: group.id, group });
export const recordNode = (uri: vscode.Uri, record: TreeRecord, parent: GroupNode): RecordNode => ({ kind: 'record', id: recordNodeId(record.key), uri, record, parent });

export function itemNodes(parent: RecordNode): ItemNode[] {
  return parent.record.summary.checklist.map((entry) => ({ kind: 'item', id: itemNodeId(parent.record.key, entry.item), uri: parent.uri, entry, parent }));
}

export function treeItemOf(node: RecordsTreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'summary': return summaryItem(node);
    case 'group': return groupItem(node);
    case 'record': return recordItem(node);
    case 'item': return checklistItem(node);
  }
}

function summaryItem(node: SummaryNode): vscode.TreeItem {
  const item = new vscode.TreeItem(summaryLine(node.counts), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon('shield');
  item.tooltip = 'All records of the workspace; the filters do not change these counts.';
  item.contextValue = 'summary';
  return item;
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const { group } = node;
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  item.description = group.incomplete > 0 ? `${group.size} · ${group.incomplete} incomplete` : `${group.size}`;
  item.contextValue = 'group';
  return item;
}

const HEALTH_ICONS = {
  complete: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  incomplete: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  errors: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
};

function recordItem(node: RecordNode): vscode.TreeItem {
  const { record, uri } = node;
  const hasItems = record.summary.checklist.length > 0;
  const item = new vscode.TreeItem(recordLabel(record.summary), hasItems ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = completenessText(record.summary);
  item.iconPath = HEALTH_ICONS[healthOf(record)];
  item.contextValue = record.fixable ? 'record.fixable' : 'record';
  item.command = { command: 'vscode.open', title: 'Open Record', arguments: [uri, { preview: true }] };
  const { done, total } = record.summary.completeness;
  item.accessibilityInformation = { label: `${item.label}, ${done} of ${total} checklist items done, ${healthText(record)}` };
  return item;
}

/** The record's tooltip (what is missing), computed on hover rather than for every record shown. */
export function recordTooltipOf(node: RecordNode): vscode.MarkdownString {
  return new vscode.MarkdownString(recordTooltip(node.record));
}

const ITEM_ICONS = {
  done: new vscode.ThemeIcon('check', new vscode.ThemeColor('testing.iconPassed')),
  missing: new vscode.ThemeIcon('close', new vscode.ThemeColor('list.errorForeground')),
  pending: new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('disabledForeground')),
};

function checklistItem(node: ItemNode): vscode.TreeItem {
  const { entry, uri } = node;
  const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = itemStateText(entry);
  item.iconPath = ITEM_ICONS[entry.state];
  item.contextValue = `checklistItem.${entry.state}`;
  item.tooltip = entry.state === 'missing' ? `${entry.label} is missing: click to go where it belongs.` : `${entry.label}: ${itemStateText(entry)}.`;
  const options: vscode.TextDocumentShowOptions = { preview: true, selection: toVscodeRange(entry.range) };
  item.command = { command: 'vscode.open', title: 'Go to Item', arguments: [uri, options] };
  item.accessibilityInformation = { label: `${entry.label}, ${itemStateText(entry)}` };
  return item;
}

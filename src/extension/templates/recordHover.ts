import * as vscode from 'vscode';
import type { Profile, RecordSummary } from '../../core';
import type { IndexedRecord } from '../workspace/recordWorkspace';

/** What hovering a record id shows: each record with that id, its title, status and how complete it is. */
export function recordHover(id: string, records: IndexedRecord[], profile: Profile): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  if (records.length === 0) {
    markdown.appendMarkdown(`**${escape(id)}**: no record with this id is in the workspace.`);
    return markdown;
  }
  if (records.length > 1) markdown.appendMarkdown(`$(warning) ${records.length} records share this id.\n\n`);
  records.forEach((record, index) => {
    if (index > 0) markdown.appendMarkdown('\n\n---\n\n');
    appendRecord(markdown, record, profile);
  });
  return markdown;
}

function appendRecord(markdown: vscode.MarkdownString, { uri, summary }: IndexedRecord, profile: Profile): void {
  const type = summary.type ? profile.types[summary.type]?.label ?? summary.type : 'Record';
  markdown.appendMarkdown(`**${escape(summary.id ?? '')}**${summary.title ? ` — ${escape(summary.title)}` : ''}\n\n`);
  markdown.appendMarkdown(`${escape(facts(type, summary))}\n\n${escape(completeness(summary))}\n\n`);
  markdown.appendMarkdown(`[${escape(vscode.workspace.asRelativePath(uri))}](<${uri.toString()}>)`);
}

function facts(type: string, summary: RecordSummary): string {
  return [type, summary.status && `status ${summary.status}`, summary.severity, summary.owner && `owner ${summary.owner}`, summary.date?.slice(0, 10)]
    .filter(Boolean)
    .join(' · ');
}

/** "7 of 13 evidence items done; missing now: Investigation, Evidence" */
export function completeness(summary: RecordSummary): string {
  const { done, total } = summary.completeness;
  const missing = summary.checklist.filter((entry) => entry.state === 'missing').map((entry) => entry.label);
  const head = `${done} of ${total} evidence items done`;
  return missing.length > 0 ? `${head}; missing now: ${missing.join(', ')}` : `${head}; nothing due is missing`;
}

/** Text shown as itself in Markdown (no emphasis, links, HTML or theme icons from a record's title). */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$~&]/g, '\\$&');
}
